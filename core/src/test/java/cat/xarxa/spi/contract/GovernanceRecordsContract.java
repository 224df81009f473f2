package cat.xarxa.spi.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cat.xarxa.common.ConcurrentUpdateException;
import cat.xarxa.common.Hours;
import cat.xarxa.common.MeetingFormat;
import cat.xarxa.common.Money;
import cat.xarxa.governance.AssemblyDecision;
import cat.xarxa.governance.Attendance;
import cat.xarxa.governance.Body;
import cat.xarxa.governance.BodySeat;
import cat.xarxa.governance.CastVote;
import cat.xarxa.governance.DecisionId;
import cat.xarxa.governance.EventId;
import cat.xarxa.governance.EventKind;
import cat.xarxa.governance.EventStatus;
import cat.xarxa.governance.Majority;
import cat.xarxa.governance.Motion;
import cat.xarxa.governance.NetworkEvent;
import cat.xarxa.governance.SeatId;
import cat.xarxa.governance.Tally;
import cat.xarxa.governance.VoteChoice;
import cat.xarxa.governance.VotingRules;
import cat.xarxa.member.Member;
import cat.xarxa.member.PersonId;
import cat.xarxa.workinggroup.WorkingGroupId;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What every storage must do with seats on the bodies, the calendar's events and the assembly's
 * decisions. {@link StorageContract} extends it through the other areas' parts.
 */
public abstract class GovernanceRecordsContract extends WorkingGroupRecordsContract {

    private static NetworkEvent anAssembly(LocalDate on, Member... attended) {
        List<Attendance> attendance = new ArrayList<>();
        for (int i = 0; i < attended.length; i++) {
            attendance.add(new Attendance(attended[i].id(), i == 0 ? new PersonId(UUID.randomUUID()) : null));
        }
        return new NetworkEvent(new EventId(UUID.randomUUID()), EventKind.ORDINARY_ASSEMBLY,
                "Assemblea ordinària «primavera», sessió 1", on, LocalTime.of(10, 0), LocalTime.of(13, 30),
                MeetingFormat.HYBRID, "Casal Pere Quart, Sabadell", "https://meet.example.cat/ag-2026?s=1",
                attendance.isEmpty() ? EventStatus.SCHEDULED : EventStatus.HELD, attendance, 0);
    }

    private static AssemblyDecision aDecision(NetworkEvent assembly, String reference, Motion motion, Member... voters) {
        List<CastVote> votes = new ArrayList<>();
        for (int i = 0; i < voters.length; i++) {
            votes.add(i == voters.length - 1 && i > 0
                    ? new CastVote(voters[i].id(), VoteChoice.YES, false, "rights.pending-no-vote")
                    : new CastVote(voters[i].id(), i % 2 == 0 ? VoteChoice.YES : VoteChoice.ABSTAIN, true, ""));
        }
        Tally tally = Tally.of(voters.length + 3, votes);
        VotingRules rules = new VotingRules(1, 3, Majority.TWO_THIRDS);
        return new AssemblyDecision(new DecisionId(UUID.randomUUID()), assembly.id(), assembly.on(), reference,
                "Acord sobre «" + reference + "»", motion, votes, tally, rules, rules.outcome(tally));
    }

    @Test
    void aSeatReadsBackAndAStaleVersionChangesNothing() {
        Member sabadell = aPendingMember(SABADELL, "Sabadell");
        BodySeat seat = new BodySeat(new SeatId(UUID.randomUUID()), Body.TECHNICAL_COMMISSION, sabadell.id(),
                new PersonId(UUID.randomUUID()), "member", LocalDate.of(2026, 1, 15), null, 0);
        BodySeat staff = new BodySeat(new SeatId(UUID.randomUUID()), Body.TECHNICAL_SECRETARIAT, null,
                new PersonId(UUID.randomUUID()), "secretary", LocalDate.of(2025, 6, 1), LocalDate.of(2026, 5, 31), 0);
        storage.transaction(tx -> tx.members().save(sabadell) + tx.governance().save(seat) + tx.governance().save(staff));

        assertEquals(Optional.of(seat.withVersion(1)), storage.transaction(tx -> tx.governance().seat(seat.id())));
        assertEquals(Optional.of(staff.withVersion(1)), storage.transaction(tx -> tx.governance().seat(staff.id())));
        BodySeat ended = seat.withVersion(1).endedOn(LocalDate.of(2026, 12, 31));
        assertEquals(2L, (long) storage.transaction(tx -> tx.governance().save(ended)));
        assertThrows(ConcurrentUpdateException.class, () -> storage.transaction(tx -> tx.governance().save(ended)));
        assertEquals(Optional.of(ended.withVersion(2)), storage.transaction(tx -> tx.governance().seat(seat.id())));
        List<BodySeat> byId = new ArrayList<>(List.of(ended.withVersion(2), staff.withVersion(1)));
        byId.sort(Comparator.comparing(s -> s.id().toString()));
        assertEquals(byId, storage.transaction(tx -> {
            try (Stream<BodySeat> all = tx.governance().seats()) {
                return all.toList();
            }
        }));
    }

