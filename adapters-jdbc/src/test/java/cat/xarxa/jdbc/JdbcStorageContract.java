package cat.xarxa.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cat.xarxa.common.ConcurrentUpdateException;
import cat.xarxa.common.JournalEntry;
import cat.xarxa.common.StorageException;
import cat.xarxa.member.Member;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.MemberKind;
import cat.xarxa.member.MemberStatus;
import cat.xarxa.member.Members;
import cat.xarxa.member.StatusChange;
import cat.xarxa.spi.contract.StorageContract;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The storage contract, and what a database adds to it: times that must not move with the time
 * zone, text compared exactly, result sets streamed in pieces, connections that go back to a
 * pool. Run on every database the adapter supports.
 */
abstract class JdbcStorageContract extends StorageContract {

    private static Member aMember(MemberKind kind, String officialCode, String name) {
        return Member.restore(new MemberId(UUID.randomUUID()), kind, officialCode, name,
                List.of(new StatusChange(MemberStatus.PENDING, LocalDate.of(2026, 3, 2), "")), 0);
    }

    /**
     * The tests run in a zone with summer time (see the build), so a driver that read the
     * UTC wall-clock time as local time would move these: the first falls in the hour Madrid
     * skips in spring, the second in the hour it lives twice in autumn.
     */
    @ParameterizedTest
    @ValueSource(strings = {"2026-03-29T02:30:00.000001Z", "2026-10-25T02:30:00.999999Z",
            "1969-12-31T23:59:59.999999Z", "2099-12-31T23:59:59.999999Z", "2026-07-01T00:00:00Z"})
    void journalTimesReadBackToTheMicrosecond(String recordedAt) {
        JournalEntry entry = new JournalEntry(0, Member.AGGREGATE_TYPE, "time-test", 1, "TimeChecked",
                Map.of(), Instant.parse(recordedAt), "system");

        storage.transaction(tx -> tx.journal().append(List.of(entry)));

        List<JournalEntry> read = storage.transaction(tx -> tx.journal().entriesFor(Member.AGGREGATE_TYPE, "time-test"));
        assertEquals(List.of(Instant.parse(recordedAt)), read.stream().map(JournalEntry::recordedAt).toList());
    }

    @Test
    void everyMemberStreamsOnceInIdOrderEvenBeyondOneFetch() {
        List<Member> saved = IntStream.range(0, JdbcMembers.FETCH_SIZE * 2 + 34)
                .mapToObj(i -> aMember(MemberKind.OTHER_PUBLIC_BODY, "P" + i, "Consorci " + i)).toList();
        storage.transaction(tx -> {
            saved.forEach(tx.members()::save);
            return null;
        });

        List<MemberId> streamed = storage.transaction(tx -> {
            try (Stream<Member> all = tx.members().all()) {
                return all.map(Member::id).toList();
            }
        });

        assertEquals(saved.stream().map(Member::id).sorted(Comparator.comparing(MemberId::toString)).toList(), streamed);
    }

    @Test
    void namesAndCodesKeepEveryCharacterAndCase() {
        Member lower = aMember(MemberKind.OTHER_PUBLIC_BODY, "p0800001a", "Consorci de l'Òdena «Anoia» 🌳");
        Member upper = aMember(MemberKind.OTHER_PUBLIC_BODY, "P0800001A", "Consorci del Bages");
        storage.transaction(tx -> tx.members().save(lower) + tx.members().save(upper));

        assertEquals(Optional.of(lower.withVersion(1)), storage.transaction(tx ->
                tx.members().findByOfficialCode(MemberKind.OTHER_PUBLIC_BODY, "p0800001a")));
        assertEquals(Optional.of(upper.withVersion(1)), storage.transaction(tx ->
                tx.members().findByOfficialCode(MemberKind.OTHER_PUBLIC_BODY, "P0800001A")));
        assertEquals(Optional.empty(), storage.transaction(tx ->
                tx.members().findByOfficialCode(MemberKind.OTHER_PUBLIC_BODY, "P0800001A ")));
    }

    /**
     * Threads that each read the member and save it back, retrying when overtaken: every save
     * that succeeded moved the version on by exactly one, so no update was lost.
     */
    @Test
    void concurrentSavesOfOneMemberNeverLoseAnUpdate() throws Exception {
        Member member = aPendingMember(SABADELL, "Sabadell");
        storage.transaction(tx -> tx.members().save(member));
        int threads = 4;
        int savesEach = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int thread = 0; thread < threads; thread++) {
                running.add(pool.submit(() -> saveAgainAndAgain(member.id(), savesEach)));
            }
            for (Future<?> each : running) {
                each.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        Member read = storage.transaction(tx -> tx.members().find(member.id())).orElseThrow();
        assertEquals(1 + threads * savesEach, read.version());
    }

    /** Saves the member as read, until that has worked this many times. */
    private void saveAgainAndAgain(MemberId id, int times) {
        int done = 0;
        while (done < times) {
            try {
                storage.transaction(tx -> tx.members().save(tx.members().find(id).orElseThrow()));
                done++;
            } catch (ConcurrentUpdateException overtaken) {
                // Another thread saved first: read again and retry, as the exception asks.
            }
        }
    }

    @Test
    void portsRefuseToWorkAfterTheirUnitOfWork() {
        Members kept = storage.transaction(tx -> tx.members());

        assertThrows(IllegalStateException.class, kept::count);
    }

    @Test
    void aStreamLeftOpenEndsWithItsUnitOfWork() {
        storage.transaction(tx -> tx.members().save(aPendingMember(SABADELL, "Sabadell")));

        Stream<Member> leftOpen = storage.transaction(tx -> tx.members().all());

        assertThrows(StorageException.class, leftOpen::count);
    }

    @Test
    void aFailedUnitOfWorkLeavesTheStoreUsable() {
        for (int attempt = 0; attempt < 20; attempt++) {
            assertThrows(IllegalStateException.class, () -> storage.transaction(tx -> {
                tx.members().count();
                throw new IllegalStateException("the command failed");
            }));
        }

        assertEquals(1L, (long) storage.transaction(tx -> tx.members().save(aPendingMember(SABADELL, "Sabadell"))));
    }
}
