package cat.xarxa.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.Xarxa;
import cat.xarxa.common.ConfigurationException;
import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which store Xarxa picks with the real class path: this adapter, unless told otherwise or left out. */
class ProviderSelectionTest {

    private static String anH2Url() {
        return "jdbc:h2:mem:selection-" + UUID.randomUUID();
    }

    @Test
    void withoutXarxaStorageTheJdbcAdapterIsChosen() {
        try (Xarxa xarxa = Xarxa.open(Map.of(JdbcStorageProvider.URL, anH2Url()))) {
            assertEquals("jdbc", xarxa.storageName());
        }
    }

    @Test
    void anUnknownStorageNameIsRefusedListingTheStoresThereAre() {
        ConfigurationException refused = assertThrows(ConfigurationException.class,
                () -> Xarxa.open(Map.of(Xarxa.STORAGE, "nosuch")));

        assertTrue(refused.getMessage().contains("jdbc, memory"), refused.getMessage());
    }

    @Test
    void withoutTheAdapterOnTheClassPathTheErrorNamesItsArtifact() {
        ClassLoader withoutAdapter = new WithoutJdbcAdapter(getClass().getClassLoader());

        ConfigurationException refused = assertThrows(ConfigurationException.class, () -> Xarxa.builder()
                .classLoader(withoutAdapter).setting(JdbcStorageProvider.URL, anH2Url()).build());

        assertTrue(refused.getMessage().contains("cat.xarxa:xarxa-adapters-jdbc"), refused.getMessage());
    }

    /** The class path as it would be without this adapter: its storage provider registration is hidden. */
    private static final class WithoutJdbcAdapter extends ClassLoader {

        private static final String REGISTRATION = "META-INF/services/cat.xarxa.spi.StorageProvider";
        private final String adapterLocation =
                JdbcStorageProvider.class.getProtectionDomain().getCodeSource().getLocation().getPath();

        WithoutJdbcAdapter(ClassLoader parent) {
            super(parent);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            Enumeration<URL> found = super.getResources(name);
            if (!name.equals(REGISTRATION)) {
                return found;
            }
            List<URL> others = Collections.list(found).stream()
                    .filter(url -> !url.toString().contains(adapterLocation)).toList();
            return Collections.enumeration(others);
        }
    }
}
