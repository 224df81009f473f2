package cat.xarxa.json;

import static cat.xarxa.json.TreeFields.at;
import static cat.xarxa.json.TreeFields.built;
import static cat.xarxa.json.TreeFields.date;
import static cat.xarxa.json.TreeFields.enumValue;
import static cat.xarxa.json.TreeFields.id;
import static cat.xarxa.json.TreeFields.intValue;
import static cat.xarxa.json.TreeFields.list;
import static cat.xarxa.json.TreeFields.object;
import static cat.xarxa.json.TreeFields.optionalEnumValue;
import static cat.xarxa.json.TreeFields.optionalText;
import static cat.xarxa.json.TreeFields.text;

import cat.xarxa.common.Reason;
import cat.xarxa.governance.Body;
import cat.xarxa.workplan.ActionStatus;
import cat.xarxa.workplan.AdoptWorkPlan;
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
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import tools.jackson.databind.JsonNode;

/**
 * Reads a work plan in {@link WorkPlanShape}'s shape, with version 0, as one not yet stored, and a
 * plan to adopt as a file of its own holds it. Refused here, naming the field by its path (e.g.
 * {@code lines[0].objectives[1].actions[2].when[0]}): a missing value (only these may be
 * missing: {@code reference}, meaning none; {@code lines}, a line's {@code objectives}, an
 * objective's {@code actions}, an action's {@code basicLines}, {@code execution},
 * {@code support}, {@code when} and {@code evidence}, meaning none; a party's {@code body} and
 * {@code name} where its kind names none; an evidence's {@code note}), a value of the wrong JSON
 * type, an id or a date that is not one, an unknown {@code status}, party {@code kind},
 * {@code body} or evidence {@code kind}, a cell of the timetable that is neither a year
 * ({@code 2017}) nor a semester ({@code 2018-S1}), a party that names a body without being one
 * or is one without naming it (field {@code body}), another party without a name (field
 * {@code name}), and a progress out of 0 to 100, or below 100 for a done action (field
 * {@code progress}). Whether the plan is whole (a period that runs forward, codes used once,
 * cells inside the period, someone to answer for every action) and its evidence points at
 * something the network holds is the import's to judge, or the adoption's.
 */
final class WorkPlanReader {

    /** The record as files name it. */
    static final String RECORD = "work-plan";

    private static final String CELL_FORM = "YYYY or YYYY-S1/S2 (2017, 2018-S1)";

    private WorkPlanReader() {
    }

    /**
     * Reads the plan at a node.
     *
     * @throws RecordProblem naming the field that cannot be read
     */
    static WorkPlan read(JsonNode record) {
        object(record, "");
        PlanId id = id(record, WorkPlanShape.ID, "", PlanId::parse);
        String title = text(record, WorkPlanShape.TITLE, "");
        int firstYear = intValue(record, WorkPlanShape.FIRST_YEAR, "");
        int lastYear = intValue(record, WorkPlanShape.LAST_YEAR, "");
        LocalDate adoptedOn = date(record, WorkPlanShape.ADOPTED_ON, "");
        String reference = optionalText(record, WorkPlanShape.REFERENCE, "");
        List<StrategicLine> lines = list(record, WorkPlanShape.LINES, "", lines(true));
        return new WorkPlan(id, title, firstYear, lastYear, adoptedOn, reference, lines, 0);
    }

    /**
     * Reads a plan to adopt, as a file of its own holds it: no id, and the actions' status,
     * progress and evidence, if written, are not read, since an adopted action starts planned.
     *
     * @throws RecordProblem naming the field that cannot be read
     * @throws cat.xarxa.common.InvalidCommandException if the plan breaks one of
     *         {@link AdoptWorkPlan}'s constraints (a blank title, a year out of range, no line)
     */
    static AdoptWorkPlan adoption(JsonNode record) {
        object(record, "");
        String title = text(record, WorkPlanShape.TITLE, "");
        int firstYear = intValue(record, WorkPlanShape.FIRST_YEAR, "");
        int lastYear = intValue(record, WorkPlanShape.LAST_YEAR, "");
        LocalDate adoptedOn = date(record, WorkPlanShape.ADOPTED_ON, "");
        String reference = optionalText(record, WorkPlanShape.REFERENCE, "");
        List<StrategicLine> lines = list(record, WorkPlanShape.LINES, "", lines(false));
        return new AdoptWorkPlan(title, firstYear, lastYear, adoptedOn, reference, lines);
    }

