package cat.xarxa.json;

import static cat.xarxa.json.FieldWriting.writeDate;
import static cat.xarxa.json.FieldWriting.writeEnum;
import static cat.xarxa.json.FieldWriting.writeList;
import static cat.xarxa.json.FieldWriting.writeText;

import cat.xarxa.member.MemberData;
import cat.xarxa.member.MemberStatus;
import cat.xarxa.member.Role;
import java.time.LocalDate;
import tools.jackson.core.JsonGenerator;

/**
 * The JSON shape of a member, the same in both formats and in the Jackson module: its field
 * names, which are those of {@link MemberData} so that the import's messages name the same
 * fields, and how it is written. Enum values are written by name, dates as ISO text
 * ({@code 2026-03-02}), numbers as JSON numbers; a missing value is written as {@code null}.
 * {@code population} and then {@code mandates} come last, after {@code history}: they were added
 * to format version 1 later, and readers that do not know them skip them. A mandate is written
 * with all four fields, {@code "to":null} while it is open, so that every mandate has the same
 * shape and a diff of one that ends changes only its {@code to}.
 */
final class MemberShape {

    static final String ID = "id";
    static final String KIND = "kind";
    static final String OFFICIAL_CODE = "officialCode";
    static final String NAME = "name";
    static final String HISTORY = "history";
    static final String STATUS = "status";
    static final String SINCE = "since";
    static final String REFERENCE = "reference";
    static final String POPULATION = "population";
    static final String YEAR = "year";
    static final String INHABITANTS = "inhabitants";
    static final String SOURCE = "source";
    static final String MANDATES = "mandates";
    static final String PERSON = "person";
    static final String ROLE = "role";
    static final String FROM = "from";
    static final String TO = "to";

    private MemberShape() {
    }

    /** Writes the member's fields into the object the generator has open. */
    static void writeFields(JsonGenerator json, MemberData member) {
        writeText(json, ID, member.id());
        writeEnum(json, KIND, member.kind());
        writeText(json, OFFICIAL_CODE, member.officialCode());
        writeText(json, NAME, member.name());
        writeList(json, HISTORY, member.history(),
                (generator, step) -> writeStep(generator, step.status(), step.since(), step.reference()));
        writeList(json, POPULATION, member.population(), MemberShape::writeFigure);
        writeList(json, MANDATES, member.mandates(),
                (generator, term) -> writeMandate(generator, term.person(), term.role(), term.from(), term.to()));
    }

    /** Writes one step of a history as an object. */
    static void writeStep(JsonGenerator json, MemberStatus status, LocalDate since, String reference) {
        json.writeStartObject();
        writeEnum(json, STATUS, status);
        writeDate(json, SINCE, since);
        writeText(json, REFERENCE, reference);
        json.writeEndObject();
    }

    /** Writes one population figure as an object: {@code {"year":2025,"inhabitants":221455,"source":"…"}}. */
    private static void writeFigure(JsonGenerator json, MemberData.Figure figure) {
        json.writeStartObject();
        json.writeNumberProperty(YEAR, figure.year());
        json.writeNumberProperty(INHABITANTS, figure.inhabitants());
        writeText(json, SOURCE, figure.source());
        json.writeEndObject();
    }

    /**
     * Writes one mandate as an object:
     * {@code {"person":"…","role":"TECHNICAL_CONTACT","from":"2019-09-01","to":null}}.
     */
    static void writeMandate(JsonGenerator json, String person, Role role, LocalDate from, LocalDate to) {
        json.writeStartObject();
        writeText(json, PERSON, person);
        writeEnum(json, ROLE, role);
        writeDate(json, FROM, from);
        writeDate(json, TO, to);
        json.writeEndObject();
    }
}
