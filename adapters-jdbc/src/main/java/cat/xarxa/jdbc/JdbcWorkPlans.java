package cat.xarxa.jdbc;

import cat.xarxa.common.ConcurrentUpdateException;
import cat.xarxa.workplan.PlanId;
import cat.xarxa.workplan.WorkPlan;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The work plans in table {@code xarxa_work_plan} and its rows ({@code xarxa_plan_line},
 * {@code xarxa_plan_objective}, {@code xarxa_plan_action} with {@code xarxa_plan_responsible},
 * {@code xarxa_plan_cell} and {@code xarxa_plan_evidence}), within one unit of work: the port
 * {@link cat.xarxa.workplan.WorkPlanRecords} through {@link JdbcWorkPlanRecords}. A plan is read by
 * seven queries, its row and each kind of its child rows, read side by side (see
 * {@link WorkPlanRows}); {@link #all()} streams the same seven for every plan.
 *
 * <p>A plan is written at once, not behind, and whole: a command saves one. A new one is inserted
 * with its child rows in a batch per table (see {@link FlatWorkPlan}); a changed one is updated if
 * the stored version is still its own, which locks its row, and then every one of its child rows
 * is replaced. A plan names nothing the unit of work holds back.
 */
final class JdbcWorkPlans {

    /** Rows per round trip while streaming every plan. */
    static final int FETCH_SIZE = 500;

    private static final String PLANS = "SELECT " + WorkPlanRows.PLAN_COLUMNS + " FROM xarxa_work_plan p";
    private static final String LINES = "SELECT " + WorkPlanRows.LINE_COLUMNS + " FROM xarxa_plan_line c";
    private static final String OBJECTIVES = "SELECT " + WorkPlanRows.OBJECTIVE_COLUMNS + " FROM xarxa_plan_objective c";
    private static final String ACTIONS = "SELECT " + WorkPlanRows.ACTION_COLUMNS + " FROM xarxa_plan_action c";
    private static final String RESPONSIBLES = "SELECT " + WorkPlanRows.RESPONSIBLE_COLUMNS
            + " FROM xarxa_plan_responsible c";
    private static final String CELLS = "SELECT " + WorkPlanRows.CELL_COLUMNS + " FROM xarxa_plan_cell c";
    private static final String EVIDENCE = "SELECT " + WorkPlanRows.EVIDENCE_COLUMNS + " FROM xarxa_plan_evidence c";

    /** One plan, by id; one parameter, the id. */
    private static final List<String> FIND = queries(" WHERE p.id = ?", " WHERE c.plan_id = ?");
    /** Every plan, in id order. */
    private static final List<String> ALL = queries("", "");

    private static final String INSERT = "INSERT INTO xarxa_work_plan (id, title, first_year, last_year, adopted_on,"
            + " reference, version) VALUES (?, ?, ?, ?, ?, ?, 1)";
    private static final String UPDATE = "UPDATE xarxa_work_plan SET title = ?, first_year = ?, last_year = ?,"
            + " adopted_on = ?, reference = ?, version = version + 1 WHERE id = ? AND version = ?";

    /** A strategic line at its position in the plan. */
    private static final ChildRows<FlatWorkPlan.LineRow> LINE_ROWS = ChildRows.replacedBy(
            "DELETE FROM xarxa_plan_line WHERE plan_id = ?",
            "INSERT INTO xarxa_plan_line (plan_id, position, code, title) VALUES (?, ?, ?, ?)",
            (insert, ignoredPosition, row) -> {
                insert.setInt(2, row.position());
                insert.setString(3, row.line().code());
                insert.setString(4, row.line().title());
            });
    /** An objective at its line's position and its own. */
    private static final ChildRows<FlatWorkPlan.ObjectiveRow> OBJECTIVE_ROWS = ChildRows.replacedBy(
            "DELETE FROM xarxa_plan_objective WHERE plan_id = ?",
            "INSERT INTO xarxa_plan_objective (plan_id, line_position, position, code, title) VALUES (?, ?, ?, ?, ?)",
            (insert, ignoredPosition, row) -> {
                insert.setInt(2, row.line());
                insert.setInt(3, row.position());
                insert.setString(4, row.objective().code());
                insert.setString(5, row.objective().title());
            });
    /** An action at its position in the whole plan, naming its objective. */
    private static final ChildRows<FlatWorkPlan.ActionRow> ACTION_ROWS = ChildRows.replacedBy(
            "DELETE FROM xarxa_plan_action WHERE plan_id = ?",
            "INSERT INTO xarxa_plan_action (plan_id, position, line_position, objective_position, code, title, status,"
                    + " progress) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (insert, ignoredPosition, row) -> {
                insert.setInt(2, row.position());
                insert.setInt(3, row.line());
                insert.setInt(4, row.objective());
                insert.setString(5, row.action().code());
                insert.setString(6, row.action().title());
                insert.setString(7, row.action().status().name());
                insert.setInt(8, row.action().progress());
            });
    /** Who answers for a part of an action; body is null but for a body. */
    private static final ChildRows<FlatWorkPlan.ResponsibleRow> RESPONSIBLE_ROWS = ChildRows.replacedBy(
            "DELETE FROM xarxa_plan_responsible WHERE plan_id = ?",
            "INSERT INTO xarxa_plan_responsible (plan_id, action_position, part, position, kind, body, name)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (insert, ignoredPosition, row) -> {
                insert.setInt(2, row.action());
                insert.setString(3, row.part().name());
                insert.setInt(4, row.position());
                insert.setString(5, row.responsible().kind().name());
                if (row.responsible().body() == null) {
                    insert.setNull(6, Types.VARCHAR);
                } else {
                    insert.setString(6, row.responsible().body().name());
                }
                insert.setString(7, row.responsible().name());
            });
    /** A cell of an action's timetable; semester 0 for the whole year. */
    private static final ChildRows<FlatWorkPlan.CellRow> CELL_ROWS = ChildRows.replacedBy(
            "DELETE FROM xarxa_plan_cell WHERE plan_id = ?",
            "INSERT INTO xarxa_plan_cell (plan_id, action_position, position, cell_year, semester)"
                    + " VALUES (?, ?, ?, ?, ?)",
            (insert, ignoredPosition, row) -> {
                insert.setInt(2, row.action());
                insert.setInt(3, row.position());
                insert.setInt(4, row.cell().year());
                insert.setInt(5, row.cell().semester());
            });
    /** A piece of an action's evidence. */
    private static final ChildRows<FlatWorkPlan.EvidenceRow> EVIDENCE_ROWS = ChildRows.replacedBy(
            "DELETE FROM xarxa_plan_evidence WHERE plan_id = ?",
            "INSERT INTO xarxa_plan_evidence (plan_id, action_position, position, kind, reference, note, recorded_on)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (insert, ignoredPosition, row) -> {
                insert.setInt(2, row.action());
                insert.setInt(3, row.position());
                insert.setString(4, row.evidence().kind().name());
                insert.setString(5, row.evidence().reference());
                insert.setString(6, row.evidence().note());
                insert.setObject(7, row.evidence().on());
            });

    private static final BatchInsert<WorkPlan> NEW_PLAN = new BatchInsert<WorkPlan>(WorkPlan.AGGREGATE_TYPE,
            "new work plans", plan -> plan.id().toString(), INSERT, (insert, plan) -> {
                insert.setString(1, plan.id().toString());
                bindColumns(insert, 2, plan);
            })
            // Each kind after the rows it names: lines, objectives, actions, then the actions' rows.
            .withChildren(LINE_ROWS, flat(FlatWorkPlan::lines))
            .withChildren(OBJECTIVE_ROWS, flat(FlatWorkPlan::objectives))
            .withChildren(ACTION_ROWS, flat(FlatWorkPlan::actions))
            .withChildren(RESPONSIBLE_ROWS, flat(FlatWorkPlan::responsibles))
            .withChildren(CELL_ROWS, flat(FlatWorkPlan::cells))
            .withChildren(EVIDENCE_ROWS, flat(FlatWorkPlan::evidence));
    private static final OptimisticUpdate<WorkPlan> UPDATE_PLAN = new OptimisticUpdate<>(UPDATE,
            WorkPlan.AGGREGATE_TYPE, 5, (update, plan) -> bindColumns(update, 1, plan));

    private final Statements statements;
    private final Database database;

    JdbcWorkPlans(Statements statements, Database database) {
        this.statements = statements;
        this.database = database;
    }

    /** The seven queries read side by side, each with its filter, ordered alike. */
    private static List<String> queries(String planFilter, String childFilter) {
        return List.of(PLANS + planFilter + " ORDER BY p.id",
                LINES + childFilter + " ORDER BY c.plan_id, c.position",
                OBJECTIVES + childFilter + " ORDER BY c.plan_id, c.line_position, c.position",
                ACTIONS + childFilter + " ORDER BY c.plan_id, c.line_position, c.objective_position, c.position",
                RESPONSIBLES + childFilter + " ORDER BY c.plan_id, c.action_position, c.part, c.position",
                CELLS + childFilter + " ORDER BY c.plan_id, c.action_position, c.position",
                EVIDENCE + childFilter + " ORDER BY c.plan_id, c.action_position, c.position");
    }

    /** One kind of a plan's rows, laid out from the plan. */
    private static <R> Function<WorkPlan, List<R>> flat(Function<FlatWorkPlan, List<R>> kind) {
        return plan -> kind.apply(FlatWorkPlan.of(plan));
    }

    /** Binds a plan's columns after its id, five from {@code first} on. */
    private static void bindColumns(PreparedStatement statement, int first, WorkPlan plan) throws SQLException {
        statement.setString(first, plan.title());
        statement.setInt(first + 1, plan.firstYear());
        statement.setInt(first + 2, plan.lastYear());
        statement.setObject(first + 3, plan.adoptedOn());
        statement.setString(first + 4, plan.reference());
    }

    /** The plan with this id, if stored. */
    Optional<WorkPlan> find(PlanId id) {
        return SideBySideQueries.read(statements, database, FIND, id.toString(), "reading work plan " + id,
                results -> new WorkPlanRows(results, database)::next).stream().findFirst();
    }

    /**
     * Inserts a new plan (version 0) with its child rows, or updates a stored one if it is still
     * at the plan's version and replaces its child rows whole.
     *
     * @return the version now stored
     * @throws ConcurrentUpdateException if a plan with the id is stored already, or another unit of
     *                                   work saved this one first
     */
    long save(WorkPlan plan) {
        String id = plan.id().toString();
        long expected = plan.version();
        if (expected == 0) {
            NEW_PLAN.insert(statements, database, List.of(plan));
            return 1;
        }
        try {
            // The update locks the plan's row, so nobody else writes its child rows meanwhile.
            UPDATE_PLAN.run(statements, plan, id, expected);
            // Each kind goes before the rows it names, and comes back after them.
            EVIDENCE_ROWS.delete(statements, id);
            CELL_ROWS.delete(statements, id);
            RESPONSIBLE_ROWS.delete(statements, id);
            ACTION_ROWS.delete(statements, id);
            OBJECTIVE_ROWS.delete(statements, id);
            LINE_ROWS.delete(statements, id);
            FlatWorkPlan rows = FlatWorkPlan.of(plan);
            LINE_ROWS.insert(statements, id, rows.lines());
            OBJECTIVE_ROWS.insert(statements, id, rows.objectives());
            ACTION_ROWS.insert(statements, id, rows.actions());
            RESPONSIBLE_ROWS.insert(statements, id, rows.responsibles());
            CELL_ROWS.insert(statements, id, rows.cells());
            EVIDENCE_ROWS.insert(statements, id, rows.evidence());
            return expected + 1;
        } catch (SQLException e) {
            throw SqlStates.savingFailure(database, WorkPlan.AGGREGATE_TYPE, id, "work plan " + id, e);
        }
    }

    /** Every plan in id order, read as consumed. */
    Stream<WorkPlan> all() {
        return RowStream.streamingSideBySide(statements, database, ALL, FETCH_SIZE, "every work plan",
                results -> new WorkPlanRows(results, database)::next);
    }
}
