package cat.xarxa.jdbc;

import cat.xarxa.governance.Body;
import cat.xarxa.workplan.ActionStatus;
import cat.xarxa.workplan.Evidence;
import cat.xarxa.workplan.EvidenceKind;
import cat.xarxa.workplan.Objective;
import cat.xarxa.workplan.PlanAction;
import cat.xarxa.workplan.PlanCell;
import cat.xarxa.workplan.PlanId;
import cat.xarxa.workplan.Responsible;
import cat.xarxa.workplan.ResponsibleKind;
import cat.xarxa.workplan.StrategicLine;
import cat.xarxa.workplan.WorkPlan;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads work plans from seven results read side by side, the queries of {@link JdbcWorkPlans}: the
 * plans' rows, their lines, objectives, actions, and the actions' responsibles, cells and
 * evidence, each ordered by plan id (in the collation every id column has), then by the positions
 * that nest them: objectives by line, actions by line and objective, and the actions' rows by the
 * action's position. The consecutive rows of each child result with the id of the plan at hand,
 * and the positions of the line, objective or action at hand, are its own; none is left behind,
 * since the queries select the children of the same plans, and the foreign keys keep children
 * from outliving what they belong to.
 *
 * <p>Seven queries rather than one join or union, as for working groups ({@link WorkingGroupRows}):
 * a join would repeat a plan per line, objective and action, and a union of seven kinds of rows
 * would need typed empty columns each kind uses differently.
 */
final class WorkPlanRows {

    /** The columns of the plans' query, in order. */
    static final String PLAN_COLUMNS = "p.id, p.title, p.first_year, p.last_year, p.adopted_on, p.reference, p.version";
    /** The columns of the lines' query, in order. */
    static final String LINE_COLUMNS = "c.plan_id, c.position, c.code, c.title";
    /** The columns of the objectives' query, in order. */
    static final String OBJECTIVE_COLUMNS = "c.plan_id, c.line_position, c.position, c.code, c.title";
    /** The columns of the actions' query, in order. */
    static final String ACTION_COLUMNS = "c.plan_id, c.line_position, c.objective_position, c.position, c.code,"
            + " c.title, c.status, c.progress";
    /** The columns of the responsibles' query, in order. */
    static final String RESPONSIBLE_COLUMNS = "c.plan_id, c.action_position, c.part, c.kind, c.body, c.name";
    /** The columns of the cells' query, in order. */
    static final String CELL_COLUMNS = "c.plan_id, c.action_position, c.cell_year, c.semester";
    /** The columns of the evidence's query, in order. */
    static final String EVIDENCE_COLUMNS = "c.plan_id, c.action_position, c.kind, c.reference, c.note, c.recorded_on";

    private final RowsAhead plans;
    private final RowsAhead lines;
    private final RowsAhead objectives;
    private final RowsAhead actions;
    private final RowsAhead responsibles;
    private final RowsAhead cells;
    private final RowsAhead evidence;
    private final Database database;

    /**
     * Starts before the first row of each result.
     *
     * @param results the plans, lines, objectives, actions, responsibles, cells and evidence, in
     *                that order
     */
    WorkPlanRows(List<ResultSet> results, Database database) throws SQLException {
        this.plans = new RowsAhead(results.get(0));
        this.lines = new RowsAhead(results.get(1));
        this.objectives = new RowsAhead(results.get(2));
        this.actions = new RowsAhead(results.get(3));
        this.responsibles = new RowsAhead(results.get(4));
        this.cells = new RowsAhead(results.get(5));
        this.evidence = new RowsAhead(results.get(6));
        this.database = database;
    }

