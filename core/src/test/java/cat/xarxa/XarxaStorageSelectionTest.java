package cat.xarxa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.common.ConfigurationException;
import cat.xarxa.common.Localisation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** How the one storage is chosen, and what is said when it cannot be. */
class XarxaStorageSelectionTest {

    @Test
    void theInMemoryStoreIsNeverChosenUnlessNamed() {
        ConfigurationException error = assertThrows(ConfigurationException.class, () -> Xarxa.open(Map.of()));

        assertEquals("config.no-storage-provider", error.reason().code());
        assertTrue(error.getMessage().contains("cat.xarxa:xarxa-adapters-jdbc"), error.getMessage());
        assertTrue(error.getMessage().contains("xarxa.storage=memory"), error.getMessage());
        assertTrue(error.message(Localisation.CATALAN).startsWith("No s'ha trobat cap proveïdor"), error.message(Localisation.CATALAN));
    }

    @Test
    void theInMemoryStoreIsUsedWhenNamed() {
        try (Xarxa xarxa = Xarxa.open(Map.of(Xarxa.STORAGE, "memory"))) {
            assertEquals("memory", xarxa.storageName());
        }
    }

    @Test
    void propertiesWorkAsMapsDo() {
        Properties properties = new Properties();
        properties.setProperty("xarxa.storage", "memory");
        try (Xarxa xarxa = Xarxa.open(properties)) {
            assertEquals("memory", xarxa.storageName());
        }
    }

    @Test
    void anUnknownStorageNameListsTheOnesThatAreThere() {
        ConfigurationException error = assertThrows(ConfigurationException.class,
                () -> Xarxa.open(Map.of(Xarxa.STORAGE, "mongodb")));

        assertEquals("No storage provider is named 'mongodb'. Available: memory. For JDBC storage add cat.xarxa:xarxa-adapters-jdbc.",
                error.getMessage());
    }

    @Test
    void aProviderThatFailsToLoadDoesNotStopTheOthers() {
        ClassLoader withBrokenProvider = new ServicesOverride(
                "cat.xarxa.example.MissingProvider\ncat.xarxa.memory.MemoryStorageProvider\n");

        try (Xarxa xarxa = Xarxa.builder().classLoader(withBrokenProvider).setting(Xarxa.STORAGE, "memory").build()) {
            assertEquals("memory", xarxa.storageName());
        }
        ConfigurationException error = assertThrows(ConfigurationException.class,
                () -> Xarxa.builder().classLoader(withBrokenProvider).build());
        assertTrue(error.getMessage().contains("cat.xarxa.example.MissingProvider"), error.getMessage());
    }

    @Test
    void anUnknownFormatListsTheOnesThatAreThere() {
        try (Xarxa xarxa = Xarxa.open(Map.of(Xarxa.STORAGE, "memory"))) {
            ConfigurationException error = assertThrows(ConfigurationException.class,
                    () -> xarxa.export("xml", new ByteArrayOutputStream()));
            assertEquals("config.unknown-export-format", error.reason().code());
            assertTrue(error.getMessage().contains("cat.xarxa:xarxa-adapters-json"), error.getMessage());
            assertThrows(ConfigurationException.class,
                    () -> xarxa.importFrom("xml", new ByteArrayInputStream(new byte[0])));
        }
    }

    /** Serves its own list of storage providers in place of those on the class path. */
    private static final class ServicesOverride extends ClassLoader {
        private static final String SERVICES = "META-INF/services/cat.xarxa.spi.StorageProvider";
        private final byte[] content;

        ServicesOverride(String providers) {
            super(XarxaStorageSelectionTest.class.getClassLoader());
            this.content = providers.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            if (!name.equals(SERVICES)) {
                return super.getResources(name);
            }
            URL url = new URL(null, "override:" + SERVICES, new URLStreamHandler() {
                @Override
                protected URLConnection openConnection(URL u) {
                    return new URLConnection(u) {
                        @Override
                        public void connect() {
                        }

                        @Override
                        public InputStream getInputStream() {
                            return new ByteArrayInputStream(content);
                        }
                    };
                }
            });
            return Collections.enumeration(List.of(url));
        }
    }
}
