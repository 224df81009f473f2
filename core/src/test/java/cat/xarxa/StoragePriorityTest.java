package cat.xarxa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.memory.MemoryStorageProvider;
import cat.xarxa.spi.Storage;
import cat.xarxa.spi.StorageConfig;
import cat.xarxa.spi.StorageProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Exactly one storage wins when none is named: the highest priority that is not explicit-only. */
class StoragePriorityTest {

    private final List<LogRecord> logged = new ArrayList<>();
    private final Logger storageLog = Logger.getLogger("cat.xarxa.storage");
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        storageLog.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        storageLog.removeHandler(capture);
    }

    private static String chosenAmong(Class<?>... providers) {
        ClassLoader loader = new ServicesOverride("cat.xarxa.spi.StorageProvider",
                Stream.of(providers).map(Class::getName).collect(Collectors.joining("\n")));
        try (Xarxa xarxa = Xarxa.builder().classLoader(loader).build()) {
            return xarxa.storageName();
        }
    }

    @Test
    void theHighestPriorityWins() {
        assertEquals("high", chosenAmong(Low.class, High.class));
        assertEquals("high", chosenAmong(High.class, Low.class));
    }

    @Test
    void anExplicitOnlyStoreNeverWinsByPriority() {
        assertEquals("low", chosenAmong(Low.class, ExplicitOnly.class));
    }

    @Test
    void equalPrioritiesGiveTheFirstByNameAndAWarningThatListsThem() {
        assertEquals("high", chosenAmong(HighToo.class, High.class));
        assertEquals("high", chosenAmong(High.class, HighToo.class));

        List<String> warnings = logged.stream().filter(r -> r.getLevel() == Level.WARNING)
                .map(r -> java.text.MessageFormat.format(r.getMessage(), r.getParameters())).toList();
        assertEquals(2, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("high, high-too"), warnings.get(0));
    }

    @Test
    void aProviderThatFailsToAnswerIsSkipped() {
        assertEquals("low", chosenAmong(Broken.class, Low.class));
    }

    @Test
    void theChoiceIsLogged() {
        chosenAmong(Low.class, High.class);

        assertTrue(logged.stream().anyMatch(r -> r.getLevel() == Level.INFO && r.getParameters() != null
                && "high".equals(r.getParameters()[0])), logged.toString());
    }

    /** A store for these tests: in memory underneath, under its own name and priority. */
    public abstract static class Fake implements StorageProvider {
        @Override
        public Storage open(StorageConfig config) {
            Storage memory = new MemoryStorageProvider().open(config);
            String name = name();
            return new Storage() {
                @Override
                public String name() {
                    return name;
                }

                @Override
                public <T> T transaction(java.util.function.Function<cat.xarxa.spi.Transaction, T> work) {
                    return memory.transaction(work);
                }

                @Override
                public void close() {
                    memory.close();
                }
            };
        }
    }

    /** Priority 10. */
    public static final class High extends Fake {
        @Override
        public String name() {
            return "high";
        }

        @Override
        public int priority() {
            return 10;
        }
    }

    /** Priority 10 as well. */
    public static final class HighToo extends Fake {
        @Override
        public String name() {
            return "high-too";
        }

        @Override
        public int priority() {
            return 10;
        }
    }

    /** Priority 5. */
    public static final class Low extends Fake {
        @Override
        public String name() {
            return "low";
        }

        @Override
        public int priority() {
            return 5;
        }
    }

    /** The highest priority, but used only when named. */
    public static final class ExplicitOnly extends Fake {
        @Override
        public String name() {
            return "explicit";
        }

        @Override
        public int priority() {
            return 1000;
        }

        @Override
        public boolean explicitOnly() {
            return true;
        }
    }

    /** Cannot even say its name (e.g. a class it needs is missing). */
    public static final class Broken extends Fake {
        @Override
        public String name() {
            throw new NoClassDefFoundError("org/example/Missing");
        }

        @Override
        public int priority() {
            return 99;
        }
    }
}