    /** The next plan, with all its rows, or empty when the rows are used up. */
    Optional<WorkPlan> next() throws SQLException {
        if (!plans.onRow()) {
            return Optional.empty();
        }
        ResultSet row = plans.rows();
        String id = row.getString(RowsAhead.OWNER);
        try {
            WorkPlan plan = new WorkPlan(PlanId.parse(id), row.getString(2), row.getInt(3), row.getInt(4),
                    row.getObject(5, LocalDate.class), row.getString(6), linesOf(id), row.getLong(7));
            plans.advance();
            return Optional.of(plan);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw database.failure("reading work plan " + id + ", which is stored in a state no plan can have", e);
        }
    }

    private List<StrategicLine> linesOf(String id) throws SQLException {
        List<StrategicLine> found = new ArrayList<>();
        ResultSet row = lines.rows();
        for (; lines.isOf(id); lines.advance()) {
            int position = row.getInt(2);
            found.add(new StrategicLine(row.getString(3), row.getString(4), objectivesOf(id, position)));
        }
        return found;
    }

    private List<Objective> objectivesOf(String id, int linePosition) throws SQLException {
        List<Objective> found = new ArrayList<>();
        ResultSet row = objectives.rows();
        for (; objectives.isOf(id) && row.getInt(2) == linePosition; objectives.advance()) {
            int position = row.getInt(3);
            found.add(new Objective(row.getString(4), row.getString(5), actionsOf(id, linePosition, position)));
        }
        return found;
    }

    private List<PlanAction> actionsOf(String id, int linePosition, int objectivePosition) throws SQLException {
        List<PlanAction> found = new ArrayList<>();
        ResultSet row = actions.rows();
        for (; actions.isOf(id) && row.getInt(2) == linePosition && row.getInt(3) == objectivePosition;
             actions.advance()) {
            int position = row.getInt(4);
            Map<FlatWorkPlan.Part, List<Responsible>> parts = responsiblesOf(id, position);
            found.add(new PlanAction(row.getString(5), row.getString(6), parts.get(FlatWorkPlan.Part.BASIC_LINES),
                    parts.get(FlatWorkPlan.Part.EXECUTION), parts.get(FlatWorkPlan.Part.SUPPORT), cellsOf(id, position),
                    ActionStatus.valueOf(row.getString(7)), row.getInt(8), evidenceOf(id, position)));
        }
        return found;
    }

    /** Who answers for each part of an action, each part in the order given. */
    private Map<FlatWorkPlan.Part, List<Responsible>> responsiblesOf(String id, int actionPosition)
            throws SQLException {
        Map<FlatWorkPlan.Part, List<Responsible>> found = new EnumMap<>(FlatWorkPlan.Part.class);
        for (FlatWorkPlan.Part part : FlatWorkPlan.Part.values()) {
            found.put(part, new ArrayList<>());
        }
        ResultSet row = responsibles.rows();
        for (; responsibles.isOf(id) && row.getInt(2) == actionPosition; responsibles.advance()) {
            String body = row.getString(5);
            found.get(FlatWorkPlan.Part.valueOf(row.getString(3))).add(new Responsible(
                    ResponsibleKind.valueOf(row.getString(4)), body == null ? null : Body.valueOf(body),
                    row.getString(6)));
        }
        return found;
    }

    private List<PlanCell> cellsOf(String id, int actionPosition) throws SQLException {
        List<PlanCell> found = new ArrayList<>();
        ResultSet row = cells.rows();
        for (; cells.isOf(id) && row.getInt(2) == actionPosition; cells.advance()) {
            found.add(new PlanCell(row.getInt(3), row.getInt(4)));
        }
        return found;
    }

    private List<Evidence> evidenceOf(String id, int actionPosition) throws SQLException {
        List<Evidence> found = new ArrayList<>();
        ResultSet row = evidence.rows();
        for (; evidence.isOf(id) && row.getInt(2) == actionPosition; evidence.advance()) {
            found.add(new Evidence(EvidenceKind.valueOf(row.getString(3)), row.getString(4), row.getString(5),
                    row.getObject(6, LocalDate.class)));
        }
        return found;
    }
}
