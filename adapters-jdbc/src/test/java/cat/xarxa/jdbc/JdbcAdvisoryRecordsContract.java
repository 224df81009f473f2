package cat.xarxa.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cat.xarxa.advisory.Advisory;
import cat.xarxa.advisory.AdvisoryId;
import cat.xarxa.advisory.AdvisoryPackage;
import cat.xarxa.advisory.AdvisoryProduct;
import cat.xarxa.advisory.AdvisoryRequest;
import cat.xarxa.advisory.AdvisoryStatus;
import cat.xarxa.advisory.EntryCause;
import cat.xarxa.advisory.EntryId;
import cat.xarxa.advisory.EntryKind;
import cat.xarxa.advisory.HourBank;
import cat.xarxa.advisory.LedgerEntry;
import cat.xarxa.advisory.ProductId;
import cat.xarxa.advisory.ProductKind;
import cat.xarxa.advisory.Provider;
import cat.xarxa.advisory.RequestId;
import cat.xarxa.advisory.Session;
import cat.xarxa.advisory.SessionId;
import cat.xarxa.advisory.SessionStatus;
import cat.xarxa.common.ConcurrentUpdateException;
import cat.xarxa.common.Hours;
import cat.xarxa.common.MeetingFormat;
import cat.xarxa.member.Member;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.MemberKind;
import cat.xarxa.member.PersonId;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What a database adds to the advisory part of the storage contract: an advisory's requests,
 * sessions and attendance kept as rows that are replaced whole, read side by side without mixing
 * two advisories' rows, even beyond one fetch; a request that moves between advisories in one unit
 * of work; times that do not move with the time zone; long texts kept whole.
 * {@link JdbcStorageContract} extends it, so it runs on every database the adapter supports.
 */
abstract class JdbcAdvisoryRecordsContract extends JdbcFeeRecordsContract {

    private static final LocalDate JAN = LocalDate.of(2026, 1, 1);
    private static final LocalDate DEC = LocalDate.of(2026, 12, 31);

    private static Member aBody(int number) {
        return Member.requestMembership(new MemberId(UUID.randomUUID()), MemberKind.OTHER_PUBLIC_BODY,
                String.format("P%07dA", number), "Consorci " + number, LocalDate.of(2026, 1, 5)).orElseThrow();
    }

    private static AdvisoryRequest aRequest(Member council, String details) {
        return new AdvisoryRequest(new RequestId(UUID.randomUUID()), council.id(), new PersonId(UUID.randomUUID()),
                "care-policies", details, MeetingFormat.VIRTUAL, AdvisoryPackage.DEFAULT, LocalDate.of(2026, 3, 2));
    }

    private static Session aSession(LocalDateTime start, SessionStatus status, List<MemberId> attendance) {
        return new Session(new SessionId(UUID.randomUUID()), start, start.plusHours(2), MeetingFormat.IN_PERSON, status,
                status == SessionStatus.DELIVERED ? Hours.of(2) : Hours.ZERO, attendance);
    }

    /**
     * An advisory for these councils with, by number, no session or up to three, the delivered
     * ones attended by one council or all of them: what a join would multiply.
     */
    private static Advisory anAdvisory(String period, int number, List<Member> councils) {
        List<AdvisoryRequest> requests = councils.stream().map(council -> aRequest(council, "Petició " + number)).toList();
        List<MemberId> everyone = councils.stream().map(Member::id).toList();
        List<Session> sessions = new ArrayList<>();
        for (int i = 0; i < number % 4; i++) {
            boolean delivered = i < number % 3;
            sessions.add(aSession(LocalDateTime.of(2026, 4, 1 + i, 9 + number % 8, 0),
                    delivered ? SessionStatus.DELIVERED : SessionStatus.PLANNED,
                    !delivered ? List.of() : i % 2 == 0 ? everyone : everyone.subList(0, 1)));
        }
        return new Advisory(new AdvisoryId(UUID.randomUUID()), period, "care-policies", AdvisoryPackage.DEFAULT, requests,
                Provider.SECRETARIAT, null, sessions, sessions.isEmpty() ? AdvisoryStatus.OPEN : AdvisoryStatus.SCHEDULED,
                null, Hours.of(4), Hours.ZERO, 0);
    }

