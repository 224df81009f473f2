package cat.xarxa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.common.Decision;
import cat.xarxa.common.DomainEvent;
import cat.xarxa.common.IneCode;
import cat.xarxa.common.InvalidCommandException;
import cat.xarxa.common.JournalEntry;
import cat.xarxa.common.Localisation;
import cat.xarxa.common.RejectedException;
import cat.xarxa.member.AdmitMember;
import cat.xarxa.member.ApplyForMembership;
import cat.xarxa.member.Member;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.MemberStatus;
import cat.xarxa.member.WithdrawMember;
import cat.xarxa.memory.MemoryStorageProvider;
import cat.xarxa.spi.Storage;
import cat.xarxa.spi.StorageConfig;
import cat.xarxa.spi.Transaction;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Members through the facade, on the in-memory store. */
class XarxaMembershipTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:30:00Z");
    private static final LocalDate REQUESTED = LocalDate.of(2026, 3, 2);
    private static final LocalDate ASSEMBLY = LocalDate.of(2026, 4, 20);

    private final List<String> heard = new ArrayList<>();
    private final AtomicLong nextId = new AtomicLong();
    private final Xarxa xarxa = Xarxa.builder()
            .setting(Xarxa.STORAGE, "memory")
            .clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .ids(() -> new UUID(0, nextId.incrementAndGet()))
            .actor(() -> "secretaria")
            .listener((event, entry) -> heard.add(entry.eventType() + "#" + entry.sequence()))
            .build();

    @AfterEach
    void close() {
        xarxa.close();
    }

    private MemberId aPendingTownCouncil(String ineCode) {
        return xarxa.members().apply(new ApplyForMembership(IneCode.parse(ineCode), REQUESTED)).orElseThrow();
    }

    @Test
    void aTownCouncilThatAppliesHasAppliedUnderItsOfficialName() {
        MemberId id = aPendingTownCouncil("081878");

        Member member = xarxa.members().find(id).orElseThrow();
        assertEquals(new MemberId(new UUID(0, 1)), id);
        assertEquals("Sabadell", member.name());
        assertEquals(MemberStatus.APPLIED, member.status());
        assertEquals(1, member.version());
    }

    @Test
    void aGivenNameIsKept() {
        MemberId id = xarxa.members().apply(new ApplyForMembership("082515", " Santa Margarida i els Monjos ", REQUESTED))
                .orElseThrow();

        assertEquals("Santa Margarida i els Monjos", xarxa.members().find(id).orElseThrow().name());
    }

    @Test
    void theSameCouncilCannotApplyTwice() {
        aPendingTownCouncil("081878");

        Decision<MemberId> again = xarxa.members().apply(new ApplyForMembership(IneCode.parse("081878"), REQUESTED));

        assertTrue(again.isRejected());
        assertEquals("member.already-registered", again.reasons().get(0).code());
        assertEquals(List.of("El codi oficial 081878 ja està registrat (Sabadell, sol·licitant)."),
                again.reasons(Localisation.CATALAN));
        assertEquals(1, xarxa.members().count());
    }

    @Test
    void anAssemblyAdmitsAPendingMemberAndTheJournalTellsWhoAndWhen() {
        MemberId id = aPendingTownCouncil("081120");

        Member admitted = xarxa.members().admit(new AdmitMember(id, ASSEMBLY, "AG 2026-04")).orElseThrow();

        assertEquals(MemberStatus.MEMBER, admitted.status());
        assertEquals(2, admitted.version());
        List<JournalEntry> history = xarxa.history(id);
        assertEquals(List.of("MembershipRequested", "MemberAdmitted"), history.stream().map(JournalEntry::eventType).toList());
        assertEquals(List.of(1L, 2L), history.stream().map(JournalEntry::aggregateVersion).toList());
        assertTrue(history.stream().allMatch(e -> e.actor().equals("secretaria") && e.recordedAt().equals(NOW)));
        assertEquals("AG 2026-04", history.get(1).data().get("assemblyReference"));
        assertEquals(List.of("MembershipRequested#1", "MemberAdmitted#2"), heard);
    }

    @Test
    void aWithdrawnMemberCannotBeAdmittedAndNothingChanges() {
        MemberId id = aPendingTownCouncil("081120");
        xarxa.members().withdraw(new WithdrawMember(id, ASSEMBLY, "decided not to join")).orElseThrow();

        Decision<Member> admit = xarxa.members().admit(new AdmitMember(id, ASSEMBLY.plusDays(1), "AG"));

        assertEquals("member.illegal-transition", admit.reasons().get(0).code());
        assertEquals("Manlleu cannot go from withdrawn to member.", admit.reasons(Localisation.ENGLISH).get(0));
        assertThrows(RejectedException.class, admit::orElseThrow);
        assertEquals(MemberStatus.WITHDRAWN, xarxa.members().find(id).orElseThrow().status());
        assertEquals(2, xarxa.history(id).size());
    }

    @Test
    void anUnknownMemberIsARefusalNotACrash() {
        Decision<Member> admit = xarxa.members().admit(new AdmitMember(new MemberId(new UUID(9, 9)), ASSEMBLY, "AG"));

        assertEquals("member.not-found", admit.reasons().get(0).code());
    }

    @Test
    void anInvalidCommandNeverReachesTheStore() {
        assertThrows(InvalidCommandException.class, () -> xarxa.members().apply(new ApplyForMembership("081879", null, REQUESTED)));
        assertThrows(InvalidCommandException.class, () -> new AdmitMember(null, ASSEMBLY, " "));

        assertEquals(0, xarxa.members().count());
        assertTrue(heard.isEmpty());
    }

    @Test
    void aFailingListenerDoesNotUndoTheChangeNorSilenceTheOthers() {
        List<DomainEvent> second = new ArrayList<>();
        try (Xarxa withBadListener = Xarxa.builder().setting(Xarxa.STORAGE, "memory")
                .listener((event, entry) -> { throw new IllegalStateException("mail server down"); })
                .listener((event, entry) -> second.add(event))
                .build()) {
            MemberId id = withBadListener.members().apply(new ApplyForMembership(IneCode.parse("081878"), REQUESTED)).orElseThrow();

            assertTrue(withBadListener.members().find(id).isPresent());
            assertEquals(1, second.size());
        }
    }

    @Test
    void aRequestDatedAfterTodayIsRefusedWithTheNetworksToday() {
        Decision<MemberId> tomorrow = xarxa.members().apply(
                new ApplyForMembership(IneCode.parse("081878"), LocalDate.of(2026, 3, 3)));

        assertEquals("member.date-in-the-future", tomorrow.reasons().get(0).code());
        assertEquals("La sol·licitud té data 2026-03-03, posterior a avui (2026-03-02).",
                tomorrow.reasons(Localisation.CATALAN).get(0));
        assertEquals(0, xarxa.members().count());
    }

    @Test
    void justAfterMidnightInBarcelonaIsTodayThereWhateverTheServersZone() {
        Instant halfPastMidnightInBarcelona = Instant.parse("2026-03-01T23:30:00Z");
        try (Xarxa inBarcelona = Xarxa.builder().setting(Xarxa.STORAGE, "memory")
                .clock(Clock.fixed(halfPastMidnightInBarcelona, Xarxa.NETWORK_ZONE)).build()) {
            assertTrue(inBarcelona.members().apply(new ApplyForMembership(IneCode.parse("081878"), REQUESTED)).isAccepted());
        }
        try (Xarxa inUtc = Xarxa.builder().setting(Xarxa.STORAGE, "memory")
                .clock(Clock.fixed(halfPastMidnightInBarcelona, ZoneOffset.UTC)).build()) {
            assertTrue(inUtc.members().apply(new ApplyForMembership(IneCode.parse("081878"), REQUESTED)).isRejected());
        }
    }

    @Test
    void listenersHearOnlyCommittedChangesAndSeeThemStored() {
        AtomicReference<Xarxa> self = new AtomicReference<>();
        List<Boolean> storedWhenHeard = new ArrayList<>();
        FailingCommits storage = new FailingCommits(new MemoryStorageProvider().open(new StorageConfig(Map.of(), Map.of())));
        try (Xarxa watched = Xarxa.builder().storage(storage).discoverListeners(false)
                .listener((event, entry) -> storedWhenHeard.add(
                        self.get().members().find(MemberId.parse(entry.aggregateId())).isPresent()))
                .build()) {
            self.set(watched);
            watched.members().apply(new ApplyForMembership(IneCode.parse("081878"), REQUESTED)).orElseThrow();
            storage.failNextCommit = true;

            assertThrows(IllegalStateException.class,
                    () -> watched.members().apply(new ApplyForMembership(IneCode.parse("081120"), REQUESTED)));

            assertEquals(List.of(true), storedWhenHeard);
            assertEquals(1, watched.members().count());
        }
    }

    /** A store whose next commit fails after the work has run. */
    private static final class FailingCommits implements Storage {
        private final Storage inner;
        private boolean failNextCommit;

        FailingCommits(Storage inner) {
            this.inner = inner;
        }

        @Override
        public String name() {
            return inner.name();
        }

        @Override
        public <T> T transaction(Function<Transaction, T> work) {
            return inner.transaction(tx -> {
                T result = work.apply(tx);
                if (failNextCommit) {
                    failNextCommit = false;
                    throw new IllegalStateException("the commit failed");
                }
                return result;
            });
        }

        @Override
        public void close() {
            inner.close();
        }
    }

    @Test
    void membersAreListedInIdOrder() {
        aPendingTownCouncil("081878");
        aPendingTownCouncil("081120");
        aPendingTownCouncil("082515");

        assertEquals(List.of("Sabadell", "Manlleu", "Santa Margarida i els Monjos"),
                xarxa.members().list().stream().map(Member::name).toList());
        assertEquals("Manlleu", xarxa.members().findTownCouncil(IneCode.parse("081120")).orElseThrow().name());
    }
}
