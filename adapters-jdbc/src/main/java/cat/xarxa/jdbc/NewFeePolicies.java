package cat.xarxa.jdbc;

import cat.xarxa.common.ConcurrentUpdateException;
import cat.xarxa.fee.FeePolicy;
import cat.xarxa.fee.FeeTerms;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes new fee policies that waited in a unit of work, in JDBC batches: the policies, then the
 * rows of their rules (see {@link FeeRuleRows}), the rules, the tiers and the parameters, each in
 * one batch, the last two only if some rule has any. Not a {@link BatchInsert}: a policy is keyed
 * by its year, a number, and its child rows come from a tree of rules, not from a list.
 */
final class NewFeePolicies {

    private static final String INSERT_POLICY = "INSERT INTO xarxa_fee_policy (fiscal_year, population_year,"
            + " approved_on, decision_reference, due_days, grace_days, proration, rounding, pending_members_owe,"
            + " reminder_days) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_RULE = "INSERT INTO xarxa_fee_rule (fiscal_year, member_kind, rule_type,"
            + " amount, rate_per_inhabitant, floor_amount, cap_amount, calculator) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_TIER = "INSERT INTO xarxa_fee_tier (fiscal_year, member_kind, position,"
            + " from_inhabitants, to_inhabitants, amount) VALUES (?, ?, ?, ?, ?, ?)";
    private static final String INSERT_PARAMETER = "INSERT INTO xarxa_fee_rule_parameter (fiscal_year, member_kind,"
            + " parameter_name, parameter_value) VALUES (?, ?, ?, ?)";

    private NewFeePolicies() {
    }

    /**
     * Inserts the policies and their rules.
     *
     * @throws ConcurrentUpdateException if another unit of work stored a policy for one of the years
     */
    static void insert(Statements statements, Database database, List<FeePolicy> policies) {
        try {
            PreparedStatement policyInsert = statements.prepare(INSERT_POLICY);
            PreparedStatement ruleInsert = statements.prepare(INSERT_RULE);
            PreparedStatement tierInsert = statements.prepare(INSERT_TIER);
            PreparedStatement parameterInsert = statements.prepare(INSERT_PARAMETER);
            int tiers = 0;
            int parameters = 0;
            for (FeePolicy policy : policies) {
                bindPolicy(policyInsert, policy);
                policyInsert.addBatch();
                FeeRuleRows rows = FeeRuleRows.of(policy.rule());
                for (FeeRuleRows.RuleRow rule : rows.rules()) {
                    bindRule(ruleInsert, policy.year(), rule);
                    ruleInsert.addBatch();
                }
                for (FeeRuleRows.TierRow tier : rows.tiers()) {
                    bindTier(tierInsert, policy.year(), tier);
                    tierInsert.addBatch();
                }
                for (FeeRuleRows.ParameterRow parameter : rows.parameters()) {
                    parameterInsert.setInt(1, policy.year());
                    parameterInsert.setString(2, parameter.memberKind());
                    parameterInsert.setString(3, parameter.name());
                    parameterInsert.setString(4, parameter.value());
                    parameterInsert.addBatch();
                }
                tiers += rows.tiers().size();
                parameters += rows.parameters().size();
            }
            policyInsert.executeBatch();
            ruleInsert.executeBatch();
            if (tiers > 0) {
                tierInsert.executeBatch();
            }
            if (parameters > 0) {
                parameterInsert.executeBatch();
            }
        } catch (SQLException e) {
            String years = policies.stream().map(policy -> String.valueOf(policy.year()))
                    .collect(Collectors.joining(", "));
            throw SqlStates.savingFailure(database, FeePolicy.AGGREGATE_TYPE, years, "the fee policies of " + years, e);
        }
    }

    private static void bindPolicy(PreparedStatement insert, FeePolicy policy) throws SQLException {
        FeeTerms terms = policy.terms();
        insert.setInt(1, policy.year());
        insert.setInt(2, policy.populationYear());
        insert.setObject(3, policy.approvedOn());
        insert.setString(4, policy.decisionReference());
        insert.setInt(5, terms.dueDays());
        insert.setInt(6, terms.graceDays());
        insert.setString(7, terms.proration().name());
        insert.setString(8, terms.rounding().name());
        insert.setBoolean(9, terms.pendingMembersOwe());
        insert.setString(10, FeePolicyRows.reminderDaysText(terms.reminderDays()));
    }

    private static void bindRule(PreparedStatement insert, int year, FeeRuleRows.RuleRow rule) throws SQLException {
        insert.setInt(1, year);
        insert.setString(2, rule.memberKind());
        insert.setString(3, rule.type());
        Amounts.set(insert, 4, rule.amount());
        if (rule.rate() == null) {
            insert.setNull(5, Types.DECIMAL);
        } else {
            insert.setBigDecimal(5, rule.rate());
        }
        Amounts.set(insert, 6, rule.floor());
        Amounts.set(insert, 7, rule.cap());
        if (rule.calculator() == null) {
            insert.setNull(8, Types.VARCHAR);
        } else {
            insert.setString(8, rule.calculator());
        }
    }

    private static void bindTier(PreparedStatement insert, int year, FeeRuleRows.TierRow row) throws SQLException {
        insert.setInt(1, year);
        insert.setString(2, row.memberKind());
        insert.setInt(3, row.position());
        insert.setLong(4, row.tier().from());
        if (row.tier().to() == null) {
            insert.setNull(5, Types.BIGINT);
        } else {
            insert.setLong(5, row.tier().to());
        }
        Amounts.set(insert, 6, row.tier().amount());
    }
}