    private static Advisory with(Advisory advisory, List<AdvisoryRequest> requests, List<Session> sessions, long version) {
        return new Advisory(advisory.id(), advisory.period(), advisory.topic(), advisory.pkg(), requests,
                advisory.provider(), advisory.coProvider(), sessions, advisory.status(), advisory.mergedInto(),
                advisory.reserved(), advisory.consumed(), version);
    }

    /** What a stream gives, read to the end, the stream closed. */
    private static <T> List<T> everything(Stream<T> stream) {
        try (stream) {
            return stream.toList();
        }
    }

    @Test
    void everyAdvisoryStreamsOnceWithItsOwnRequestsSessionsAndAttendanceEvenBeyondOneFetch() {
        List<Member> councils = IntStream.range(0, 3).mapToObj(JdbcAdvisoryRecordsContract::aBody).toList();
        List<Advisory> saved = IntStream.range(0, JdbcAdvisories.FETCH_SIZE * 2 + 34)
                .mapToObj(number -> anAdvisory(number % 2 == 0 ? "2026" : "2027", number,
                        councils.subList(0, 1 + number % 3)))
                .toList();
        storage.transaction(tx -> {
            councils.forEach(tx.members()::save);
            saved.forEach(tx.advisories()::save);
            return null;
        });

        List<Advisory> streamed = storage.transaction(tx -> everything(tx.advisories().advisories()));
        List<Advisory> of2027 = storage.transaction(tx -> tx.advisories().advisoriesIn("2027"));

        List<Advisory> expected = saved.stream().map(advisory -> advisory.withVersion(1))
                .sorted(Comparator.comparing(advisory -> advisory.id().toString())).toList();
        assertEquals(expected, streamed);
        assertEquals(expected.stream().filter(advisory -> advisory.period().equals("2027")).toList(), of2027);
    }

    @Test
    void anUpdateReplacesTheRequestsSessionsAndAttendanceWhole() {
        List<Member> councils = IntStream.range(0, 3).mapToObj(JdbcAdvisoryRecordsContract::aBody).toList();
        Advisory advisory = anAdvisory("2026", 3 + 4 * 2, councils);
        storage.transaction(tx -> {
            councils.forEach(tx.members()::save);
            return tx.advisories().save(advisory);
        });
        // Fewer requests, the first session attended by another council, the others gone.
        Session first = advisory.sessions().get(0);
        Advisory fewer = with(advisory, advisory.requests().subList(1, 3), List.of(new Session(first.id(), first.start(),
                first.end(), first.format(), first.status(), first.delivered(), List.of(councils.get(2).id()))), 1);
        Advisory none = with(advisory, advisory.requests().subList(2, 3), List.of(), 2);

        storage.transaction(tx -> tx.advisories().save(fewer));
        Optional<Advisory> afterFewer = storage.transaction(tx -> tx.advisories().advisory(advisory.id()));
        storage.transaction(tx -> tx.advisories().save(none));
        Optional<Advisory> afterNone = storage.transaction(tx -> tx.advisories().advisory(advisory.id()));

        assertEquals(3, advisory.sessions().size());
        assertEquals(Optional.of(fewer.withVersion(2)), afterFewer);
        assertEquals(Optional.of(none.withVersion(3)), afterNone);
    }

    /** As unmerging does: the joint advisory loses the request first, a new one gains it after. */
    @Test
    void aRequestTakenOutOfAJointAdvisoryMovesToANewOneInOneUnitOfWork() {
        Member sabadell = aPendingMember(SABADELL, "Sabadell");
        Member manlleu = aPendingMember(MANLLEU, "Manlleu");
        Advisory joint = anAdvisory("2026", 0, List.of(sabadell, manlleu));
        storage.transaction(tx -> tx.members().save(sabadell) + tx.members().save(manlleu) + tx.advisories().save(joint));
        AdvisoryRequest taken = joint.requests().get(1);
        Advisory rest = with(joint, joint.requests().subList(0, 1), List.of(), 1);
        Advisory own = Advisory.forRequest(new AdvisoryId(UUID.randomUUID()), "2026", taken);

        storage.transaction(tx -> tx.advisories().save(rest) + tx.advisories().save(own));

        assertEquals(List.of(rest.withVersion(2), own.withVersion(1))
                        .stream().sorted(Comparator.comparing(advisory -> advisory.id().toString())).toList(),
                storage.transaction(tx -> tx.advisories().advisoriesIn("2026")));
    }

