package cat.xarxa.json;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.common.Localisation;
import cat.xarxa.common.Reason;
import cat.xarxa.spi.ImportException;

/** What the refusal tests of each area ask of an import refused on one record. */
final class ImportRefusals {

    private ImportRefusals() {
    }

    /** The refusal names the record, its line (the next one) and the field, with a stable code, in each language. */
    static void assertRefused(ImportException refusal, long index, String field, String code) {
        String catalan = refusal.message(Localisation.CATALAN);
        String spanish = refusal.message(Localisation.SPANISH);
        String english = refusal.message(Localisation.ENGLISH);
        String named = field.isEmpty() ? "" : ", field " + field;
        assertAll(
                () -> assertEquals(index, refusal.location().index(), "record"),
                () -> assertEquals(index + 1, refusal.location().line(), "line"),
                () -> assertEquals(field, refusal.field(), "field"),
                () -> assertEquals(code, refusal.problemReason().map(Reason::code).orElse("none"), "code"),
                () -> assertTrue(english.contains("record " + index + " (line " + (index + 1) + ")" + named), english),
                () -> assertTrue(catalan.startsWith("Importació rebutjada"), catalan),
                () -> assertTrue(catalan.contains("registre " + index + " (línia " + (index + 1) + ")"), catalan),
                () -> assertTrue(spanish.startsWith("Importación rechazada"), spanish),
                () -> assertTrue(spanish.contains("registro " + index + " (línea " + (index + 1) + ")"), spanish),
                () -> assertNotEquals(catalan, spanish),
                () -> assertNotEquals(spanish, english));
    }
}
