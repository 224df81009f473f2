package cat.xarxa.benchmarks;

import cat.xarxa.common.Decision;
import cat.xarxa.common.IdSource;
import cat.xarxa.common.Money;
import cat.xarxa.fee.AssessmentId;
import cat.xarxa.fee.FeeAssessment;
import cat.xarxa.fee.FeeBasis;
import cat.xarxa.fee.FeeContext;
import cat.xarxa.fee.FeePolicy;
import cat.xarxa.fee.FeeTerms;
import cat.xarxa.fee.OwedDays;
import cat.xarxa.fee.ProratedFee;
import cat.xarxa.member.Member;
import cat.xarxa.member.Population;
import com.google.common.collect.RangeSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The annual fee run as pure calculation, without a store: for each member the owed days, the
 * annual fee by the policy's rule, its proration and the assessment, as the fee service makes
 * them. Members whose fee cannot be set are left out, as the service reports them aside.
 */
final class FeeRunCalculation {

    private FeeRunCalculation() {
    }

    static List<FeeAssessment> assess(List<Member> members, FeePolicy policy, LocalDate on, IdSource ids) {
        FeeTerms terms = policy.terms();
        FeeContext context = policy.context(Map.of());
        LocalDate due = on.plusDays(terms.dueDays());
        LocalDate graceUntil = due.plusDays(terms.graceDays());
        List<FeeAssessment> assessed = new ArrayList<>(members.size());
        for (Member member : members) {
            RangeSet<LocalDate> owed = OwedDays.in(member.history(), terms.pendingMembersOwe(), policy.year());
            if (owed.isEmpty()) {
                continue;
            }
            Population population = member.populationIn(policy.populationYear()).orElse(null);
            Decision<Money> fee = policy.rule().annualFee(new FeeBasis(member.id(), member.kind(), population), context);
            if (fee.isRejected()) {
                continue;
            }
            ProratedFee prorated = ProratedFee.of(fee.orElseThrow(), owed, policy.year(), terms.proration(),
                    terms.rounding());
            assessed.add(new FeeAssessment(new AssessmentId(ids.nextId()), member.id(), member.kind(), policy.year(),
                    policy.rule().usesPopulation(member.kind()) ? population : null, prorated, terms.proration(), on,
                    due, graceUntil, List.of(), 0));
        }
        return assessed;
    }
}