    @Test
    void aSecondAdvisoryWithTheSameIdIsAConflict() {
        Member sabadell = aPendingMember(SABADELL, "Sabadell");
        Advisory advisory = anAdvisory("2026", 1, List.of(sabadell));
        storage.transaction(tx -> tx.members().save(sabadell) + tx.advisories().save(advisory));

        assertThrows(ConcurrentUpdateException.class, () -> storage.transaction(tx -> tx.advisories().save(advisory)));
        assertThrows(ConcurrentUpdateException.class, () -> storage.transaction(tx ->
                tx.advisories().save(HourBank.empty("2026", JAN, DEC)) + tx.advisories().save(HourBank.empty("2026", JAN, DEC))));
    }

    /**
     * The hour that does not exist in Madrid when the clocks go forward, and the one that happens
     * twice when they go back: a session's times are wall-clock times and read back as given,
     * whatever the JVM's or the server's zone.
     */
    @Test
    void sessionTimesReadBackAsGivenAcrossChangesOfTheClock() {
        Member sabadell = aPendingMember(SABADELL, "Sabadell");
        Advisory base = anAdvisory("2026", 0, List.of(sabadell));
        Advisory advisory = with(base, base.requests(),
                List.of(aSession(LocalDateTime.of(2026, 3, 29, 2, 30), SessionStatus.PLANNED, List.of()),
                        aSession(LocalDateTime.of(2026, 10, 25, 2, 30, 15, 123_456_000), SessionStatus.DELIVERED,
                                List.of(sabadell.id()))), 0);
        storage.transaction(tx -> tx.members().save(sabadell) + tx.advisories().save(advisory));

        assertEquals(Optional.of(advisory.withVersion(1)), storage.transaction(tx -> tx.advisories().advisory(advisory.id())));
    }

    @Test
    void longTextsAreKeptWhole() {
        Member sabadell = aPendingMember(SABADELL, "Sabadell");
        String details = ("Línia amb «cometes» i accents: àèéíòóúç·l\n").repeat(50).substring(0, 1_997) + "  \n";
        AdvisoryRequest request = new AdvisoryRequest(new RequestId(UUID.randomUUID()), sabadell.id(),
                new PersonId(UUID.randomUUID()), "t".repeat(60), details, MeetingFormat.HYBRID, new AdvisoryPackage(Hours.of(6, 30), 3),
                LocalDate.of(2026, 3, 2));
        Advisory advisory = Advisory.forRequest(new AdvisoryId(UUID.randomUUID()), "P".repeat(20), request);
        LedgerEntry entry = new LedgerEntry(new EntryId(UUID.randomUUID()), "P".repeat(20), EntryKind.RESERVATION,
                EntryCause.SESSION_CANCELLED, Hours.ofMinutes(999_999_999L * 60), LocalDate.of(2026, 3, 2), "a".repeat(500),
                "r".repeat(199) + "·", advisory.id(), null);
        AdvisoryProduct product = new AdvisoryProduct(new ProductId(UUID.randomUUID()), advisory.id(), "t".repeat(60),
                ProductKind.SOLUTIONS, "Títol ".repeat(40).substring(0, 200), details, "https://xarxa.cat/" + "d".repeat(482),
                true, 0);

        storage.transaction(tx -> {
            tx.members().save(sabadell);
            tx.advisories().save(HourBank.empty("P".repeat(20), JAN, DEC));
            tx.advisories().add(entry);
            return tx.advisories().save(advisory) + tx.advisories().save(product);
        });

        assertEquals(2_000, details.length());
        assertEquals(Optional.of(advisory.withVersion(1)), storage.transaction(tx -> tx.advisories().advisory(advisory.id())));
        assertEquals(List.of(entry), storage.transaction(tx -> tx.advisories().ledger("P".repeat(20))));
        assertEquals(Optional.of(product.withVersion(1)), storage.transaction(tx -> tx.advisories().product(product.id())));
    }
}
