package cat.xarxa.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.common.ConfigurationException;
import cat.xarxa.common.Localisation;
import cat.xarxa.common.Reason;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StorageConfigTest {

    private static StorageConfig with(String key, String value) {
        return new StorageConfig(Map.of(key, value), Map.of());
    }

    @Test
    void aFlagIsTrueOrFalseAndATypoIsAnErrorNotANo() {
        assertTrue(with("xarxa.jdbc.migrate", "TRUE").flag("xarxa.jdbc.migrate", false));
        assertFalse(with("xarxa.jdbc.migrate", "false").flag("xarxa.jdbc.migrate", true));
        assertTrue(with("other", "x").flag("xarxa.jdbc.migrate", true));

        ConfigurationException error = assertThrows(ConfigurationException.class,
                () -> with("xarxa.jdbc.migrate", "yes").flag("xarxa.jdbc.migrate", true));
        assertEquals("The setting xarxa.jdbc.migrate = 'yes' is not valid: true / false", error.getMessage());
        assertEquals("El paràmetre xarxa.jdbc.migrate = 'yes' no és vàlid: true / false", error.message(Localisation.CATALAN));
    }

    @Test
    void blankSettingsCountAsUnset() {
        assertEquals("default", with("xarxa.jdbc.url", "  ").get("xarxa.jdbc.url", "default"));
    }

    @Test
    void passwordsAreNeverShown() {
        String shown = new StorageConfig(Map.of("xarxa.jdbc.password", "s3cret", "xarxa.jdbc.url", "jdbc:h2:mem:x"),
                Map.of("xarxa.jdbc.dataSource", new Object())).toString();

        assertFalse(shown.contains("s3cret"), shown);
        assertTrue(shown.contains("xarxa.jdbc.url=jdbc:h2:mem:x"), shown);
    }

    @Test
    void anObjectOfTheWrongTypeIsNamed() {
        StorageConfig config = new StorageConfig(Map.of(), Map.of("xarxa.jdbc.dataSource", "not a pool"));

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> config.object("xarxa.jdbc.dataSource", Runnable.class));
        assertTrue(error.getMessage().startsWith("xarxa.jdbc.dataSource must be a java.lang.Runnable"), error.getMessage());
    }

    @Test
    void anImportProblemKeepsItsStableReason() {
        ImportException error = new ImportException(new RecordLocation(57, 58), "kind",
                Reason.of("import.unknown-value", "TOWN", "MUNICIPALITY, COUNTY_COUNCIL, OTHER_PUBLIC_BODY"), null);

        assertEquals("import.unknown-value", error.problemReason().orElseThrow().code());
        assertEquals("Importació rebutjada, no s'ha importat res: registre 57 (línia 58), camp kind: valor desconegut "
                + "'TOWN'; s'esperava un de MUNICIPALITY, COUNTY_COUNCIL, OTHER_PUBLIC_BODY", error.message(Localisation.CATALAN));
    }
}
