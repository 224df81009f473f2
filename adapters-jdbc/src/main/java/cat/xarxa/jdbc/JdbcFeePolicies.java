package cat.xarxa.jdbc;

import cat.xarxa.common.ConcurrentUpdateException;
import cat.xarxa.fee.FeePolicy;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The fee policies in tables {@code xarxa_fee_policy}, {@code xarxa_fee_rule},
 * {@code xarxa_fee_tier} and {@code xarxa_fee_rule_parameter}, within one unit of work: the
 * policy half of {@link JdbcFeeRecords}. A policy and its rule are read in one query, the union
 * of the policy's row and its rule's rows (see {@link FeePolicyRows}); {@link #all()} streams the
 * same union for every year. Policies are only added, never changed; a second policy for a year
 * breaks the primary key at the flush, which is a {@link ConcurrentUpdateException}.
 *
 * <p>New policies are written behind, as new members are ({@link JdbcMembers}): they wait in
 * {@link PendingRecords}, where a lookup by year finds them, and go to the database in a few JDBC
 * batches ({@link NewFeePolicies}) when {@link #flush()} runs, which happens before
 * {@link #all()}, when the batch is full, and before commit.
 */
final class JdbcFeePolicies {

    /** Rows per round trip while streaming every policy. */
    static final int FETCH_SIZE = 500;

    /**
     * Each policy's own row, as the first part of the union {@link FeePolicyRows} reads. The
     * columns only later parts fill are typed here where they are not text: PostgreSQL types a
     * column that is null in the first two parts as text, which a number in the third then
     * cannot join. {@code BIGINT} is not a type MariaDB casts to; an {@code INTEGER} joins the
     * {@code BIGINT} of the tiers on every database.
     */
    private static final String POLICIES = "SELECT p.fiscal_year, " + FeePolicyRows.POLICY_ROW + " AS row_type,"
            + " NULL AS member_kind, 0 AS position, p.population_year, p.approved_on, p.decision_reference,"
            + " p.due_days, p.grace_days, p.proration, p.rounding, p.pending_members_owe, p.reminder_days,"
            + " NULL AS rule_type, CAST(NULL AS DECIMAL(14,2)) AS amount,"
            + " CAST(NULL AS DECIMAL(18,6)) AS rate_per_inhabitant, CAST(NULL AS DECIMAL(14,2)) AS floor_amount,"
            + " CAST(NULL AS DECIMAL(14,2)) AS cap_amount, NULL AS calculator,"
            + " CAST(NULL AS INTEGER) AS from_inhabitants, CAST(NULL AS INTEGER) AS to_inhabitants,"
            + " NULL AS parameter_name, NULL AS parameter_value FROM xarxa_fee_policy p";
    /** The rules, as the second part of the union; the policy's own columns stay empty. */
    private static final String AND_RULES = " UNION ALL SELECT r.fiscal_year, " + FeePolicyRows.RULE_ROW + ","
            + " r.member_kind, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,"
            + " r.rule_type, r.amount, r.rate_per_inhabitant, r.floor_amount, r.cap_amount, r.calculator,"
            + " NULL, NULL, NULL, NULL FROM xarxa_fee_rule r";
    /** The tiers, as the third part. */
    private static final String AND_TIERS = " UNION ALL SELECT t.fiscal_year, " + FeePolicyRows.TIER_ROW + ","
            + " t.member_kind, t.position, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,"
            + " NULL, t.amount, NULL, NULL, NULL, NULL, t.from_inhabitants, t.to_inhabitants, NULL, NULL"
            + " FROM xarxa_fee_tier t";
    /** The parameters of custom rules, as the fourth part. */
    private static final String AND_PARAMETERS = " UNION ALL SELECT a.fiscal_year, " + FeePolicyRows.PARAMETER_ROW + ","
            + " a.member_kind, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,"
            + " NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, a.parameter_name, a.parameter_value"
            + " FROM xarxa_fee_rule_parameter a";
    /**
     * By year, then the policy's row, its rules, its tiers and its parameters (column 2, the row
     * type), each by kind (column 3), the tiers by position (column 4).
     */
    private static final String IN_YEAR_ORDER = " ORDER BY 1, 2, 3, 4";
    private static final String FIND_BY_YEAR = POLICIES + " WHERE p.fiscal_year = ?"
            + AND_RULES + " WHERE r.fiscal_year = ?"
            + AND_TIERS + " WHERE t.fiscal_year = ?"
            + AND_PARAMETERS + " WHERE a.fiscal_year = ?"
            + IN_YEAR_ORDER;
    private static final String ALL = POLICIES + AND_RULES + AND_TIERS + AND_PARAMETERS + IN_YEAR_ORDER;

    private final Statements statements;
    private final Database database;
    private final PendingRecords<FeePolicy> pending =
            PendingRecords.byId(FeePolicy.AGGREGATE_TYPE, policy -> String.valueOf(policy.year()));

    JdbcFeePolicies(Statements statements, Database database) {
        this.statements = statements;
        this.database = database;
    }

    /** The policy of a year, waiting or stored. */
    Optional<FeePolicy> find(int year) {
        Optional<FeePolicy> waiting = pending.find(String.valueOf(year));
        if (waiting.isPresent()) {
            return waiting;
        }
        try {
            PreparedStatement query = statements.prepare(FIND_BY_YEAR);
            for (int part = 1; part <= 4; part++) {
                query.setInt(part, year);
            }
            try (ResultSet rows = query.executeQuery()) {
                return new FeePolicyRows(rows, database).next();
            }
        } catch (SQLException e) {
            throw database.failure("reading the fee policy of " + year, e);
        }
    }

    /**
     * Adds a policy.
     *
     * @throws ConcurrentUpdateException if one for the same year waits already; one stored already
     *                                   is refused at the flush
     * @throws IllegalArgumentException  if its rule by kind holds another, or a rate has more than six
     *                                   decimals, which no valid policy has
     */
    void add(FeePolicy policy) {
        // Here rather than at the flush, so that the command that added it fails, not the commit.
        FeeRuleRows.of(policy.rule());
        pending.holdBack(policy, this::flush);
    }

    /**
     * Writes the pending new policies in batches.
     *
     * @throws ConcurrentUpdateException if another unit of work stored a policy for the same year
     */
    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        NewFeePolicies.insert(statements, database, pending.drain());
    }

    /** Every policy by year, read as consumed. */
    Stream<FeePolicy> all() {
        flush();
        return RowStream.streaming(statements, database, ALL, FETCH_SIZE, "every fee policy",
                rows -> new FeePolicyRows(rows, database)::next);
    }
}
