package cat.xarxa.jdbc;

import cat.xarxa.common.ConcurrentUpdateException;
import cat.xarxa.governance.AssemblyDecision;
import cat.xarxa.governance.CastVote;
import cat.xarxa.governance.DecisionId;
import cat.xarxa.governance.EventId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The General Assembly's decisions in table {@code xarxa_assembly_decision} with their votes in
 * {@code xarxa_assembly_vote}, within one unit of work: the decision part of
 * {@link JdbcGovernanceRecords}. A decision is read by two queries, its row and its votes, read
 * side by side (see {@link DecisionRows}); {@link #all()} streams the same two for every decision,
 * {@link #at} reads them for the decisions of an assembly, and {@link #byReference} for the one the
 * minutes cite.
 *
 * <p>Decisions are only added, never changed, so they carry no version: one whose id or reference
 * is stored already breaks the primary key or the reference's unique key, which is a
 * {@link ConcurrentUpdateException}. A decision is written at once, not behind, with its votes in a
 * batch: a command adds one. Votes name their council with a foreign key, so the members the unit
 * of work holds back are written first; the decision names its assembly with one, and events are
 * written at once.
 */
final class JdbcAssemblyDecisions {

    /** Rows per round trip while streaming every decision. */
    static final int FETCH_SIZE = 500;

    private static final String DECISIONS = "SELECT " + DecisionRows.DECISION_COLUMNS + " FROM xarxa_assembly_decision d";
    private static final String VOTES = "SELECT " + DecisionRows.VOTE_COLUMNS + " FROM xarxa_assembly_vote v";
    /** The votes of the decisions a filter on their decision selects; the join on its key multiplies nothing. */
    private static final String VOTES_OF_DECISIONS = VOTES + " JOIN xarxa_assembly_decision d ON d.id = v.decision_id";

    /** One decision, by id; one parameter, the id. */
    private static final List<String> FIND = queries(" WHERE d.id = ?", VOTES + " WHERE v.decision_id = ?");
    /** One decision, by reference; one parameter, the reference. */
    private static final List<String> BY_REFERENCE = queries(" WHERE d.reference = ?",
            VOTES_OF_DECISIONS + " WHERE d.reference = ?");
    /** The decisions of an assembly, in id order; one parameter, the assembly's id. */
    private static final List<String> AT = queries(" WHERE d.event_id = ?", VOTES_OF_DECISIONS + " WHERE d.event_id = ?");
    /** Every decision, in id order. */
    private static final List<String> ALL = queries("", VOTES);

    private static final String INSERT = "INSERT INTO xarxa_assembly_decision (id, event_id, decided_on, reference,"
            + " title, motion_kind, member_id, fiscal_year, group_id, budget_year, amount, period_code, added_minutes,"
            + " motion_text, tally_eligible, tally_yes, tally_no, tally_abstain, tally_not_counted, quorum_numerator,"
            + " quorum_denominator, majority, outcome)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** A vote at its position, in the order given. */
    private static final ChildRows<CastVote> VOTE_ROWS = ChildRows.appendedBy(
            "INSERT INTO xarxa_assembly_vote (decision_id, position, member_id, choice, counted, limit_code)"
                    + " VALUES (?, ?, ?, ?, ?, ?)",
            (insert, position, vote) -> {
                insert.setInt(2, position);
                insert.setString(3, vote.council().toString());
                insert.setString(4, vote.choice().name());
                insert.setBoolean(5, vote.counted());
                insert.setString(6, vote.limitCode());
            });

    private static final BatchInsert<AssemblyDecision> NEW_DECISION = new BatchInsert<AssemblyDecision>(
            AssemblyDecision.AGGREGATE_TYPE, "new assembly decisions", decision -> decision.id().toString(), INSERT,
            (insert, decision) -> {
                insert.setString(1, decision.id().toString());
                insert.setString(2, decision.assembly().toString());
                insert.setObject(3, decision.on());
                insert.setString(4, decision.reference());
                insert.setString(5, decision.title());
                MotionColumns.bind(insert, 6, decision.motion());
                int tally = 6 + MotionColumns.COUNT;
                insert.setInt(tally, decision.tally().eligible());
                insert.setInt(tally + 1, decision.tally().yes());
                insert.setInt(tally + 2, decision.tally().no());
                insert.setInt(tally + 3, decision.tally().abstain());
                insert.setInt(tally + 4, decision.tally().notCounted());
                insert.setInt(tally + 5, decision.rules().quorumNumerator());
                insert.setInt(tally + 6, decision.rules().quorumDenominator());
                insert.setString(tally + 7, decision.rules().majority().name());
                insert.setString(tally + 8, decision.outcome().name());
            })
            .withChildren(VOTE_ROWS, AssemblyDecision::votes);

    private final Statements statements;
    private final Database database;
    private final Runnable writeMembersFirst;

    /**
     * @param writeMembersFirst writes the members the unit of work holds back, which the votes'
     *                          foreign key wants in the database first
     */
    JdbcAssemblyDecisions(Statements statements, Database database, Runnable writeMembersFirst) {
        this.statements = statements;
        this.database = database;
        this.writeMembersFirst = writeMembersFirst;
    }

    /** The two queries read side by side, each with its filter, ordered alike. */
    private static List<String> queries(String decisionFilter, String votes) {
        return List.of(DECISIONS + decisionFilter + " ORDER BY d.id", votes + " ORDER BY v.decision_id, v.position");
    }

    /** The decision with this id, if stored. */
    Optional<AssemblyDecision> find(DecisionId id) {
        return read(FIND, id.toString(), "reading assembly decision " + id).stream().findFirst();
    }

    /** The decision the minutes cite with this reference, if stored; the reference is compared exactly. */
    Optional<AssemblyDecision> byReference(String reference) {
        return read(BY_REFERENCE, reference, "reading the assembly decision " + reference).stream().findFirst();
    }

    /** The decisions an assembly took, in id order. */
    List<AssemblyDecision> at(EventId assembly) {
        return read(AT, assembly.toString(), "reading the decisions of assembly " + assembly);
    }

    /** Runs the two queries with the same parameter in their one placeholder and reads what they find. */
    private List<AssemblyDecision> read(List<String> sqls, String parameter, String reading) {
        return SideBySideQueries.read(statements, database, sqls, query -> query.setString(1, parameter), reading,
                results -> new DecisionRows(results, database)::next);
    }

    /**
     * Adds a decision with its votes.
     *
     * @throws ConcurrentUpdateException if a decision with the same id or reference is stored already
     */
    void add(AssemblyDecision decision) {
        writeMembersFirst.run();
        NEW_DECISION.insert(statements, database, List.of(decision));
    }

    /** Every decision in id order, read as consumed. */
    Stream<AssemblyDecision> all() {
        return RowStream.streamingSideBySide(statements, database, ALL, FETCH_SIZE, "every assembly decision",
                results -> new DecisionRows(results, database)::next);
    }
}
