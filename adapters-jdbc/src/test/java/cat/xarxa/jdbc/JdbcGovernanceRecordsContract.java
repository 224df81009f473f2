package cat.xarxa.jdbc;

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
import cat.xarxa.governance.MotionKind;
import cat.xarxa.governance.NetworkEvent;
import cat.xarxa.governance.Outcome;
import cat.xarxa.governance.SeatId;
import cat.xarxa.governance.Tally;
import cat.xarxa.governance.VoteChoice;
import cat.xarxa.governance.VotingRules;
import cat.xarxa.member.Member;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.MemberKind;
import cat.xarxa.member.PersonId;
import cat.xarxa.workinggroup.WorkingGroupId;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What a database adds to the governance part of the storage contract: seats with their optional
 * council, person and last day; events with their times and their attendance kept as rows that
 * are replaced whole, read side by side without mixing two events' rows, even beyond one fetch,
 * and the calendar between two days by day then id; decisions of every kind of motion kept in
 * columns and read back as the same motion, with their votes in the order cast, added only once
 * per id and per reference; long texts and large amounts kept whole. {@link JdbcStorageContract}
 * extends it, so it runs on every database the adapter supports.
 */
abstract class JdbcGovernanceRecordsContract extends JdbcWorkingGroupRecordsContract {

    private static final LocalDate ASSEMBLY_DAY = LocalDate.of(2026, 3, 21);

    private static Member aCouncilNumbered(int number) {
        return Member.requestMembership(new MemberId(UUID.randomUUID()), MemberKind.OTHER_PUBLIC_BODY,
                String.format("A%07dG", number), "Consell " + number, LocalDate.of(2026, 1, 5)).orElseThrow();
    }

    private static List<Member> councils(int count) {
        return IntStream.range(0, count).mapToObj(JdbcGovernanceRecordsContract::aCouncilNumbered).toList();
    }

    private static PersonId aPerson() {
        return new PersonId(UUID.randomUUID());
    }

    /**
     * An event with, by number, a kind, a format, times or none, a place and a link or none, and no
     * attendance or up to three councils, given in an order that is not their ids'.
     */
    private static NetworkEvent anEventNumbered(int number, LocalDate on, List<Member> councils) {
        List<Attendance> attendance = IntStream.range(0, number % 4)
                .mapToObj(i -> new Attendance(councils.get((number + 2 * i) % councils.size()).id(),
                        i == 1 ? null : aPerson()))
                .toList();
        boolean allDay = number % 3 == 0;
        return new NetworkEvent(new EventId(UUID.randomUUID()), EventKind.values()[number % EventKind.values().length],
                "Trobada " + number, on, allDay ? null : LocalTime.of(9 + number % 8, 15 * (number % 4)),
                allDay || number % 5 == 0 ? null : LocalTime.of(18, 30), MeetingFormat.values()[number % 3],
                number % 2 == 0 ? "" : "Sala " + number, number % 3 == 1 ? "" : "https://meet.xarxa.cat/" + number,
                attendance.isEmpty() ? EventStatus.SCHEDULED : EventStatus.HELD, attendance, 0);
    }

    private static NetworkEvent anAssembly(LocalDate on) {
        return new NetworkEvent(new EventId(UUID.randomUUID()), EventKind.ORDINARY_ASSEMBLY, "Assemblea General", on,
                LocalTime.of(10, 0), LocalTime.of(13, 30), MeetingFormat.HYBRID, "Sabadell", "https://meet.xarxa.cat/ag",
                EventStatus.SCHEDULED, List.of(), 0);
    }

    private static NetworkEvent withAttendance(NetworkEvent event, EventStatus status, List<Attendance> attendance,
                                               long version) {
        return new NetworkEvent(event.id(), event.kind(), event.title(), event.on(), event.startsAt(), event.endsAt(),
                event.format(), event.place(), event.link(), status, attendance, version);
    }

