package cat.xarxa.json;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import tools.jackson.core.JsonGenerator;

/**
 * Writes the fields of a record into the object a generator has open, the same way for every
 * kind of record: a missing value as {@code null}, so that every record of a kind has the same
 * fields and a diff of a change touches only the value; enum values by name; dates as ISO text
 * ({@code 2026-03-02}), whatever the host mapper prefers, because a number of days or an array
 * would not read back in another program.
 */
final class FieldWriting {

    private FieldWriting() {
    }

    /** Writes a text field; {@code null} for a missing value. */
    static void writeText(JsonGenerator json, String field, String value) {
        json.writeName(field);
        if (value == null) {
            json.writeNull();
        } else {
            json.writeString(value);
        }
    }

    /** Writes an enum value by its name; {@code null} for a missing value. */
    static void writeEnum(JsonGenerator json, String field, Enum<?> value) {
        writeText(json, field, value == null ? null : value.name());
    }

    /** Writes a date as ISO text; {@code null} for a missing date. */
    static void writeDate(JsonGenerator json, String field, LocalDate value) {
        writeText(json, field, value == null ? null : value.toString());
    }

    /**
     * Writes a list as an array, each element with {@code element}; a missing list and a missing
     * element as {@code null}.
     */
    static <T> void writeList(JsonGenerator json, String field, List<T> values, BiConsumer<JsonGenerator, T> element) {
        json.writeName(field);
        if (values == null) {
            json.writeNull();
            return;
        }
        json.writeStartArray();
        for (T value : values) {
            if (value == null) {
                json.writeNull();
            } else {
                element.accept(json, value);
            }
        }
        json.writeEndArray();
    }

    /** Writes a list of texts as an array of strings, as {@link #writeList} does. */
    static void writeTexts(JsonGenerator json, String field, List<String> values) {
        writeList(json, field, values, JsonGenerator::writeString);
    }
}
