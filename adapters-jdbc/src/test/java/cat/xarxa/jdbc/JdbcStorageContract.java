package cat.xarxa.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cat.xarxa.common.StorageException;
import cat.xarxa.member.Member;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.MemberKind;
import cat.xarxa.member.MemberStatus;
import cat.xarxa.member.Members;
import cat.xarxa.member.StatusChange;
import cat.xarxa.spi.contract.StorageContract;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

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