    /**
     * A decision on a motion with the votes of the councils in the order given, the first
     * {@code notCounted} of them cast without vote, counted under the rules.
     */
    private static AssemblyDecision aDecision(NetworkEvent assembly, String reference, String title, Motion motion,
                                              List<Member> voters, int notCounted, VotingRules rules) {
        List<CastVote> votes = IntStream.range(0, voters.size())
                .mapToObj(i -> i < notCounted
                        ? new CastVote(voters.get(i).id(), VoteChoice.values()[i % 3], false, "rights.pending-no-vote")
                        : new CastVote(voters.get(i).id(), VoteChoice.values()[i % 3], true, ""))
                .toList();
        Tally tally = Tally.of(voters.size() - notCounted + 1, votes);
        return new AssemblyDecision(new DecisionId(UUID.randomUUID()), assembly.id(), assembly.on(), reference, title,
                motion, votes, tally, rules, rules.outcome(tally));
    }

    /** One decision on each kind of motion, with no vote or a few, counted or not. */
    private static List<AssemblyDecision> aDecisionOfEachKind(NetworkEvent assembly, List<Member> councils) {
        return List.of(
                aDecision(assembly, "AG 2026-03 #1", "Admissió", new Motion.Admission(councils.get(0).id()),
                        councils.subList(1, 4), 1, VotingRules.DEFAULT),
                aDecision(assembly, "AG 2026-03 #2", "", new Motion.FeePolicyApproval(2026), councils, 0,
                        new VotingRules(2, 3, Majority.TWO_THIRDS)),
                aDecision(assembly, "AG 2026-03 #3", "Pressupost del grup",
                        new Motion.BudgetAllocation(new WorkingGroupId(UUID.randomUUID()), 2027, Money.euros("12500.50")),
                        councils.subList(2, 4), 0, new VotingRules(0, 1, Majority.ABSOLUTE)),
                aDecision(assembly, "AG 2026-03 #4", "Ampliació", new Motion.BankEnlargement("2026", Hours.of(40, 30)),
                        List.of(), 0, VotingRules.DEFAULT),
                aDecision(assembly, "AG 2026-03 #5", "Comptes", new Motion.General("Comptes anuals de 2025"),
                        List.of(councils.get(3), councils.get(0), councils.get(2)), 2, VotingRules.DEFAULT));
    }

    /** What a stream gives, read to the end, the stream closed. */
    private static <T> List<T> readAll(Stream<T> stream) {
        try (stream) {
            return stream.toList();
        }
    }

    @Test
    void seatsReadBackWithTheirCouncilPersonAndLastDayOrWithoutThem() {
        List<Member> councils = councils(2);
        List<BodySeat> seats = List.of(
                new BodySeat(new SeatId(UUID.randomUUID()), Body.EXECUTIVE_COMMISSION, councils.get(0).id(), aPerson(),
                        "president", LocalDate.of(2026, 1, 20), LocalDate.of(2027, 1, 19), 0),
                new BodySeat(new SeatId(UUID.randomUUID()), Body.TECHNICAL_COMMISSION, councils.get(1).id(), null,
                        "member", LocalDate.of(2026, 2, 1), null, 0),
                new BodySeat(new SeatId(UUID.randomUUID()), Body.TECHNICAL_SECRETARIAT, null, aPerson(), "secretary",
                        LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 1), 0),
                new BodySeat(new SeatId(UUID.randomUUID()), Body.PRESIDENCY, councils.get(0).id(), aPerson(),
                        "p".repeat(60), LocalDate.of(2026, 1, 20), null, 0));

        List<Long> versions = storage.transaction(tx -> {
            councils.forEach(tx.members()::save);
            return seats.stream().map(tx.governance()::save).toList();
        });