    @Test
    void anEventReadsBackWithItsAttendanceInOrderAndTheLoserOfARaceChangesNothing() {
        Member sabadell = aPendingMember(SABADELL, "Sabadell");
        Member manlleu = aPendingMember(MANLLEU, "Manlleu");
        NetworkEvent held = anAssembly(LocalDate.of(2026, 3, 20), manlleu, sabadell);
        NetworkEvent allDay = new NetworkEvent(new EventId(UUID.randomUUID()), EventKind.FAIR_ACTIVITY, "FESC", LocalDate.of(2026, 10, 17),
                null, null, MeetingFormat.IN_PERSON, "Fira de Barcelona", "", EventStatus.SCHEDULED, List.of(), 0);
        storage.transaction(tx -> tx.members().save(sabadell) + tx.members().save(manlleu) + tx.governance().save(held)
                + tx.governance().save(allDay));

        assertEquals(Optional.of(held.withVersion(1)), storage.transaction(tx -> tx.governance().event(held.id())));
        assertEquals(Optional.of(allDay.withVersion(1)), storage.transaction(tx -> tx.governance().event(allDay.id())));
        NetworkEvent cancelled = allDay.withVersion(1).cancelled().orElseThrow();
        NetworkEvent attended = allDay.withVersion(1).held(List.of(new Attendance(sabadell.id(), null))).orElseThrow();
        assertThrows(ConcurrentUpdateException.class, () -> storage.transaction(outer -> {
            assertEquals(1L, outer.governance().event(allDay.id()).orElseThrow().version());
            storage.transaction(inner -> inner.governance().save(attended));
            return outer.governance().save(cancelled);
        }));
        assertEquals(Optional.of(attended.withVersion(2)), storage.transaction(tx -> tx.governance().event(allDay.id())));
    }

    @Test
    void eventsBetweenTwoDaysComeByDayThenIdWithBothEndsIncluded() {
        List<NetworkEvent> made = new ArrayList<>();
        for (LocalDate day : List.of(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 6, 30), LocalDate.of(2026, 7, 1))) {
            made.add(anAssembly(day));
        }
        storage.transaction(tx -> {
            made.forEach(tx.governance()::save);
            return null;
        });

        List<NetworkEvent> expected = new ArrayList<>(made.subList(1, 4).stream().map(e -> e.withVersion(1)).toList());
        expected.sort(Comparator.comparing(NetworkEvent::on).thenComparing(e -> e.id().toString()));
        assertEquals(expected, storage.transaction(tx -> tx.governance().eventsBetween(LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 6, 30))));
        assertEquals(List.of(), storage.transaction(tx -> tx.governance().eventsBetween(LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31))));
        assertEquals(5L, (long) storage.transaction(tx -> {
            try (Stream<NetworkEvent> all = tx.governance().events()) {
                return all.count();
            }
        }));
    }

    @Test
    void decisionsOfEveryMotionReadBackWithTheirVotesAndAreAddedOnlyOnce() {
        Member sabadell = aPendingMember(SABADELL, "Sabadell");
        Member manlleu = aPendingMember(MANLLEU, "Manlleu");
        NetworkEvent assembly = anAssembly(LocalDate.of(2026, 3, 20), sabadell, manlleu);
        List<AssemblyDecision> decisions = List.of(
                aDecision(assembly, "AG 2026-03 #1", new Motion.Admission(manlleu.id()), sabadell, manlleu),
                aDecision(assembly, "AG 2026-03 #2", new Motion.FeePolicyApproval(2027), sabadell),
                aDecision(assembly, "AG 2026-03 #3", new Motion.BudgetAllocation(new WorkingGroupId(UUID.randomUUID()),
                        2026, Money.euros("1500.05")), sabadell, manlleu),
                aDecision(assembly, "AG 2026-03 #4", new Motion.BankEnlargement("2026", Hours.of(40, 30)), manlleu),
                aDecision(assembly, "AG 2026-03 #5", new Motion.General("Comptes anuals 2025; «aprovació»\ni memòria")));
        storage.transaction(tx -> {
            tx.members().save(sabadell);
            tx.members().save(manlleu);
            tx.governance().save(assembly);
            decisions.forEach(tx.governance()::add);
            return null;
        });

        for (AssemblyDecision decision : decisions) {
            assertEquals(Optional.of(decision), storage.transaction(tx -> tx.governance().decision(decision.id())));
            assertEquals(Optional.of(decision),
                    storage.transaction(tx -> tx.governance().decisionByReference(decision.reference())));
        }
        List<AssemblyDecision> byId = new ArrayList<>(decisions);
        byId.sort(Comparator.comparing(d -> d.id().toString()));
        assertEquals(byId, storage.transaction(tx -> tx.governance().decisionsAt(assembly.id())));
        assertEquals(List.of(), storage.transaction(tx -> tx.governance().decisionsAt(new EventId(UUID.randomUUID()))));
        assertEquals(byId, storage.transaction(tx -> {
            try (Stream<AssemblyDecision> all = tx.governance().decisions()) {
                return all.toList();
            }
        }));
        AssemblyDecision sameId = decisions.get(0);
        assertThrows(ConcurrentUpdateException.class, () -> storage.transaction(tx -> {
            tx.governance().add(sameId);
            return null;
        }));
        AssemblyDecision sameReference = aDecision(assembly, "AG 2026-03 #1", new Motion.General("Una altra"));
        assertThrows(ConcurrentUpdateException.class, () -> storage.transaction(tx -> {
            tx.governance().add(sameReference);
            return null;
        }));
        assertEquals(Optional.empty(), storage.transaction(tx -> tx.governance().decision(sameReference.id())));
    }
}
