package cat.xarxa.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.spi.ExportFormat;
import cat.xarxa.spi.FormatProvider;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** The adapter is found on the class path with nothing to configure. */
class IcsDiscoveryTest {

    @Test
    void the_service_loader_finds_a_provider_of_ics_for_export_only() {
        List<FormatProvider> providers = ServiceLoader.load(FormatProvider.class).stream()
                .map(ServiceLoader.Provider::get).toList();

        FormatProvider ical = providers.stream()
                .filter(p -> p.exportFormats().stream().map(ExportFormat::name).anyMatch("ics"::equals))
                .findFirst().orElseThrow(() -> new AssertionError("no provider of ics in " + providers));
        assertTrue(ical instanceof IcalFormatProvider, ical.getClass().getName());
        assertEquals(List.of("ics"), ical.exportFormats().stream().map(ExportFormat::name).toList());
        assertEquals(List.of(), ical.importFormats());
    }
}
