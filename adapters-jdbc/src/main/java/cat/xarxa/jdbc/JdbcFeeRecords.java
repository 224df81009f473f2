package cat.xarxa.jdbc;

import cat.xarxa.fee.AssessmentId;
import cat.xarxa.fee.FeeAssessment;
import cat.xarxa.fee.FeePolicy;
import cat.xarxa.fee.FeeRecords;
import cat.xarxa.fee.Payment;
import cat.xarxa.member.MemberId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Fee policies, assessments and payments within one unit of work: the port {@link FeeRecords}
 * over {@link JdbcFeePolicies}, {@link JdbcFeeAssessments} and {@link JdbcFeePayments}, which keep
 * one table family each.
 */
final class JdbcFeeRecords implements FeeRecords {

    private final JdbcFeePolicies policies;
    private final JdbcFeeAssessments assessments;
    private final JdbcFeePayments payments;

    JdbcFeeRecords(JdbcFeePolicies policies, JdbcFeeAssessments assessments, JdbcFeePayments payments) {
        this.policies = policies;
        this.assessments = assessments;
        this.payments = payments;
    }

    @Override
    public Optional<FeePolicy> policy(int year) {
        return policies.find(year);
    }

    @Override
    public void add(FeePolicy policy) {
        policies.add(policy);
    }

    @Override
    public Stream<FeePolicy> policies() {
        return policies.all();
    }

    @Override
    public Optional<FeeAssessment> assessment(AssessmentId id) {
        return assessments.find(id);
    }

    @Override
    public long save(FeeAssessment assessment) {
        return assessments.save(assessment);
    }

    @Override
    public List<FeeAssessment> assessmentsOf(MemberId member) {
        return assessments.ofMember(member);
    }

    @Override
    public List<FeeAssessment> assessmentsIn(int year) {
        return assessments.inYear(year);
    }

    @Override
    public Stream<FeeAssessment> assessments() {
        return assessments.all();
    }

    @Override
    public void add(Payment payment) {
        payments.add(payment);
    }

    @Override
    public List<Payment> paymentsOf(MemberId member) {
        return payments.of(member);
    }

    @Override
    public Stream<Payment> payments() {
        return payments.all();
    }

    /** Writes the policies, assessments and payments held back, in that order; called before commit. */
    void flush() {
        policies.flush();
        assessments.flush();
        payments.flush();
    }
}
