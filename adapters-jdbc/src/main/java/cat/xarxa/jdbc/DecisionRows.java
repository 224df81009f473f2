package cat.xarxa.jdbc;

import cat.xarxa.governance.AssemblyDecision;
import cat.xarxa.governance.CastVote;
import cat.xarxa.governance.DecisionId;
import cat.xarxa.governance.EventId;
import cat.xarxa.governance.Majority;
import cat.xarxa.governance.Outcome;
import cat.xarxa.governance.Tally;
import cat.xarxa.governance.VoteChoice;
import cat.xarxa.governance.VotingRules;
import cat.xarxa.member.MemberId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads assembly decisions from two results read side by side, the queries of
 * {@link JdbcAssemblyDecisions}: the decisions' rows and their votes, both ordered by decision id
 * (in the collation every id column has), the votes then by position. The consecutive vote rows
 * with the id of the decision at hand are its own; none is left behind, since the queries select
 * the votes of the same decisions, and the foreign key keeps votes from outliving their decision.
 * The motion is read by its kind from its columns ({@link MotionColumns}).
 */
final class DecisionRows {

    /** The columns of the decisions' query, in order: the motion's nine from the sixth on. */
    static final String DECISION_COLUMNS = "d.id, d.event_id, d.decided_on, d.reference, d.title, d.motion_kind,"
            + " d.member_id, d.fiscal_year, d.group_id, d.budget_year, d.amount, d.period_code, d.added_minutes,"
            + " d.motion_text, d.tally_eligible, d.tally_yes, d.tally_no, d.tally_abstain, d.tally_not_counted,"
            + " d.quorum_numerator, d.quorum_denominator, d.majority, d.outcome";
    /** The columns of the votes' query, in order. */
    static final String VOTE_COLUMNS = "v.decision_id, v.member_id, v.choice, v.counted, v.limit_code";

    private static final int MOTION = 6;
    private static final int TALLY = MOTION + MotionColumns.COUNT;
    private static final int RULES = TALLY + 5;
    private static final int OUTCOME = RULES + 3;

    private final RowsAhead decisions;
    private final RowsAhead votes;
    private final Database database;

    /**
     * Starts before the first row of each result.
     *
     * @param results the decisions and the votes, in that order
     */
    DecisionRows(List<ResultSet> results, Database database) throws SQLException {
        this.decisions = new RowsAhead(results.get(0));
        this.votes = new RowsAhead(results.get(1));
        this.database = database;
    }

    /** The next decision, with its votes, or empty when the rows are used up. */
    Optional<AssemblyDecision> next() throws SQLException {
        if (!decisions.onRow()) {
            return Optional.empty();
        }
        ResultSet row = decisions.rows();
        String id = row.getString(RowsAhead.OWNER);
        try {
            Tally tally = new Tally(row.getInt(TALLY), row.getInt(TALLY + 1), row.getInt(TALLY + 2),
                    row.getInt(TALLY + 3), row.getInt(TALLY + 4));
            VotingRules rules = new VotingRules(row.getInt(RULES), row.getInt(RULES + 1),
                    Majority.valueOf(row.getString(RULES + 2)));
            AssemblyDecision decision = new AssemblyDecision(DecisionId.parse(id), EventId.parse(row.getString(2)),
                    row.getObject(3, LocalDate.class), row.getString(4), row.getString(5),
                    MotionColumns.in(row, MOTION), votesOf(id), tally, rules, Outcome.valueOf(row.getString(OUTCOME)));
            decisions.advance();
            return Optional.of(decision);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw database.failure("reading assembly decision " + id
                    + ", which is stored in a state no decision can have", e);
        }
    }

    private List<CastVote> votesOf(String id) throws SQLException {
        List<CastVote> found = new ArrayList<>();
        ResultSet row = votes.rows();
        for (; votes.isOf(id); votes.advance()) {
            found.add(new CastVote(MemberId.parse(row.getString(2)), VoteChoice.valueOf(row.getString(3)),
                    row.getBoolean(4), row.getString(5)));
        }
        return found;
    }
}
