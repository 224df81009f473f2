package cat.xarxa.fee;

import cat.xarxa.common.Reason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The fee policy of one fiscal year, as the General Assembly approved it: the rule, which year's
 * population it uses and the terms of assessment. There is at most one per year, and once
 * approved it does not change: a fee set wrongly is put right with a correction.
 *
 * @param year               the fiscal year
 * @param populationYear     the year of the official population figures the rule uses
 * @param rule               how the annual fee is set
 * @param terms              due date, grace, proration, rounding, who owes, reminders
 * @param approvedOn         the date of the assembly decision
 * @param decisionReference  which decision, e.g. {@code AG 2026-03, acord 4}
 */
public record FeePolicy(int year, int populationYear, FeeRule rule, FeeTerms terms, LocalDate approvedOn,
                        String decisionReference) {

    /** The aggregate type in the journal; the id is the year. */
    public static final String AGGREGATE_TYPE = "fee-policy";

    public FeePolicy {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(approvedOn, "approvedOn");
        decisionReference = decisionReference == null ? "" : decisionReference.trim();
    }

    /** The context the rule computes in, with these calculators plugged in. */
    public FeeContext context(java.util.Map<String, CustomFeeCalculator> calculators) {
        return new FeeContext(terms.rounding(), calculators);
    }

    /** What is wrong with the policy as data; empty if nothing. */
    public List<Reason> problems(FeeContext context) {
        List<Reason> problems = new ArrayList<>();
        if (year < 1900 || year > 2999) {
            problems.add(Reason.of("fee.year", year));
        }
        if (populationYear < 1900 || populationYear > year) {
            problems.add(Reason.of("fee.population-year", populationYear, year));
        }
        if (decisionReference.isEmpty() || decisionReference.length() > 200) {
            problems.add(Reason.of("fee.decision-reference"));
        }
        problems.addAll(rule.problems(context));
        problems.addAll(terms.problems());
        return problems;
    }
}
