package cat.xarxa.jdbc;

import cat.xarxa.fee.FeePolicy;
import cat.xarxa.fee.FeeTerms;
import cat.xarxa.fee.Proration;
import cat.xarxa.fee.TieredFee;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads fee policies from the rows of the policy queries of {@link JdbcFeePolicies}: one row with
 * the policy and its terms, followed by the rows of its rule (see {@link FeeRuleRows}): the rules,
 * then the tiers, then the parameters, in the same result. Rows come grouped by year, the
 * policy's row first and the tiers by position, so the consecutive rows of the same year make one
 * policy, starting with its own row.
 *
 * <p>The rule's rows are a union with the policies, not a join, which would give each tier once
 * per parameter. The twenty-three columns are, in order: the fiscal year; the row type,
 * {@link #POLICY_ROW}, {@link #RULE_ROW}, {@link #TIER_ROW} or {@link #PARAMETER_ROW}; the member
 * kind the rule is for (null on the policy's row); the tier's position (0 on other rows); the
 * policy's population year, approval date, decision reference, due days, grace days, proration,
 * rounding, whether pending members owe and reminder days (null on the rule's rows); the rule's
 * type; an amount (a flat rule's or a tier's); the rule's rate per inhabitant, floor, cap and
 * calculator; the tier's first and last inhabitants; the parameter's name and value.
 */
final class FeePolicyRows {

    /** The row type of the row with the policy itself. */
    static final int POLICY_ROW = 0;
    /** The row type of a row with one rule. */
    static final int RULE_ROW = 1;
    /** The row type of a row with one tier of a rule by tiers. */
    static final int TIER_ROW = 2;
    /** The row type of a row with one parameter of a custom rule. */
    static final int PARAMETER_ROW = 3;

    private static final int YEAR = 1;
    private static final int ROW_TYPE = 2;
    private static final int MEMBER_KIND = 3;
    private static final int POSITION = 4;
    private static final int POPULATION_YEAR = 5;
    private static final int APPROVED_ON = 6;
    private static final int DECISION_REFERENCE = 7;
    private static final int DUE_DAYS = 8;
    private static final int GRACE_DAYS = 9;
    private static final int PRORATION = 10;
    private static final int ROUNDING = 11;
    private static final int PENDING_MEMBERS_OWE = 12;
    private static final int REMINDER_DAYS = 13;
    private static final int RULE_TYPE = 14;
    private static final int AMOUNT = 15;
    private static final int RATE = 16;
    private static final int FLOOR = 17;
    private static final int CAP = 18;
    private static final int CALCULATOR = 19;
    private static final int FROM_INHABITANTS = 20;
    private static final int TO_INHABITANTS = 21;
    private static final int PARAMETER_NAME = 22;
    private static final int PARAMETER_VALUE = 23;

    /** Separates the days of a reminder schedule in its column, e.g. {@code -15,1,30}. */
    private static final String DAY_SEPARATOR = ",";

    private final ResultSet rows;
    private final Database database;
    private boolean onRow;

    /** Starts before the first row of the result. */
    FeePolicyRows(ResultSet rows, Database database) throws SQLException {
        this.rows = rows;
        this.database = database;
        this.onRow = rows.next();
    }

    /** The reminder days as their column holds them, e.g. {@code -15,1,30}; empty for none. */
    static String reminderDaysText(List<Integer> days) {
        return days.stream().map(String::valueOf).collect(Collectors.joining(DAY_SEPARATOR));
    }

    private static List<Integer> reminderDays(String text) {
        return text.isEmpty() ? List.of()
                : Arrays.stream(text.split(DAY_SEPARATOR)).map(Integer::valueOf).toList();
    }

    /** The next policy, or empty when the rows are used up. */
    Optional<FeePolicy> next() throws SQLException {
        if (!onRow) {
            return Optional.empty();
        }
        int year = rows.getInt(YEAR);
        if (rows.getInt(ROW_TYPE) != POLICY_ROW) {
            // The foreign keys keep rules from outliving their policy; only a broken order gets here.
            throw database.failure("reading the fee policy of " + year, new IllegalStateException(
                    "the rule of the fee policy of " + year + " came before the policy"));
        }
        int populationYear = rows.getInt(POPULATION_YEAR);
        LocalDate approvedOn = rows.getObject(APPROVED_ON, LocalDate.class);
        String decisionReference = rows.getString(DECISION_REFERENCE);
        int dueDays = rows.getInt(DUE_DAYS);
        int graceDays = rows.getInt(GRACE_DAYS);
        String proration = rows.getString(PRORATION);
        String rounding = rows.getString(ROUNDING);
        boolean pendingMembersOwe = rows.getBoolean(PENDING_MEMBERS_OWE);
        String reminderDays = rows.getString(REMINDER_DAYS);
        try {
            FeeRuleRows rule = ruleRows(year);
            FeeTerms terms = new FeeTerms(dueDays, graceDays, Proration.valueOf(proration),
                    RoundingMode.valueOf(rounding), pendingMembersOwe, reminderDays(reminderDays));
            return Optional.of(new FeePolicy(year, populationYear, rule.rule(), terms, approvedOn, decisionReference));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw database.failure("reading the fee policy of " + year
                    + ", which is stored in a state no policy can have", e);
        }
    }

    /** Reads the rows of the year's rule, which follow the policy's row, up to the next policy. */
    private FeeRuleRows ruleRows(int year) throws SQLException {
        List<FeeRuleRows.RuleRow> rules = new ArrayList<>();
        List<FeeRuleRows.TierRow> tiers = new ArrayList<>();
        List<FeeRuleRows.ParameterRow> parameters = new ArrayList<>();
        onRow = rows.next();
        while (onRow && rows.getInt(YEAR) == year) {
            String memberKind = rows.getString(MEMBER_KIND);
            switch (rows.getInt(ROW_TYPE)) {
                case RULE_ROW -> rules.add(new FeeRuleRows.RuleRow(memberKind, rows.getString(RULE_TYPE),
                        Amounts.in(rows, AMOUNT), rows.getBigDecimal(RATE), Amounts.in(rows, FLOOR),
                        Amounts.in(rows, CAP), rows.getString(CALCULATOR)));
                case TIER_ROW -> tiers.add(new FeeRuleRows.TierRow(memberKind, rows.getInt(POSITION),
                        new TieredFee.Tier(rows.getLong(FROM_INHABITANTS), toInhabitants(), Amounts.in(rows, AMOUNT))));
                case PARAMETER_ROW -> parameters.add(new FeeRuleRows.ParameterRow(memberKind,
                        rows.getString(PARAMETER_NAME), rows.getString(PARAMETER_VALUE)));
                default -> throw database.failure("reading the fee policy of " + year,
                        new IllegalStateException("the fee policy of " + year + " came twice"));
            }
            onRow = rows.next();
        }
        return new FeeRuleRows(rules, tiers, parameters);
    }

    /** The last inhabitants of the tier on the current row, or null for a tier with no upper limit. */
    private Long toInhabitants() throws SQLException {
        long to = rows.getLong(TO_INHABITANTS);
        return rows.wasNull() ? null : to;
    }
}
