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

        assertEquals("No storage provider is named 'mongodb'. Available: memory. For JDBC storage add cat.xarxa:xarxa-adapters-jdbc."
                + " Providers that failed to load: -",
                error.getMessage());
    }

    @Test
    void aProviderThatFailsToLoadDoesNotStopTheOthers() {
        ClassLoader withBrokenProvider = new ServicesOverride("cat.xarxa.spi.StorageProvider",
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

    @Test
    void listenersRegisteredWithServiceLoaderHearCommittedEvents() {
        HeardEvents.TYPES.clear();
        ClassLoader withListener = new ServicesOverride("cat.xarxa.spi.EventListener",
                "cat.xarxa.example.MissingListener\n" + HeardEvents.class.getName() + "\n");

        try (Xarxa xarxa = Xarxa.builder().classLoader(withListener).setting(Xarxa.STORAGE, "memory").build()) {
            xarxa.members().apply(new cat.xarxa.member.ApplyForMembership("081878", null, java.time.LocalDate.of(2026, 3, 2)));
        }

        assertEquals(List.of("MembershipRequested"), HeardEvents.TYPES);
    }

    @Test
    void xarxaPropertiesOnTheClassPathConfigureOpen(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) throws Exception {
        java.nio.file.Files.writeString(folder.resolve(Xarxa.PROPERTIES_FILE), "xarxa.storage = memory\n");
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        try (java.net.URLClassLoader portal = new java.net.URLClassLoader(new URL[] {folder.toUri().toURL()}, before)) {
            thread.setContextClassLoader(portal);
            try (Xarxa xarxa = Xarxa.open()) {
                assertEquals("memory", xarxa.storageName());
            }
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    /** A listener found by ServiceLoader. */
    public static final class HeardEvents implements cat.xarxa.spi.EventListener {
        static final List<String> TYPES = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public void onEvent(cat.xarxa.common.DomainEvent event, cat.xarxa.common.JournalEntry entry) {
            TYPES.add(entry.eventType());
        }
    }
}
