package cat.xarxa.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.Xarxa;
import cat.xarxa.common.ConfigurationException;
import cat.xarxa.spi.FormatProvider;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JacksonModule;

/** The adapter is found on the class path both by Xarxa and by Jackson, with nothing to configure. */
class FormatDiscoveryTest {

    @Test
    void xarxa_finds_json_and_json_lines_for_export_and_import() {
        try (Xarxa xarxa = Networks.inMemory()) {
            assertTrue(xarxa.exportFormats().containsAll(Set.of("json", "jsonl")), xarxa.exportFormats().toString());
            assertTrue(xarxa.importFormats().containsAll(Set.of("json", "jsonl")), xarxa.importFormats().toString());
        }
    }

    @Test
    void an_unknown_export_format_is_refused_listing_those_there_are() {
        try (Xarxa xarxa = Networks.inMemory()) {
            ConfigurationException refusal = assertThrows(ConfigurationException.class,
                    () -> xarxa.export("xml", new ByteArrayOutputStream()));

            assertTrue(refusal.getMessage().contains("No export format is named 'xml'"), refusal.getMessage());
            assertTrue(refusal.getMessage().contains("json, jsonl"), refusal.getMessage());
        }
    }

    @Test
    void an_unknown_import_format_is_refused_listing_those_there_are() {
        try (Xarxa xarxa = Networks.inMemory()) {
            ConfigurationException refusal = assertThrows(ConfigurationException.class,
                    () -> xarxa.importFrom("xml", new ByteArrayInputStream(new byte[0])));

            assertTrue(refusal.getMessage().contains("json, jsonl"), refusal.getMessage());
        }
    }

    @Test
    void one_class_serves_both_service_loaders() {
        List<String> formatProviders = ServiceLoader.load(FormatProvider.class).stream()
                .map(provider -> provider.type().getName()).toList();
        List<String> jacksonModules = ServiceLoader.load(JacksonModule.class).stream()
                .map(provider -> provider.type().getName()).toList();

        assertEquals(List.of(XarxaJson.class.getName()), formatProviders);
        assertEquals(List.of(XarxaJson.class.getName()), jacksonModules);
    }
}
