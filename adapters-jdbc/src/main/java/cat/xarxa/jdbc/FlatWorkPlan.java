package cat.xarxa.jdbc;

import cat.xarxa.workplan.Evidence;
import cat.xarxa.workplan.Objective;
import cat.xarxa.workplan.PlanAction;
import cat.xarxa.workplan.PlanCell;
import cat.xarxa.workplan.Responsible;
import cat.xarxa.workplan.StrategicLine;
import cat.xarxa.workplan.WorkPlan;
import java.util.ArrayList;
import java.util.List;

/**
 * A work plan laid out as the rows of its child tables, each carrying the positions that key it:
 * its lines, its objectives by line, its actions numbered over the whole plan in the plan's order
 * with their line and objective, and each action's responsibles, cells and evidence by the
 * action's number.
 */
record FlatWorkPlan(List<LineRow> lines, List<ObjectiveRow> objectives, List<ActionRow> actions,
                    List<ResponsibleRow> responsibles, List<CellRow> cells, List<EvidenceRow> evidence) {

    /** The part of an action a responsible answers for, as {@code xarxa_plan_responsible.part} names it. */
    enum Part {
        /** Sets the basic lines. */
        BASIC_LINES,
        /** Executes it. */
        EXECUTION,
        /** Supports it. */
        SUPPORT
    }

    /** A strategic line at its position in the plan. */
    record LineRow(int position, StrategicLine line) {
    }

    /** An objective at its position in its line. */
    record ObjectiveRow(int line, int position, Objective objective) {
    }

    /** An action at its position in the whole plan, with its line's and objective's positions. */
    record ActionRow(int position, int line, int objective, PlanAction action) {
    }

    /** Who answers for a part of an action, at their position in that part. */
    record ResponsibleRow(int action, Part part, int position, Responsible responsible) {
    }

    /** A cell of an action's timetable, at its position. */
    record CellRow(int action, int position, PlanCell cell) {
    }

    /** A piece of an action's evidence, at its position, oldest first. */
    record EvidenceRow(int action, int position, Evidence evidence) {
    }

    /** The plan's rows. */
    static FlatWorkPlan of(WorkPlan plan) {
        List<LineRow> lines = new ArrayList<>();
        List<ObjectiveRow> objectives = new ArrayList<>();
        List<ActionRow> actions = new ArrayList<>();
        List<ResponsibleRow> responsibles = new ArrayList<>();
        List<CellRow> cells = new ArrayList<>();
        List<EvidenceRow> evidence = new ArrayList<>();
        for (int line = 0; line < plan.lines().size(); line++) {
            StrategicLine strategicLine = plan.lines().get(line);
            lines.add(new LineRow(line, strategicLine));
            for (int objective = 0; objective < strategicLine.objectives().size(); objective++) {
                Objective theObjective = strategicLine.objectives().get(objective);
                objectives.add(new ObjectiveRow(line, objective, theObjective));
                for (PlanAction action : theObjective.actions()) {
                    int position = actions.size();
                    actions.add(new ActionRow(position, line, objective, action));
                    addResponsibles(responsibles, position, Part.BASIC_LINES, action.basicLines());
                    addResponsibles(responsibles, position, Part.EXECUTION, action.execution());
                    addResponsibles(responsibles, position, Part.SUPPORT, action.support());
                    for (int cell = 0; cell < action.when().size(); cell++) {
                        cells.add(new CellRow(position, cell, action.when().get(cell)));
                    }
                    for (int piece = 0; piece < action.evidence().size(); piece++) {
                        evidence.add(new EvidenceRow(position, piece, action.evidence().get(piece)));
                    }
                }
            }
        }
        return new FlatWorkPlan(lines, objectives, actions, responsibles, cells, evidence);
    }

    private static void addResponsibles(List<ResponsibleRow> rows, int action, Part part, List<Responsible> of) {
        for (int position = 0; position < of.size(); position++) {
            rows.add(new ResponsibleRow(action, part, position, of.get(position)));
        }
    }
}
