package cat.xarxa.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cat.xarxa.common.ConcurrentUpdateException;
import cat.xarxa.member.Member;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.MemberKind;
import cat.xarxa.member.MemberStatus;
import cat.xarxa.member.StatusChange;
import cat.xarxa.spi.Storage;
import cat.xarxa.spi.StorageConfig;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Optimistic concurrency on H2 under any sequence of saves, each offering the version it read:
 * the current one, one already overtaken, or one the store never gave.
 */
class OptimisticSavePropertiesTest {

    private static final AtomicInteger BODIES = new AtomicInteger();
    private static Storage storage;

    @BeforeContainer
    static void openStorage() {
        storage = new JdbcStorageProvider().open(new StorageConfig(
                Map.of(JdbcStorageProvider.URL, "jdbc:h2:mem:properties-" + UUID.randomUUID()), Map.of()));
    }

    @AfterContainer
    static void closeStorage() {
        storage.close();
    }

    /**
     * @param versionOffsets for each save, how far the offered version is from the stored one:
     *                       0 is current, below is stale, above was never stored
     */
    @Property(tries = 300)
    void theStoredVersionCountsTheSavesThatWonAndARefusedSaveChangesNothing(
            @ForAll @Size(min = 1, max = 12) List<@IntRange(min = -2, max = 2) Integer> versionOffsets) {
        MemberId id = new MemberId(UUID.randomUUID());
        String officialCode = "P" + BODIES.incrementAndGet();
        long storedVersion = 0;
        Optional<Member> stored = Optional.empty();
        List<Long> wins = new ArrayList<>();

        for (int step = 0; step < versionOffsets.size(); step++) {
            long offered = Math.max(0, storedVersion + versionOffsets.get(step));
            Member attempt = Member.restore(id, MemberKind.OTHER_PUBLIC_BODY, officialCode, "Consorci, save " + step,
                    List.of(new StatusChange(MemberStatus.PENDING, LocalDate.of(2026, 3, 2), "step " + step)), offered);
            if (offered == storedVersion) {
                long saved = storage.transaction(tx -> tx.members().save(attempt));
                wins.add(saved);
                storedVersion = saved;
                stored = Optional.of(attempt.withVersion(saved));
            } else {
                assertThrows(ConcurrentUpdateException.class, () -> storage.transaction(tx -> tx.members().save(attempt)));
            }

            assertEquals(stored, storage.transaction(tx -> tx.members().find(id)));
            assertEquals(wins.size(), storedVersion);
        }
    }
}
