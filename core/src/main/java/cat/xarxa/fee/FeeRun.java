package cat.xarxa.fee;

import cat.xarxa.common.Money;
import cat.xarxa.common.Reason;
import cat.xarxa.member.MemberId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What an annual fee run did. Running it again assesses only members not yet assessed for the
 * year (e.g. admitted since, or given a population figure since); it never changes an assessment.
 *
 * @param year            the fiscal year
 * @param on              the date of the run
 * @param assessed        the assessments made by this run
 * @param alreadyAssessed how many members already had an assessment for the year
 * @param notAssessable   members that owe but whose fee could not be set, with why
 */
public record FeeRun(int year, LocalDate on, List<FeeAssessment> assessed, long alreadyAssessed,
                     Map<MemberId, List<Reason>> notAssessable) {

    public FeeRun {
        assessed = List.copyOf(assessed);
        notAssessable = Map.copyOf(notAssessable);
    }

    /** The sum of the assessments made by this run. */
    public Money total() {
        return assessed.stream().map(FeeAssessment::assessed).reduce(Money.ZERO, Money::plus);
    }
}
