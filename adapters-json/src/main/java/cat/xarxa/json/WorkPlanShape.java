package cat.xarxa.json;

import static cat.xarxa.json.FieldWriting.writeList;

import cat.xarxa.workplan.AdoptWorkPlan;
import cat.xarxa.workplan.Evidence;
import cat.xarxa.workplan.Objective;
import cat.xarxa.workplan.PlanAction;
import cat.xarxa.workplan.Responsible;
import cat.xarxa.workplan.ResponsibleKind;
import cat.xarxa.workplan.StrategicLine;
import cat.xarxa.workplan.WorkPlan;
import java.util.List;
import tools.jackson.core.JsonGenerator;

/**
 * The JSON shape of a work plan, the same in both formats:
 * <pre>{@code
 * {"id":"…","title":"Pla de treball 2017-2019","firstYear":2017,"lastYear":2019,"adoptedOn":"2017-03-18","reference":"AG 2017-03",
 *  "lines":[{"code":"I","title":"…","objectives":[{"code":"I.1","title":"…","actions":[
 *    {"code":"I.1.1","title":"…","basicLines":[{"kind":"BODY","body":"TECHNICAL_COMMISSION"}],
 *     "execution":[{"kind":"BODY","body":"TECHNICAL_SECRETARIAT"},{"kind":"EXTERNAL_SERVICE","name":"Servei extern"}],
 *     "support":[{"kind":"MEMBERS"}],"when":["2017","2018-S1"],"status":"IN_PROGRESS","progress":40,
 *     "evidence":[{"kind":"EVENT","reference":"…","note":"Jornada feta","on":"2017-11-20"}]}]}]}]}
 * }</pre>
 * Lines, objectives and actions are written in the plan's order. Who answers for a part of an
 * action is an object naming its {@code kind}, with the fields of that kind only:
 * {@code {"kind":"BODY","body":"TECHNICAL_COMMISSION"}}, {@code {"kind":"MEMBERS"}},
 * {@code {"kind":"EXTERNAL_SERVICE","name":"…"}} (the name {@code ""} when the plan names none) and
 * {@code {"kind":"OTHER","name":"…"}}; a body or the members are given a {@code name} only when
 * the plan gives them one. A cell of the timetable is {@code "2017"} for a whole year
 * or {@code "2018-S1"} for a semester. {@code reference} and an evidence's {@code note} are
 * {@code ""} when there is none; the evidence is written oldest first. The store's version is not
 * written.
 *
 * <p>A plan as a file of its own, before it is adopted ({@link AdoptWorkPlan}), has the same shape
 * without {@code id} and without the actions' {@code status}, {@code progress} and
 * {@code evidence}, and starts with {@code "version":1}.
 */
final class WorkPlanShape {

    static final String ID = "id";
    static final String TITLE = "title";
    static final String FIRST_YEAR = "firstYear";
    static final String LAST_YEAR = "lastYear";
    static final String ADOPTED_ON = "adoptedOn";
    static final String REFERENCE = "reference";
    static final String LINES = "lines";
    static final String CODE = "code";
    static final String OBJECTIVES = "objectives";
    static final String ACTIONS = "actions";
    static final String BASIC_LINES = "basicLines";
    static final String EXECUTION = "execution";
    static final String SUPPORT = "support";
    static final String WHEN = "when";
    static final String STATUS = "status";
    static final String PROGRESS = "progress";
    static final String EVIDENCE = "evidence";
    static final String KIND = "kind";
    static final String BODY = "body";
    static final String NAME = "name";
    static final String NOTE = "note";
    static final String ON = "on";

    private WorkPlanShape() {
    }

    /** Writes the plan's fields into the object the generator has open. */
    static void writeFields(JsonGenerator json, WorkPlan plan) {
        json.writeStringProperty(ID, plan.id().toString());
        writeHeading(json, plan.title(), plan.firstYear(), plan.lastYear(), plan.adoptedOn().toString(),
                plan.reference());
        writeLines(json, plan.lines(), true);
    }

    /** Writes the fields of a plan to adopt, without an id nor any progress. */
    static void writeAdoptionFields(JsonGenerator json, AdoptWorkPlan plan) {
        writeHeading(json, plan.title(), plan.firstYear(), plan.lastYear(), plan.adoptedOn().toString(),
                plan.reference());
        writeLines(json, plan.lines(), false);
    }

    private static void writeHeading(JsonGenerator json, String title, int firstYear, int lastYear, String adoptedOn,
                                     String reference) {
        json.writeStringProperty(TITLE, title);
        json.writeNumberProperty(FIRST_YEAR, firstYear);
        json.writeNumberProperty(LAST_YEAR, lastYear);
        json.writeStringProperty(ADOPTED_ON, adoptedOn);
        json.writeStringProperty(REFERENCE, reference);
    }

    private static void writeLines(JsonGenerator json, List<StrategicLine> lines, boolean withProgress) {
        writeList(json, LINES, lines, (out, line) -> {
            out.writeStartObject();
            out.writeStringProperty(CODE, line.code());
            out.writeStringProperty(TITLE, line.title());
            writeList(out, OBJECTIVES, line.objectives(), (objectives, objective) ->
                    writeObjective(objectives, objective, withProgress));
            out.writeEndObject();
        });
    }

    private static void writeObjective(JsonGenerator json, Objective objective, boolean withProgress) {
        json.writeStartObject();
        json.writeStringProperty(CODE, objective.code());
        json.writeStringProperty(TITLE, objective.title());
        writeList(json, ACTIONS, objective.actions(), (out, action) -> writeAction(out, action, withProgress));
        json.writeEndObject();
    }

    private static void writeAction(JsonGenerator json, PlanAction action, boolean withProgress) {
        json.writeStartObject();
        json.writeStringProperty(CODE, action.code());
        json.writeStringProperty(TITLE, action.title());
        writeList(json, BASIC_LINES, action.basicLines(), WorkPlanShape::writeResponsible);
        writeList(json, EXECUTION, action.execution(), WorkPlanShape::writeResponsible);
        writeList(json, SUPPORT, action.support(), WorkPlanShape::writeResponsible);
        writeList(json, WHEN, action.when(), (out, cell) -> out.writeString(cell.toString()));
        if (withProgress) {
            json.writeStringProperty(STATUS, action.status().name());
            json.writeNumberProperty(PROGRESS, action.progress());
            writeList(json, EVIDENCE, action.evidence(), WorkPlanShape::writeEvidence);
        }
        json.writeEndObject();
    }

    private static void writeResponsible(JsonGenerator json, Responsible responsible) {
        json.writeStartObject();
        json.writeStringProperty(KIND, responsible.kind().name());
        if (responsible.body() != null) {
            json.writeStringProperty(BODY, responsible.body().name());
        }
        if (namedInWords(responsible) || !responsible.name().isEmpty()) {
            json.writeStringProperty(NAME, responsible.name());
        }
        json.writeEndObject();
    }

    /** Whether the kind of party is one a plan names in words; the others' names are written only if given. */
    private static boolean namedInWords(Responsible responsible) {
        return responsible.kind() == ResponsibleKind.EXTERNAL_SERVICE || responsible.kind() == ResponsibleKind.OTHER;
    }

    private static void writeEvidence(JsonGenerator json, Evidence evidence) {
        json.writeStartObject();
        json.writeStringProperty(KIND, evidence.kind().name());
        json.writeStringProperty(REFERENCE, evidence.reference());
        json.writeStringProperty(NOTE, evidence.note());
        json.writeStringProperty(ON, evidence.on().toString());
        json.writeEndObject();
    }
}