    private static BiFunction<JsonNode, String, StrategicLine> lines(boolean withProgress) {
        return (line, where) -> {
            object(line, where);
            return new StrategicLine(text(line, WorkPlanShape.CODE, where), text(line, WorkPlanShape.TITLE, where),
                    list(line, WorkPlanShape.OBJECTIVES, where, (objective, at) -> objective(objective, at, withProgress)));
        };
    }

    private static Objective objective(JsonNode objective, String where, boolean withProgress) {
        object(objective, where);
        return new Objective(text(objective, WorkPlanShape.CODE, where), text(objective, WorkPlanShape.TITLE, where),
                list(objective, WorkPlanShape.ACTIONS, where, (action, at) -> action(action, at, withProgress)));
    }

    private static PlanAction action(JsonNode action, String where, boolean withProgress) {
        object(action, where);
        String code = text(action, WorkPlanShape.CODE, where);
        String title = text(action, WorkPlanShape.TITLE, where);
        List<Responsible> basicLines = list(action, WorkPlanShape.BASIC_LINES, where, WorkPlanReader::responsible);
        List<Responsible> execution = list(action, WorkPlanShape.EXECUTION, where, WorkPlanReader::responsible);
        List<Responsible> support = list(action, WorkPlanShape.SUPPORT, where, WorkPlanReader::responsible);
        List<PlanCell> when = list(action, WorkPlanShape.WHEN, where, WorkPlanReader::cell);
        if (!withProgress) {
            // A plan to adopt may be written in a record's shape: its progress is known, and not read.
            KnownFields.known(action, WorkPlanShape.STATUS, WorkPlanShape.PROGRESS, WorkPlanShape.EVIDENCE);
            return PlanAction.planned(code, title, basicLines, execution, support, when);
        }
        ActionStatus status = enumValue(action, WorkPlanShape.STATUS, where, ActionStatus.class);
        int progress = intValue(action, WorkPlanShape.PROGRESS, where);
        List<Evidence> evidence = list(action, WorkPlanShape.EVIDENCE, where, WorkPlanReader::evidence);
        return built(at(where, WorkPlanShape.PROGRESS), RECORD,
                () -> new PlanAction(code, title, basicLines, execution, support, when, status, progress, evidence));
    }

    private static Responsible responsible(JsonNode responsible, String where) {
        object(responsible, where);
        ResponsibleKind kind = enumValue(responsible, WorkPlanShape.KIND, where, ResponsibleKind.class);
        Body body = optionalEnumValue(responsible, WorkPlanShape.BODY, where, Body.class);
        String name = optionalText(responsible, WorkPlanShape.NAME, where);
        String wrong = (kind == ResponsibleKind.BODY) != (body != null) ? WorkPlanShape.BODY : WorkPlanShape.NAME;
        return built(at(where, wrong), RECORD, () -> new Responsible(kind, body, name));
    }

    private static PlanCell cell(JsonNode cell, String where) {
        String text = TreeFields.textElement(cell, where);
        try {
            return PlanCell.parse(text);
        } catch (IllegalArgumentException e) {
            throw new RecordProblem(where, Reason.of("import.malformed", CELL_FORM, "'" + text + "'"));
        }
    }

    private static Evidence evidence(JsonNode evidence, String where) {
        object(evidence, where);
        return new Evidence(enumValue(evidence, WorkPlanShape.KIND, where, EvidenceKind.class),
                text(evidence, WorkPlanShape.REFERENCE, where),
                optionalText(evidence, WorkPlanShape.NOTE, where),
                date(evidence, WorkPlanShape.ON, where));
    }
}
