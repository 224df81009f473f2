package cat.xarxa.fee;

import cat.xarxa.common.Decision;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.Standing;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The members' annual fees: the policy of each year, the annual run, corrections, payments and
 * refunds, statements, reminders, standing and the yearly report.
 */
public interface MemberFees {

    /**
     * Records the fee policy the General Assembly approved for a year. Refused if the policy is
     * wrong as data (see {@link FeePolicy#problems}) or the year has one already
     * ({@code fee.policy-exists}).
     */
    Decision<FeePolicy> approvePolicy(FeePolicy policy);

    /** The policy of a year, if approved. */
    Optional<FeePolicy> policy(int year);

    /** Every approved policy, by year. */
    List<FeePolicy> policies();

    /**
     * Assesses the year's fee of every member that owes it by a date and has none yet (a council
     * admitted after the date waits for a later run; a withdrawal recorded ahead is prorated): the fee
     * the year's policy sets, cut to the part of the year it belonged, due after the policy's
     * period. Idempotent: a member already assessed keeps its assessment. Refused if the year has
     * no policy ({@code fee.no-policy}).
     */
    Decision<FeeRun> assess(int year, LocalDate on);

    /** Appends a correction to an assessment. */
    Decision<FeeAssessment> correct(CorrectAssessment command);

    /** Records a payment for an assessment; more than owed becomes credit. */
    Decision<PaymentId> recordPayment(RecordPayment command);

    /** Records that a member's credit was paid back to it. */
    Decision<PaymentId> refund(RecordRefund command);

    /** The assessment with this id, if any. */
    Optional<FeeAssessment> assessment(AssessmentId id);

    /** A member's assessments, by year. */
    List<FeeAssessment> assessmentsOf(MemberId member);

    /** A member's payments and refunds, by date. */
    List<Payment> paymentsOf(MemberId member);

    /** A member's fee account at the end of a date. */
    FeeStatement statement(MemberId member, LocalDate date);

    /** Whether a member is in arrears at a date (a fee unpaid past its grace). */
    Standing standingOn(MemberId member, LocalDate date);

    /** The reminders the policies' schedules put between two dates (inclusive), by date then member. */
    List<FeeReminder> remindersDue(LocalDate from, LocalDate to);

    /** A year's fees at a date. */
    FeeYearReport yearReport(int year, LocalDate asOf);
}