        assertEquals(List.of(1L, 1L, 1L, 1L), versions);
        for (BodySeat seat : seats) {
            assertEquals(Optional.of(seat.withVersion(1)), storage.transaction(tx -> tx.governance().seat(seat.id())));
        }
        assertEquals(seats.stream().map(seat -> seat.withVersion(1))
                        .sorted(Comparator.comparing(seat -> seat.id().toString())).toList(),
                storage.transaction(tx -> readAll(tx.governance().seats())));
        assertEquals(Optional.empty(), storage.transaction(tx -> tx.governance().seat(new SeatId(UUID.randomUUID()))));
    }

    @Test
    void aSeatIsSavedOnlyAtTheVersionStored() {
        Member council = aCouncilNumbered(1);
        BodySeat seat = new BodySeat(new SeatId(UUID.randomUUID()), Body.EXECUTIVE_COMMISSION, council.id(), aPerson(),
                "member", LocalDate.of(2026, 1, 20), null, 0);
        storage.transaction(tx -> tx.members().save(council) + tx.governance().save(seat));
        BodySeat ended = seat.withVersion(1).endedOn(LocalDate.of(2026, 12, 31));

        assertEquals(2L, (long) storage.transaction(tx -> tx.governance().save(ended)));
        assertThrows(ConcurrentUpdateException.class, () -> storage.transaction(tx -> tx.governance().save(ended)));
        assertThrows(ConcurrentUpdateException.class, () -> storage.transaction(tx -> tx.governance().save(seat)));
        assertThrows(ConcurrentUpdateException.class, () -> storage.transaction(tx ->
                tx.governance().save(seat.withVersion(7))));
        BodySeat never = new BodySeat(new SeatId(UUID.randomUUID()), Body.PRESIDENCY, council.id(), null, "president",
                LocalDate.of(2026, 1, 20), null, 1);
        assertThrows(ConcurrentUpdateException.class, () -> storage.transaction(tx -> tx.governance().save(never)));
        assertEquals(Optional.of(ended.withVersion(2)), storage.transaction(tx -> tx.governance().seat(seat.id())));
        assertEquals(Optional.empty(), storage.transaction(tx -> tx.governance().seat(never.id())));
    }

    @Test
    void everyEventStreamsOnceWithItsOwnAttendanceInTheOrderGivenEvenBeyondOneFetch() {
        List<Member> councils = councils(4);
        List<NetworkEvent> saved = IntStream.range(0, JdbcEvents.FETCH_SIZE * 2 + 34)
                .mapToObj(number -> anEventNumbered(number, ASSEMBLY_DAY.plusDays(number % 40), councils)).toList();
        storage.transaction(tx -> {
            councils.forEach(tx.members()::save);
            saved.forEach(tx.governance()::save);
            return null;
        });

        List<NetworkEvent> streamed = storage.transaction(tx -> readAll(tx.governance().events()));
        NetworkEvent richest = saved.stream().max(Comparator.comparingInt(event -> event.attendance().size()))
                .orElseThrow();

        assertEquals(saved.stream().map(event -> event.withVersion(1))
                .sorted(Comparator.comparing(event -> event.id().toString())).toList(), streamed);
        assertEquals(3, richest.attendance().size());
        assertEquals(Optional.of(richest.withVersion(1)), storage.transaction(tx -> tx.governance().event(richest.id())));
    }

    @Test
    void anEventUpdateReplacesItsAttendanceWholeAndOnlyAtTheVersionStored() {
        List<Member> councils = councils(3);
        NetworkEvent scheduled = anAssembly(ASSEMBLY_DAY);
        storage.transaction(tx -> {
            councils.forEach(tx.members()::save);
            return tx.governance().save(scheduled);
        });
        List<Attendance> attended = List.of(new Attendance(councils.get(2).id(), aPerson()),
                new Attendance(councils.get(0).id(), null), new Attendance(councils.get(1).id(), aPerson()));
        NetworkEvent held = withAttendance(scheduled, EventStatus.HELD, attended, 1);
        NetworkEvent corrected = withAttendance(scheduled, EventStatus.HELD, attended.subList(1, 2), 2);
        NetworkEvent none = withAttendance(scheduled, EventStatus.CANCELLED, List.of(), 3);

        assertEquals(2L, (long) storage.transaction(tx -> tx.governance().save(held)));
        assertEquals(Optional.of(held.withVersion(2)), storage.transaction(tx -> tx.governance().event(scheduled.id())));
        assertEquals(3L, (long) storage.transaction(tx -> tx.governance().save(corrected)));
        assertEquals(Optional.of(corrected.withVersion(3)),
                storage.transaction(tx -> tx.governance().event(scheduled.id())));
        assertEquals(4L, (long) storage.transaction(tx -> tx.governance().save(none)));
        assertEquals(Optional.of(none.withVersion(4)), storage.transaction(tx -> tx.governance().event(scheduled.id())));

        assertThrows(ConcurrentUpdateException.class, () -> storage.transaction(tx -> tx.governance().save(held)));
        assertThrows(ConcurrentUpdateException.class, () -> storage.transaction(tx -> tx.governance().save(scheduled)));
        assertThrows(ConcurrentUpdateException.class, () -> storage.transaction(tx ->
                tx.governance().save(none.withVersion(9))));
        assertEquals(Optional.of(none.withVersion(4)), storage.transaction(tx -> tx.governance().event(scheduled.id())));
    }

    @Test
    void theEventsBetweenTwoDaysIncludeBothAndComeByDayThenIdWithTheirOwnAttendance() {
        List<Member> councils = councils(3);
        LocalDate first = LocalDate.of(2026, 3, 1);
        LocalDate last = LocalDate.of(2026, 3, 31);
        List<LocalDate> days = List.of(first.minusDays(1), last, first, first.plusDays(14), last.plusDays(1),
                first.plusDays(14), first, LocalDate.of(2025, 3, 15), last, first.plusDays(14));
        List<NetworkEvent> saved = IntStream.range(0, days.size())
                .mapToObj(number -> anEventNumbered(number, days.get(number), councils)).toList();
        storage.transaction(tx -> {
            councils.forEach(tx.members()::save);
            saved.forEach(tx.governance()::save);
            return null;
        });

        List<NetworkEvent> march = storage.transaction(tx -> tx.governance().eventsBetween(first, last));

        assertEquals(saved.stream().filter(event -> !event.on().isBefore(first) && !event.on().isAfter(last))
                .map(event -> event.withVersion(1))
                .sorted(Comparator.comparing(NetworkEvent::on).thenComparing(event -> event.id().toString()))
                .toList(), march);
        assertEquals(7, march.size());
        assertEquals(Stream.of(3, 5, 9).map(saved::get).map(event -> event.withVersion(1))
                        .sorted(Comparator.comparing(event -> event.id().toString())).toList(),
                storage.transaction(tx -> tx.governance().eventsBetween(first.plusDays(14), first.plusDays(14))));
        assertEquals(List.of(), storage.transaction(tx -> tx.governance().eventsBetween(first.plusDays(1),
                first.plusDays(13))));
        assertEquals(List.of(), storage.transaction(tx -> tx.governance().eventsBetween(last, first)));
    }

    @Test
    void anEventKeepsItsTimesToTheMicrosecondAndItsTextsWhole() {
        NetworkEvent event = new NetworkEvent(new EventId(UUID.randomUUID()), EventKind.FAIR_ACTIVITY,
                textOf(200), LocalDate.of(2026, 10, 17), LocalTime.of(0, 0), LocalTime.of(23, 59, 59, 999_999_000),
                MeetingFormat.HYBRID, textOf(300), "https://fira.xarxa.cat/" + "l".repeat(477), EventStatus.SCHEDULED,
                List.of(), 0);
        NetworkEvent early = new NetworkEvent(new EventId(UUID.randomUUID()), EventKind.OTHER, "Taller",
                LocalDate.of(2026, 10, 18), LocalTime.of(9, 30, 15, 123_456_000), null, MeetingFormat.VIRTUAL, "",
                "https://meet.xarxa.cat/taller", EventStatus.SCHEDULED, List.of(), 0);

        storage.transaction(tx -> tx.governance().save(event) + tx.governance().save(early));

        assertEquals(Optional.of(event.withVersion(1)), storage.transaction(tx -> tx.governance().event(event.id())));
        assertEquals(Optional.of(early.withVersion(1)), storage.transaction(tx -> tx.governance().event(early.id())));
    }

    @Test
    void decisionsOfEveryKindOfMotionReadBackWithTheirVotesInTheOrderCast() {
        List<Member> councils = councils(4);
        NetworkEvent assembly = anAssembly(ASSEMBLY_DAY);
        NetworkEvent another = anAssembly(ASSEMBLY_DAY.plusMonths(6));
        List<AssemblyDecision> decisions = aDecisionOfEachKind(assembly, councils);
        AssemblyDecision later = aDecision(another, "AG 2026-09 #1", "Posicionament",
                new Motion.General("Posicionament sobre l'habitatge"), List.of(councils.get(1)), 0, VotingRules.DEFAULT);
        storage.transaction(tx -> {
            councils.forEach(tx.members()::save);
            tx.governance().save(assembly);
            tx.governance().save(another);
            decisions.forEach(tx.governance()::add);
            tx.governance().add(later);
            return null;
        });

        for (AssemblyDecision decision : decisions) {
            assertEquals(Optional.of(decision), storage.transaction(tx -> tx.governance().decision(decision.id())));
            assertEquals(Optional.of(decision), storage.transaction(tx ->
                    tx.governance().decisionByReference(decision.reference())));
        }
        assertEquals(List.of(MotionKind.values()), decisions.stream().map(d -> d.motion().kind()).toList());
        assertEquals(decisions.stream().sorted(Comparator.comparing(d -> d.id().toString())).toList(),
                storage.transaction(tx -> tx.governance().decisionsAt(assembly.id())));
        assertEquals(List.of(later), storage.transaction(tx -> tx.governance().decisionsAt(another.id())));
        assertEquals(Stream.concat(decisions.stream(), Stream.of(later))
                        .sorted(Comparator.comparing(d -> d.id().toString())).toList(),
                storage.transaction(tx -> readAll(tx.governance().decisions())));
        assertEquals(List.of(), storage.transaction(tx -> tx.governance().decisionsAt(new EventId(UUID.randomUUID()))));
        assertEquals(Optional.empty(), storage.transaction(tx -> tx.governance().decisionByReference("ag 2026-03 #1")));
        assertEquals(Optional.empty(), storage.transaction(tx -> tx.governance().decisionByReference("AG 2026-03 #1 ")));
        assertEquals(Optional.empty(), storage.transaction(tx -> tx.governance().decision(new DecisionId(UUID.randomUUID()))));
    }

    @Test
    void everyDecisionStreamsOnceWithItsOwnVotesEvenBeyondOneFetch() {
        List<Member> councils = councils(4);
        NetworkEvent assembly = anAssembly(ASSEMBLY_DAY);
        List<AssemblyDecision> saved = IntStream.range(0, JdbcAssemblyDecisions.FETCH_SIZE * 2 + 34)
                .mapToObj(number -> aDecision(assembly, "AG 2026-03 #" + number, number % 2 == 0 ? "" : "Acord " + number,
                        new Motion.General("Moció " + number), councils.subList(0, number % 5), number % 2,
                        VotingRules.DEFAULT))
                .toList();
        storage.transaction(tx -> {
            councils.forEach(tx.members()::save);
            tx.governance().save(assembly);
            saved.forEach(tx.governance()::add);
            return null;
        });

        List<AssemblyDecision> sorted = saved.stream().sorted(Comparator.comparing(d -> d.id().toString())).toList();
        assertEquals(sorted, storage.transaction(tx -> readAll(tx.governance().decisions())));
        assertEquals(sorted, storage.transaction(tx -> tx.governance().decisionsAt(assembly.id())));
    }

    @Test
    void aSecondDecisionWithTheSameIdOrReferenceIsAConflictAndChangesNothing() {
        List<Member> councils = councils(2);
        NetworkEvent assembly = anAssembly(ASSEMBLY_DAY);
        AssemblyDecision decision = aDecision(assembly, "AG 2026-03 #2", "Admissió",
                new Motion.Admission(councils.get(0).id()), councils, 0, VotingRules.DEFAULT);
        storage.transaction(tx -> {
            councils.forEach(tx.members()::save);
            tx.governance().save(assembly);
            tx.governance().add(decision);
            return null;
        });
        AssemblyDecision sameId = new AssemblyDecision(decision.id(), assembly.id(), assembly.on(), "AG 2026-03 #3",
                "Una altra", new Motion.General("Una altra moció"), List.of(), new Tally(2, 0, 0, 0, 0),
                VotingRules.DEFAULT, Outcome.NO_QUORUM);
        AssemblyDecision sameReference = new AssemblyDecision(new DecisionId(UUID.randomUUID()), assembly.id(),
                assembly.on(), decision.reference(), "", new Motion.FeePolicyApproval(2027),
                List.of(new CastVote(councils.get(1).id(), VoteChoice.YES, true, "")), new Tally(2, 1, 0, 0, 0),
                VotingRules.DEFAULT, Outcome.CARRIED);

        assertThrows(ConcurrentUpdateException.class, () -> storage.transaction(tx -> {
            tx.governance().add(decision);
            return null;
        }));
        assertThrows(ConcurrentUpdateException.class, () -> storage.transaction(tx -> {
            tx.governance().add(sameId);
            return null;
        }));
        assertThrows(ConcurrentUpdateException.class, () -> storage.transaction(tx -> {
            tx.governance().add(sameReference);
            return null;
        }));

        assertEquals(List.of(decision), storage.transaction(tx -> readAll(tx.governance().decisions())));
        assertEquals(Optional.empty(), storage.transaction(tx -> tx.governance().decision(sameReference.id())));
        assertEquals(Optional.empty(), storage.transaction(tx -> tx.governance().decisionByReference("AG 2026-03 #3")));
    }

    @Test
    void decisionTextsAndAmountsAreKeptWholeAtFullLength() {
        Member council = aCouncilNumbered(1);
        NetworkEvent assembly = anAssembly(ASSEMBLY_DAY);
        AssemblyDecision allocation = aDecision(assembly, textOf(200), textOf(500),
                new Motion.BudgetAllocation(new WorkingGroupId(UUID.randomUUID()), 2999, Money.euros("999999999999.99")),
                List.of(council), 1, new VotingRules(1, 1, Majority.SIMPLE));
        AssemblyDecision enlargement = aDecision(assembly, "AG 2026-03 #9", "",
                new Motion.BankEnlargement("p".repeat(20), Hours.ofMinutes(999_999_999_999L)), List.of(council), 0,
                VotingRules.DEFAULT);
        AssemblyDecision general = aDecision(assembly, "AG 2026-03 #10", "", new Motion.General(textOf(4_000)),
                List.of(council), 0, VotingRules.DEFAULT);

        storage.transaction(tx -> {
            tx.members().save(council);
            tx.governance().save(assembly);
            tx.governance().add(allocation);
            tx.governance().add(enlargement);
            tx.governance().add(general);
            return null;
        });

        assertEquals(Optional.of(allocation), storage.transaction(tx -> tx.governance().decision(allocation.id())));
        assertEquals(Optional.of(allocation), storage.transaction(tx ->
                tx.governance().decisionByReference(textOf(200))));
        assertEquals(Optional.of(enlargement), storage.transaction(tx -> tx.governance().decision(enlargement.id())));
        assertEquals(Optional.of(general), storage.transaction(tx -> tx.governance().decision(general.id())));
    }

    /** Lines of text cut to a length, ending in spaces and a line break, which must be kept too. */
    private static String textOf(int length) {
        String line = "Línia amb «cometes» i accents: àèéíòóúç·l\n";
        return line.repeat(length / line.length() + 1).substring(0, length - 3) + "  \n";
    }
}
