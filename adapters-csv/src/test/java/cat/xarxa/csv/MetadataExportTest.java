package cat.xarxa.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import cat.xarxa.common.Localisation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every CSV data set's metadata names its columns as its header does, in the same language. */
class MetadataExportTest {

    private static final JsonMapper JSON = new JsonMapper();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "ca", "es"})
    void the_metadata_columns_are_the_csv_header_in_the_same_language(String language) {
        Locale locale = Locale.forLanguageTag(language);
        OpenDataNetwork network = OpenDataNetwork.build(XarxaCsv.formats(locale, true)
                .licence("CC0 1.0", "https://creativecommons.org/publicdomain/zero/1.0/")
                .publisher("Xarxa de Municipis per l'ESS"));
        try {
            List<String> sets = network.xarxa.exportFormats().stream()
                    .filter(name -> name.startsWith("csv") && !name.endsWith("-metadata")).toList();
            assertEquals(12, sets.size(), sets.toString());
            for (String set : sets) {
                JsonNode metadata = JSON.readTree(network.export(set + "-metadata"));
                String header = network.export(set).substring(1).lines().findFirst().orElseThrow();
                List<String> names = new ArrayList<>();
                for (JsonNode column : metadata.get("columns")) {
                    names.add(column.get("name").asString());
                    assertFalse(column.get("title").asString().isBlank(), set);
                    assertFalse(column.get("title").asString().startsWith("column."), "a title is missing in " + set);
                    assertFalse(column.get("datatype").asString().isBlank(), set);
                }
                assertEquals(header, String.join(",", names), set);
                assertEquals(set, metadata.get("identifier").asString());
                assertFalse(metadata.get("title").asString().startsWith("dataset."), "a title is missing for " + set);
                assertFalse(metadata.get("description").asString().startsWith("dataset."), set);
                assertEquals(language, metadata.get("language").asString());
                assertEquals("2026-09-30", metadata.get("issued").asString());
                assertEquals("2026-09-30", metadata.get("modified").asString());
                assertEquals("CC0 1.0", metadata.get("license").get("name").asString());
                assertEquals("Xarxa de Municipis per l'ESS", metadata.get("publisher").get("name").asString());
                assertEquals(true, metadata.get("distribution").get("byteOrderMark").asBoolean());
            }
        } finally {
            network.xarxa.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"csv-events", "csv-advisories"})
    void the_default_metadata_is_english_cc_by_and_xarxa(String set) {
        OpenDataNetwork network = OpenDataNetwork.build();
        try {
            JsonNode metadata = JSON.readTree(network.export(set + "-metadata"));
            assertEquals("en", metadata.get("language").asString());
            assertEquals("CC BY 4.0", metadata.get("license").get("name").asString());
            assertEquals("https://creativecommons.org/licenses/by/4.0/", metadata.get("license").get("url").asString());
            assertEquals("Xarxa", metadata.get("publisher").get("name").asString());
            assertEquals(false, metadata.get("distribution").get("byteOrderMark").asBoolean());
            assertEquals(Localisation.ENGLISH.getLanguage(), metadata.get("language").asString());
        } finally {
            network.xarxa.close();
        }
    }

    @org.junit.jupiter.api.Test
    void hours_columns_say_their_format() {
        OpenDataNetwork network = OpenDataNetwork.build();
        try {
            JsonNode columns = JSON.readTree(network.export("csv-advisories-metadata")).get("columns");
            assertEquals("hours_reserved", columns.get(5).get("name").asString());
            assertEquals("h:mm", columns.get(5).get("format").asString());
            assertEquals("integer", columns.get(3).get("datatype").asString());
        } finally {
            network.xarxa.close();
        }
    }
}
