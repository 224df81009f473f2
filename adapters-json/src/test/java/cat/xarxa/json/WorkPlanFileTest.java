package cat.xarxa.json;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.Xarxa;
import cat.xarxa.common.Localisation;
import cat.xarxa.common.Reason;
import cat.xarxa.governance.Body;
import cat.xarxa.spi.ImportException;
import cat.xarxa.workplan.ActionStatus;
import cat.xarxa.workplan.AdoptWorkPlan;
import cat.xarxa.workplan.Objective;
import cat.xarxa.workplan.PlanAction;
import cat.xarxa.workplan.PlanCell;
import cat.xarxa.workplan.Responsible;
import cat.xarxa.workplan.StrategicLine;
import cat.xarxa.workplan.WorkPlan;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * A work plan kept as a file of its own before it is adopted ({@link XarxaJson#readWorkPlan},
 * {@link XarxaJson#writeWorkPlan}): written indented, read back equal, without progress, and
 * refused in the import's words, naming the field by its path.
 */
class WorkPlanFileTest {

    /** A plan of one line with one action of each kind of party. */
    private static final AdoptWorkPlan SMALL = new AdoptWorkPlan("Pla de treball 2022", 2022, 2022,
            LocalDate.of(2022, 3, 19), "AG 2022-03",
            List.of(new StrategicLine("I", "Comunicació", List.of(new Objective("I.1", "Donar a conèixer la xarxa",
                    List.of(PlanAction.planned("I.1.1", "Butlletí", List.of(Responsible.body(Body.TECHNICAL_COMMISSION)),
                            List.of(Responsible.externalService("")), List.of(Responsible.members(),
                                    Responsible.other("Qui s'escaigui")),
                            List.of(PlanCell.semester(2022, 1), PlanCell.year(2022)))))))));

    /** The plan as docs/formats.md shows it, as a person would write it. */
    static final String DOCUMENTED_PLAN = """
            {"version": 1, "title": "Pla de treball 2017-2019", "firstYear": 2017, "lastYear": 2019,
             "adoptedOn": "2017-03-18", "reference": "AG 2017-03",
             "lines": [{"code": "I", "title": "Enfortir l'economia social a cada municipi", "objectives": [
               {"code": "I.1", "title": "Compartir coneixement", "actions": [
                 {"code": "I.1.1", "title": "Banc de bones pràctiques",
                  "basicLines": [{"kind": "BODY", "body": "TECHNICAL_COMMISSION"}],
                  "execution": [{"kind": "BODY", "body": "TECHNICAL_SECRETARIAT"}, {"kind": "EXTERNAL_SERVICE", "name": ""}],
                  "support": [{"kind": "MEMBERS"}],
                  "when": ["2017", "2018-S1"]}]}]}]}
            """;

    private static AdoptWorkPlan read(String text) throws IOException {
        return XarxaJson.readWorkPlan(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String written(AdoptWorkPlan plan) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XarxaJson.writeWorkPlan(plan, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static ImportException refused(String text) {
        return assertThrows(ImportException.class, () -> read(text));
    }

    @Test
    void a_plan_is_written_indented_with_its_version_first() throws IOException {
        assertEquals("""
                {
                  "version": 1,
                  "title": "Pla de treball 2022",
                  "firstYear": 2022,
                  "lastYear": 2022,
                  "adoptedOn": "2022-03-19",
                  "reference": "AG 2022-03",
                  "lines": [ {
                    "code": "I",
                    "title": "Comunicació",
                    "objectives": [ {
                      "code": "I.1",
                      "title": "Donar a conèixer la xarxa",
                      "actions": [ {
                        "code": "I.1.1",
                        "title": "Butlletí",
                        "basicLines": [ {
                          "kind": "BODY",
                          "body": "TECHNICAL_COMMISSION"
                        } ],
                        "execution": [ {
                          "kind": "EXTERNAL_SERVICE",
                          "name": ""
                        } ],
                        "support": [ {
                          "kind": "MEMBERS"
                        }, {
                          "kind": "OTHER",
                          "name": "Qui s'escaigui"
                        } ],
                        "when": [ "2022-S1", "2022" ]
                      } ]
                    } ]
                  } ]
                }
                """, written(SMALL));
    }

    @Test
    void the_documented_plan_reads_as_written() throws IOException {
        assertEquals(new AdoptWorkPlan("Pla de treball 2017-2019", 2017, 2019, LocalDate.of(2017, 3, 18), "AG 2017-03",
                List.of(new StrategicLine("I", "Enfortir l'economia social a cada municipi", List.of(
                        new Objective("I.1", "Compartir coneixement", List.of(PlanAction.planned("I.1.1",
                                "Banc de bones pràctiques", List.of(Responsible.body(Body.TECHNICAL_COMMISSION)),
                                List.of(Responsible.body(Body.TECHNICAL_SECRETARIAT), Responsible.externalService("")),
                                List.of(Responsible.members()),
                                List.of(PlanCell.year(2017), PlanCell.semester(2018, 1))))))))),
                read(DOCUMENTED_PLAN));
    }

    @Test
    void a_plan_written_reads_back_equal() throws IOException {
        for (AdoptWorkPlan plan : List.of(SMALL, GovernanceYear.aPlan())) {
            AdoptWorkPlan read = read(written(plan));
            assertAll(
                    () -> assertEquals(plan.title(), read.title()),
                    () -> assertEquals(plan.firstYear(), read.firstYear()),
                    () -> assertEquals(plan.lastYear(), read.lastYear()),
                    () -> assertEquals(plan.adoptedOn(), read.adoptedOn()),
                    () -> assertEquals(plan.reference(), read.reference()),
                    () -> assertEquals(plan.lines(), read.lines()),
                    () -> assertEquals(plan, read));
        }
    }

    @Test
    void progress_written_in_a_plan_to_adopt_is_not_read_and_the_version_may_be_left_out() throws IOException {
        AdoptWorkPlan read = read("""
                {"title": "Pla", "firstYear": 2022, "lastYear": 2022, "adoptedOn": "2022-03-19",
                 "lines": [{"code": "I", "title": "L", "objectives": [{"code": "I.1", "title": "O", "actions": [
                   {"code": "I.1.1", "title": "A", "execution": [{"kind": "MEMBERS"}], "status": "DONE", "progress": 100,
                    "evidence": [{"kind": "LINK", "reference": "https://xarxa.cat", "on": "2022-05-01"}]}]}]}]}
                """);

        PlanAction action = read.lines().get(0).objectives().get(0).actions().get(0);
        assertAll(
                () -> assertEquals("", read.reference()),
                () -> assertEquals(ActionStatus.PLANNED, action.status()),
                () -> assertEquals(0, action.progress()),
                () -> assertEquals(List.of(), action.evidence()),
                () -> assertEquals(List.of(), action.basicLines()),
                () -> assertEquals(List.of(Responsible.members()), action.execution()));
    }

    @Test
    void a_plan_read_is_adopted_as_written() throws IOException {
        try (Xarxa xarxa = Networks.inMemory()) {
            WorkPlan adopted = xarxa.workPlans().adopt(read(written(GovernanceYear.aPlan()))).orElseThrow();

            assertEquals(GovernanceYear.aPlan().lines(), adopted.lines());
        }
    }

    @Test
    void a_cell_of_the_timetable_that_is_not_one_is_refused_naming_its_path() {
        ImportException refusal = refused("""
                {"version": 1, "title": "Pla", "firstYear": 2017, "lastYear": 2019, "adoptedOn": "2017-03-18",
                 "lines": [{"code": "I", "title": "L", "objectives": [
                   {"code": "I.1", "title": "O", "actions": []},
                   {"code": "I.2", "title": "O", "actions": [
                     {"code": "I.2.1", "title": "A", "execution": [{"kind": "MEMBERS"}]},
                     {"code": "I.2.2", "title": "A", "execution": [{"kind": "MEMBERS"}]},
                     {"code": "I.2.3", "title": "A", "execution": [{"kind": "MEMBERS"}], "when": ["2018-S3"]}]}]}]}
                """);

        assertRefused(refusal, 1, "lines[0].objectives[1].actions[2].when[0]", "import.malformed");
        assertTrue(refusal.getMessage().endsWith("'2018-S3'"), refusal.getMessage());
    }

    @Test
    void a_missing_mistyped_or_unknown_value_is_refused_naming_its_path() {
        assertAll(
                () -> assertRefused(refused("""
                        {"title": "Pla", "lastYear": 2022, "adoptedOn": "2022-03-19", "lines": []}"""),
                        1, "firstYear", "import.wrong-type"),
                () -> assertRefused(refused("""
                        {"title": "Pla", "firstYear": 2022, "lastYear": 2022, "adoptedOn": "19/03/2022", "lines": []}"""),
                        1, "adoptedOn", "import.malformed"),
                () -> assertRefused(refused("""
                        {"title": "Pla", "firstYear": 2022, "lastYear": 2022, "adoptedOn": "2022-03-19",
                         "lines": [{"code": "I", "title": "L", "objectives": [{"code": "I.1", "title": "O", "actions": [
                           {"code": "I.1.1", "title": "A", "execution": [{"kind": "BODY", "body": "ASSEMBLY"}]}]}]}]}"""),
                        1, "lines[0].objectives[0].actions[0].execution[0].body", "import.unknown-value"),
                () -> assertRefused(refused("""
                        {"title": "Pla", "firstYear": 2022, "lastYear": 2022, "adoptedOn": "2022-03-19",
                         "lines": [{"code": "I", "title": "L", "objectives": [{"code": "I.1", "title": "O", "actions": [
                           {"code": "I.1.1", "title": "A", "support": [{"kind": "BODY"}]}]}]}]}"""),
                        1, "lines[0].objectives[0].actions[0].support[0].body", "import.malformed"),
                () -> assertRefused(refused("""
                        {"title": "Pla", "firstYear": 2022, "lastYear": 2022, "adoptedOn": "2022-03-19",
                         "lines": [{"title": "L"}]}"""), 1, "lines[0].code", "import.wrong-type"),
                () -> assertRefused(refused("""
                        {"version": 2, "title": "Pla", "firstYear": 2022, "lastYear": 2022, "adoptedOn": "2022-03-19"}"""),
                        1, "version", "import.unknown-value"));
    }

    @Test
    void a_plan_that_breaks_a_constraint_of_the_adoption_is_refused_naming_the_field() {
        ImportException blank = refused("""
                {"title": "  ", "firstYear": 2022, "lastYear": 2022, "adoptedOn": "2022-03-19",
                 "lines": [{"code": "I", "title": "L"}]}""");
        ImportException noLine = refused("""
                {"title": "Pla", "firstYear": 2022, "lastYear": 2022, "adoptedOn": "2022-03-19", "lines": []}""");
        ImportException farAway = refused("""
                {"title": "Pla", "firstYear": 3022, "lastYear": 3022, "adoptedOn": "2022-03-19",
                 "lines": [{"code": "I", "title": "L"}]}""");

        assertAll(
                () -> assertEquals("title", blank.field()),
                () -> assertEquals("lines", noLine.field()),
                () -> assertTrue(farAway.field().endsWith("Year"), farAway.field()),
                () -> assertTrue(blank.message(Localisation.CATALAN).contains("registre 1 (línia 1), camp title"),
                        blank.message(Localisation.CATALAN)),
                () -> assertFalse(blank.message(Localisation.CATALAN).equals(blank.message(Localisation.ENGLISH))));
    }

    @Test
    void reading_does_not_judge_the_plan_as_its_adoption_would() throws IOException {
        AdoptWorkPlan backwards = read("""
                {"title": "Pla", "firstYear": 2022, "lastYear": 2021, "adoptedOn": "2022-03-19",
                 "lines": [{"code": "I", "title": "L", "objectives": [{"code": "I", "title": "O", "actions": [
                   {"code": "I.1.1", "title": "A", "when": ["2030"]}]}]}]}""");

        try (Xarxa xarxa = Networks.inMemory()) {
            List<String> codes = xarxa.workPlans().adopt(backwards).reasons().stream().map(Reason::code).toList();
            assertTrue(codes.containsAll(List.of("plan.period-backwards", "plan.duplicate-code",
                    "plan.cell-outside-period", "plan.action-without-responsible")), codes.toString());
        }
    }

    @Test
    void text_that_is_not_one_json_object_is_refused_and_the_streams_are_left_open() throws IOException {
        assertTrue(refused("").getMessage().contains("the input is empty"));
        assertTrue(refused("{\"title\": \"Pla\",").getMessage().contains("this is not valid JSON"));
        assertEquals("", refused("[]").field());
        assertEquals(3, refused("\n\n{\"title\": 2022}").location().line(), "the line the plan starts on");

        AtomicBoolean inClosed = new AtomicBoolean();
        AtomicBoolean outClosed = new AtomicBoolean();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        XarxaJson.writeWorkPlan(SMALL, new FilterOutputStream(bytes) {
            @Override
            public void close() {
                outClosed.set(true);
            }
        });
        XarxaJson.readWorkPlan(new FilterInputStream(new ByteArrayInputStream(bytes.toByteArray())) {
            @Override
            public void close() {
                inClosed.set(true);
            }
        });
        assertFalse(outClosed.get(), "output closed");
        assertFalse(inClosed.get(), "input closed");
    }

    /** The plan is record 1, named by the line its object starts on. */
    private static void assertRefused(ImportException refusal, long line, String field, String code) {
        String catalan = refusal.message(Localisation.CATALAN);
        assertAll(
                () -> assertEquals(1, refusal.location().index(), "record"),
                () -> assertEquals(line, refusal.location().line(), "line"),
                () -> assertEquals(field, refusal.field(), "field"),
                () -> assertEquals(code, refusal.problemReason().map(Reason::code).orElse("none"), "code"),
                () -> assertTrue(catalan.contains("registre 1 (línia " + line + "), camp " + field), catalan));
    }
}
