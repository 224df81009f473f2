package cat.xarxa.json;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.common.Localisation;
import cat.xarxa.common.MeetingFormat;
import cat.xarxa.common.Reason;
import cat.xarxa.governance.CalendarSlot;
import cat.xarxa.governance.CalendarTemplate;
import cat.xarxa.governance.EventKind;
import cat.xarxa.spi.ImportException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Month;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A yearly calendar template kept as a file of its own ({@link XarxaJson#readCalendarTemplate},
 * {@link XarxaJson#writeCalendarTemplate}): the 2022 plan's written and read back equal, and a
 * template that is not one refused naming the field by its path.
 */
class CalendarTemplateFileTest {

    /** The 2022 plan's template as docs/formats.md shows it. */
    static final String DOCUMENTED_TEMPLATE = """
            {"version": 1, "name": "plan-2022", "slots": [
              {"label": "working-groups-plenary", "kind": "WORKING_GROUPS_PLENARY", "from": "JANUARY", "to": "FEBRUARY", "format": "IN_PERSON"},
              {"label": "first-ordinary-assembly", "kind": "ORDINARY_ASSEMBLY", "from": "MARCH", "to": "APRIL", "format": "HYBRID"},
              {"label": "elected-officials-meeting", "kind": "ELECTED_OFFICIALS_MEETING", "from": "JANUARY", "to": "JULY", "format": "IN_PERSON"},
              {"label": "second-ordinary-assembly", "kind": "ORDINARY_ASSEMBLY", "from": "SEPTEMBER", "to": "SEPTEMBER", "format": "HYBRID"},
              {"label": "fair-activity", "kind": "FAIR_ACTIVITY", "from": "OCTOBER", "to": "OCTOBER", "format": "IN_PERSON"}]}
            """;

    private static CalendarTemplate read(String text) throws IOException {
        return XarxaJson.readCalendarTemplate(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String written(CalendarTemplate template) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XarxaJson.writeCalendarTemplate(template, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static ImportException refused(String text) {
        return assertThrows(ImportException.class, () -> read(text));
    }

    @Test
    void the_2022_plan_is_written_indented_and_read_back_equal() throws IOException {
        String text = written(CalendarTemplate.plan2022());

        assertEquals("""
                {
                  "version": 1,
                  "name": "plan-2022",
                  "slots": [ {
                    "label": "working-groups-plenary",
                    "kind": "WORKING_GROUPS_PLENARY",
                    "from": "JANUARY",
                    "to": "FEBRUARY",
                    "format": "IN_PERSON"
                  }, {
                    "label": "first-ordinary-assembly",
                    "kind": "ORDINARY_ASSEMBLY",
                    "from": "MARCH",
                    "to": "APRIL",
                    "format": "HYBRID"
                  }, {
                    "label": "elected-officials-meeting",
                    "kind": "ELECTED_OFFICIALS_MEETING",
                    "from": "JANUARY",
                    "to": "JULY",
                    "format": "IN_PERSON"
                  }, {
                    "label": "second-ordinary-assembly",
                    "kind": "ORDINARY_ASSEMBLY",
                    "from": "SEPTEMBER",
                    "to": "SEPTEMBER",
                    "format": "HYBRID"
                  }, {
                    "label": "fair-activity",
                    "kind": "FAIR_ACTIVITY",
                    "from": "OCTOBER",
                    "to": "OCTOBER",
                    "format": "IN_PERSON"
                  } ]
                }
                """, text);
        CalendarTemplate read = read(text);
        assertAll(
                () -> assertEquals(CalendarTemplate.plan2022().name(), read.name()),
                () -> assertEquals(CalendarTemplate.plan2022().slots(), read.slots()),
                () -> assertEquals(CalendarTemplate.plan2022(), read));
    }

    @Test
    void the_documented_template_is_the_2022_plans() throws IOException {
        assertEquals(CalendarTemplate.plan2022(), read(DOCUMENTED_TEMPLATE));
    }

    @Test
    void a_template_of_its_own_reads_back_equal_and_may_leave_out_its_version_and_slots() throws IOException {
        CalendarTemplate own = new CalendarTemplate("la nostra «agenda»", List.of(new CalendarSlot("assemblea d'estiu",
                EventKind.EXTRAORDINARY_ASSEMBLY, Month.JUNE, Month.AUGUST, MeetingFormat.VIRTUAL)));

        assertEquals(own, read(written(own)));
        assertEquals(new CalendarTemplate("buit", List.of()), read("{\"name\": \"buit\"}"));
    }

    @Test
    void a_slot_that_is_not_one_is_refused_naming_its_path() {
        String plenary = """
                {"label": "plenary", "kind": "WORKING_GROUPS_PLENARY", "from": "JANUARY", "to": "FEBRUARY", "format": "IN_PERSON"}""";
        assertAll(
                () -> assertRefused(refused("{\"version\": 1, \"name\": \"t\", \"slots\": [" + plenary + ", "
                        + plenary.replace("JANUARY", "JANUARI") + "]}"), "slots[1].from", "import.unknown-value"),
                () -> assertRefused(refused("{\"name\": \"t\", \"slots\": ["
                        + plenary.replace("\"JANUARY\"", "\"MARCH\"") + "]}"), "slots[0].to", "import.malformed"),
                () -> assertRefused(refused("{\"name\": \"t\", \"slots\": [" + plenary.replace("plenary\"", " \"") + "]}"),
                        "slots[0].label", "import.malformed"),
                () -> assertRefused(refused("{\"name\": \"t\", \"slots\": [" + plenary + ", "
                        + plenary.replace("\"plenary\"", "\"other\"") + ", " + plenary + "]}"), "slots[2].label",
                        "import.malformed"),
                () -> assertRefused(refused("{\"name\": \"t\", \"slots\": [" + plenary.replace("\"format\": \"IN_PERSON\"",
                        "\"format\": 1") + "]}"), "slots[0].format", "import.wrong-type"),
                () -> assertRefused(refused("{\"slots\": []}"), "name", "import.wrong-type"),
                () -> assertRefused(refused("{\"version\": \"1\", \"name\": \"t\"}"), "version", "import.wrong-type"),
                () -> assertRefused(refused("{\"version\": 2, \"name\": \"t\"}"), "version", "import.unknown-value"));
    }

    @Test
    void a_label_used_twice_is_named_in_the_readers_language() {
        String slot = """
                {"label": "plenary", "kind": "WORKING_GROUPS_PLENARY", "from": "JANUARY", "to": "FEBRUARY", "format": "IN_PERSON"}""";
        ImportException twice = refused("{\"name\": \"t\", \"slots\": [" + slot + ", " + slot + "]}");

        assertTrue(twice.message(Localisation.CATALAN).contains("plantilla de calendari"),
                twice.message(Localisation.CATALAN));
        assertTrue(twice.message(Localisation.ENGLISH).contains("calendar template"), twice.message(Localisation.ENGLISH));
    }

    /** The template is record 1, on the first line. */
    private static void assertRefused(ImportException refusal, String field, String code) {
        assertAll(
                () -> assertEquals(1, refusal.location().index(), "record"),
                () -> assertEquals(1, refusal.location().line(), "line"),
                () -> assertEquals(field, refusal.field(), "field"),
                () -> assertEquals(code, refusal.problemReason().map(Reason::code).orElse("none"), "code"));
    }
}
