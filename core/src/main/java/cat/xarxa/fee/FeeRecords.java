package cat.xarxa.fee;

import cat.xarxa.member.MemberId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Fee policies, assessments and payments as a store holds them (port), within one unit of work.
 * Policies and payments are only ever added; an assessment is added once per member and year and
 * then only gains corrections.
 */
public interface FeeRecords {

    /** The policy of a year, if approved. */
    Optional<FeePolicy> policy(int year);

    /**
     * Adds a policy.
     *
     * @throws cat.xarxa.common.ConcurrentUpdateException if the year has one already
     */
    void add(FeePolicy policy);

    /** Every policy, by year; close the stream. */
    Stream<FeePolicy> policies();

    /** The assessment with this id, if stored. */
    Optional<FeeAssessment> assessment(AssessmentId id);

    /**
     * Stores an assessment: inserts it if its version is 0, otherwise updates it (its corrections)
     * only if the stored version is still the assessment's.
     *
     * @return the version now stored
     * @throws cat.xarxa.common.ConcurrentUpdateException if another unit of work changed it first,
     *                                                    or the member already has one for the year
     */
    long save(FeeAssessment assessment);

    /** The assessments of a member, by year. */
    List<FeeAssessment> assessmentsOf(MemberId member);

    /** The assessments of a year, by id. */
    List<FeeAssessment> assessmentsIn(int year);

    /** Every assessment in id order, read as consumed; close the stream. */
    Stream<FeeAssessment> assessments();

    /**
     * Adds a payment or a refund.
     *
     * @throws cat.xarxa.common.ConcurrentUpdateException if one with the same id is there
     */
    void add(Payment payment);

    /** The payments and refunds of a member, by date (then by id). */
    List<Payment> paymentsOf(MemberId member);

    /** Every payment and refund in id order, read as consumed; close the stream. */
    Stream<Payment> payments();
}
