package cat.xarxa.csv;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A person with a distinctive name, email and phone, in every area that can hold a person and in
 * the free text around her: no CSV export, nor its metadata, names her, nor gives her id.
 */
class NoPersonalDataTest {

    private final OpenDataNetwork network = OpenDataNetwork.build();

    @AfterEach
    void close() {
        network.xarxa.close();
    }

    @Test
    void no_csv_export_holds_the_name_email_phone_or_id_of_a_person() {
        List<String> formats = network.xarxa.exportFormats().stream().filter(name -> name.startsWith("csv")).toList();
        assertTrue(formats.size() >= 24, formats.toString());
        List<String> traces = List.of(OpenDataNetwork.PERSON_NAME, "Quintanilla", "Zoraida", OpenDataNetwork.PERSON_EMAIL,
                "zoraida.qf", OpenDataNetwork.PERSON_PHONE, "699 123 457", "699123457", network.zoraida.toString(),
                "Pere Vidal", "Laia Font");
        for (String format : formats) {
            String text = network.export(format).toLowerCase(Locale.ROOT);
            for (String trace : traces) {
                assertFalse(text.contains(trace.toLowerCase(Locale.ROOT)), format + " holds " + trace + ":\n" + text);
            }
        }
    }

    @Test
    void the_person_really_is_in_the_network_where_a_person_can_be() {
        // The scan above means something only if she is there to be found.
        assertTrue(network.export("csv-mentorships").contains("ACTIVE"));
        assertTrue(network.export("csv-good-practices").contains("Masoveria urbana"));
        assertTrue(network.export("csv-events").contains(",HELD,3"));
        assertTrue(network.xarxa.people().find(network.zoraida).isPresent());
    }
}
