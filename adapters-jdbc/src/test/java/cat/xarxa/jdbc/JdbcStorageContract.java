package cat.xarxa.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cat.xarxa.common.StorageException;
import cat.xarxa.member.Member;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.MemberKind;
import cat.xarxa.member.MemberStatus;
import cat.xarxa.member.Members;
import cat.xarxa.member.Population;
import cat.xarxa.member.StatusChange;
import cat.xarxa.spi.contract.StorageContract;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
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

    private static final LocalDate APPLIED_ON = LocalDate.of(2026, 3, 2);

    private static Member aMember(MemberKind kind, String officialCode, String name) {
        return Member.restore(new MemberId(UUID.randomUUID()), kind, officialCode, name,
                List.of(new StatusChange(MemberStatus.APPLIED, APPLIED_ON, "")), 0);
    }

    /**
     * A public body whose rows a join of steps and figures would multiply: by its number, one or
     * two steps, and no figure, one or three.
     */
    private static Member aBodyWithFigures(MemberKind kind, int number) {
        List<StatusChange> history = new ArrayList<>(List.of(new StatusChange(MemberStatus.APPLIED, APPLIED_ON, "")));
        if (number % 2 == 1) {
            history.add(new StatusChange(MemberStatus.MEMBER, LocalDate.of(2026, 4, 20), "AG 2026-04"));
        }
        int figures = List.of(0, 1, 3).get(number % 3);
        List<Population> population = IntStream.range(0, figures)
                .mapToObj(back -> new Population(2025 - back, 1_000L * number + back, "INE, padró 1/1/" + (2025 - back)))
                .toList();
        return Member.restore(new MemberId(UUID.randomUUID()), kind, "P" + number, "Consorci " + number,
                history, population, 0);
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
    void everyMemberStreamsWithItsOwnStepsAndFiguresEvenBeyondOneFetch() {
        List<Member> saved = IntStream.range(0, JdbcMembers.FETCH_SIZE * 2 + 34)
                .mapToObj(number -> aBodyWithFigures(MemberKind.OTHER_PUBLIC_BODY, number)).toList();
        storage.transaction(tx -> {
            saved.forEach(tx.members()::save);
            return null;
        });

        List<Member> streamed = storage.transaction(tx -> {
            try (Stream<Member> all = tx.members().all()) {
                return all.toList();
            }
        });

        assertEquals(saved.stream().map(member -> member.withVersion(1))
                .sorted(Comparator.comparing(member -> member.id().toString())).toList(), streamed);
        assertEquals(saved.stream().mapToInt(member -> member.population().size()).sum(),
                streamed.stream().mapToInt(member -> member.population().size()).sum());
    }

    @Test
    void aMemberFoundByItsOfficialCodeComesWithItsOwnFiguresOnly() {
        Member consortium = aBodyWithFigures(MemberKind.OTHER_PUBLIC_BODY, 2);
        // The same code under another kind: its figures must not join the consortium's.
        Member namesake = aBodyWithFigures(MemberKind.COUNTY_COUNCIL, 2);
        Member neighbour = aBodyWithFigures(MemberKind.OTHER_PUBLIC_BODY, 1);
        storage.transaction(tx -> tx.members().save(consortium) + tx.members().save(namesake) + tx.members().save(neighbour));

        assertEquals(Optional.of(consortium.withVersion(1)), storage.transaction(tx ->
                tx.members().findByOfficialCode(MemberKind.OTHER_PUBLIC_BODY, "P2")));
        assertEquals(Optional.of(namesake.withVersion(1)), storage.transaction(tx ->
                tx.members().findByOfficialCode(MemberKind.COUNTY_COUNCIL, "P2")));
        assertEquals(3, consortium.population().size());
    }

    @Test
    void anUpdateReplacesThePopulationFiguresWhole() {
        Member member = aBodyWithFigures(MemberKind.OTHER_PUBLIC_BODY, 5);
        storage.transaction(tx -> tx.members().save(member));
        // As an import may restore it: one figure corrected, the two others gone.
        Member fewer = Member.restore(member.id(), member.kind(), member.officialCode(), member.name(), member.history(),
                List.of(new Population(2025, 5_001, "INE, padró 1/1/2025 (revisat)")), 1);
        Member none = Member.restore(member.id(), member.kind(), member.officialCode(), member.name(), member.history(),
                List.of(), 2);

        storage.transaction(tx -> tx.members().save(fewer));
        Optional<Member> afterCorrection = storage.transaction(tx -> tx.members().find(member.id()));
        storage.transaction(tx -> tx.members().save(none));
        Optional<Member> afterRemoval = storage.transaction(tx -> tx.members().find(member.id()));

        assertEquals(3, member.population().size());
        assertEquals(Optional.of(fewer.withVersion(2)), afterCorrection);
        assertEquals(Optional.of(none.withVersion(3)), afterRemoval);
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
