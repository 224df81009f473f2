package cat.xarxa;

import static cat.xarxa.ReasonAssertions.assertExplainedInEachLanguage;
import static cat.xarxa.ReasonAssertions.assertRefusedFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.common.ConfigurationException;
import cat.xarxa.common.Decision;
import cat.xarxa.common.IneCode;
import cat.xarxa.common.JournalEntry;
import cat.xarxa.common.MeetingFormat;
import cat.xarxa.governance.AssemblyDecision;
import cat.xarxa.governance.Attendance;
import cat.xarxa.governance.Body;
import cat.xarxa.governance.BodySeat;
import cat.xarxa.governance.CalendarCheck;
import cat.xarxa.governance.CalendarTemplate;
import cat.xarxa.governance.CancelEvent;
import cat.xarxa.governance.EventId;
import cat.xarxa.governance.EventKind;
import cat.xarxa.governance.EventStatus;
import cat.xarxa.governance.Governance;
import cat.xarxa.governance.LeaveSeat;
import cat.xarxa.governance.NetworkEvent;
import cat.xarxa.governance.RecordAttendance;
import cat.xarxa.governance.ScheduleEvent;
import cat.xarxa.governance.SeatId;
import cat.xarxa.governance.SlotCheck;
import cat.xarxa.governance.SlotStatus;
import cat.xarxa.governance.TakeSeat;
import cat.xarxa.member.AdmitMember;
import cat.xarxa.member.ApplyForMembership;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.PersonId;
import cat.xarxa.member.ReferToAssembly;
import cat.xarxa.member.RegisterPerson;
import cat.xarxa.memory.MemoryStorageProvider;
import cat.xarxa.spi.Storage;
import cat.xarxa.spi.StorageConfig;
import cat.xarxa.workinggroup.WorkingGroupPlenary;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Governance through the facade: seats on the bodies for a period, the calendar of events with
 * their format, place and link, attendance once held, and the check of a year against the 2022
 * plan's calendar; also where the host application shows an event.
 */
class XarxaGovernanceTest {

    /** Today for the network: 1 June 2026. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), Xarxa.NETWORK_ZONE);
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final LocalDate APPLIED = LocalDate.of(2021, 2, 3);
    private static final LocalDate ADMITTED = LocalDate.of(2021, 4, 22);
    private static final LocalDate SEATED = LocalDate.of(2022, 1, 10);
    private static final String PLACE = "Sala de plens de l'Ajuntament de Manlleu";
    private static final String LINK = "https://meet.example.cat/xarxa-ag";

    private final Storage storage = new MemoryStorageProvider().open(new StorageConfig(Map.of(), Map.of()));
    private final Xarxa xarxa = Xarxa.builder().storage(storage).clock(CLOCK).build();
    private final Governance governance = xarxa.governance();
    private final MemberId sabadell = admitted("081878");
    private final MemberId manlleu = admitted("081120");
    private final PersonId marta = xarxa.people().register(new RegisterPerson("Marta Puig")).orElseThrow();

    @AfterEach
    void close() {
        xarxa.close();
    }

    // ---------------------------------------------------------------- fixture

    private MemberId admitted(String ineCode) {
        MemberId id = xarxa.members().apply(new ApplyForMembership(IneCode.parse(ineCode), APPLIED)).orElseThrow();
        xarxa.members().admit(new AdmitMember(id, ADMITTED, "AG 2021-04")).orElseThrow();
        return id;
    }

    private MemberId pending(String ineCode) {
        MemberId id = xarxa.members().apply(new ApplyForMembership(IneCode.parse(ineCode), APPLIED)).orElseThrow();
        xarxa.members().referToAssembly(new ReferToAssembly(id, APPLIED.plusDays(10), "AG 2021-04")).orElseThrow();
        return id;
    }

    private Decision<BodySeat> take(Body body, MemberId council, PersonId person, LocalDate from) {
        return governance.takeSeat(new TakeSeat(body, council, person, "member", from));
    }

    private Decision<NetworkEvent> schedule(EventKind kind, LocalDate on, MeetingFormat format, String place, String link) {
        return governance.schedule(new ScheduleEvent(kind, kind + " " + on, on, LocalTime.of(10, 0), LocalTime.of(13, 30),
                format, place, link));
    }

    /** An event in the format's usual shape: a place when in person, a link when online. */
    private NetworkEvent event(EventKind kind, LocalDate on, MeetingFormat format) {
        return schedule(kind, on, format, format == MeetingFormat.VIRTUAL ? null : PLACE,
                format == MeetingFormat.IN_PERSON ? null : LINK).orElseThrow();
    }

    private Decision<NetworkEvent> attend(EventId event, Attendance... who) {
        return governance.recordAttendance(new RecordAttendance(event, List.of(who)));
    }

    private NetworkEvent stored(EventId id) {
        return governance.event(id).orElseThrow();
    }

    private List<String> events(String aggregateType, String id) {
        return xarxa.history(aggregateType, id).stream().map(JournalEntry::eventType).toList();
    }

    // ---------------------------------------------------------------- what nothing written means

    private record Written(long journal, List<BodySeat> seats, List<NetworkEvent> events, List<AssemblyDecision> decisions) {
    }

    private Written written() {
        return storage.transaction(tx -> {
            try (Stream<BodySeat> seats = tx.governance().seats();
                 Stream<NetworkEvent> events = tx.governance().events();
                 Stream<AssemblyDecision> decisions = tx.governance().decisions()) {
                return new Written(tx.journal().size(), seats.toList(), events.toList(), decisions.toList());
            }
        });
    }

    /** Refused for the code, explained in ca, es and en, and the store is as it was, journal included. */
    private void assertRefusedAndNothingWritten(String code, Supplier<Decision<?>> command) {
        Written before = written();
        Decision<?> decision = command.get();
        assertRefusedFor(code, decision);
        assertEquals(before, written(), () -> "a refusal wrote something: " + decision.reasons());
    }

    // ---------------------------------------------------------------- seats

    @Test
    void aCouncilAndAPersonTakeSeatsOnACommissionAndLeaveThem() {
        BodySeat council = take(Body.TECHNICAL_COMMISSION, sabadell, null, SEATED).orElseThrow();
        BodySeat person = take(Body.TECHNICAL_SECRETARIAT, null, marta, SEATED).orElseThrow();
        BodySeat both = governance.takeSeat(new TakeSeat(Body.EXECUTIVE_COMMISSION, manlleu, marta, "president", SEATED))
                .orElseThrow();

        assertEquals(List.of(council, person, both).stream().sorted(java.util.Comparator.comparing(s -> s.id().toString()))
                .toList(), governance.seats());
        assertEquals("president", both.role());
        assertNull(council.until());
        assertTrue(council.version() > 0);

        BodySeat left = governance.leaveSeat(new LeaveSeat(council.id(), LocalDate.of(2023, 12, 31))).orElseThrow();

        assertEquals(LocalDate.of(2023, 12, 31), left.until());
        assertEquals(left, governance.seats().stream().filter(s -> s.id().equals(council.id())).findFirst().orElseThrow());
        assertEquals(List.of("SeatTaken", "SeatLeft"), events(BodySeat.AGGREGATE_TYPE, council.id().toString()));
        assertRefusedAndNothingWritten("governance.seat-ended",
                () -> governance.leaveSeat(new LeaveSeat(council.id(), LocalDate.of(2024, 1, 31))));
    }

    @Test
    void theSeatsOfABodyOnADayAreThoseHeldThatDay() {
        BodySeat sabadellSeat = take(Body.TECHNICAL_COMMISSION, sabadell, null, SEATED).orElseThrow();
        BodySeat manlleuSeat = take(Body.TECHNICAL_COMMISSION, manlleu, null, LocalDate.of(2023, 3, 1)).orElseThrow();
        take(Body.EXECUTIVE_COMMISSION, sabadell, null, SEATED).orElseThrow();
        governance.leaveSeat(new LeaveSeat(sabadellSeat.id(), LocalDate.of(2023, 6, 30))).orElseThrow();

        assertEquals(List.of(), governance.seatsOn(Body.TECHNICAL_COMMISSION, SEATED.minusDays(1)));
        assertEquals(List.of(sabadellSeat.id()), ids(governance.seatsOn(Body.TECHNICAL_COMMISSION, SEATED)));
        assertEquals(List.of(sabadellSeat.id(), manlleuSeat.id()).stream().sorted(java.util.Comparator.comparing(SeatId::toString))
                .toList(), ids(governance.seatsOn(Body.TECHNICAL_COMMISSION, LocalDate.of(2023, 6, 30))));
        assertEquals(List.of(manlleuSeat.id()), ids(governance.seatsOn(Body.TECHNICAL_COMMISSION, LocalDate.of(2023, 7, 1))));
        assertEquals(List.of(), governance.seatsOn(Body.PRESIDENCY, LocalDate.of(2023, 7, 1)));
    }

    private static List<SeatId> ids(List<BodySeat> seats) {
        return seats.stream().map(BodySeat::id).toList();
    }

    @Test
    void theGeneralAssemblyIsEveryMemberAndHasNoSeats() {
        assertFalse(Body.GENERAL_ASSEMBLY.hasSeats());
        assertRefusedAndNothingWritten("governance.assembly-has-no-seats",
                () -> take(Body.GENERAL_ASSEMBLY, sabadell, null, SEATED));
    }

    @Test
    void onlyAFullMemberTakesASeatForACouncil() {
        MemberId vic = pending("082981");

        assertRefusedAndNothingWritten("governance.not-a-member", () -> take(Body.TECHNICAL_COMMISSION, vic, null, SEATED));
        assertRefusedAndNothingWritten("governance.not-a-member",
                () -> take(Body.TECHNICAL_COMMISSION, sabadell, null, ADMITTED.minusDays(1)));
        assertRefusedAndNothingWritten("member.not-found",
                () -> take(Body.TECHNICAL_COMMISSION, new MemberId(new UUID(7, 7)), null, SEATED));
        assertRefusedAndNothingWritten("person.not-found",
                () -> take(Body.TECHNICAL_SECRETARIAT, null, new PersonId(new UUID(7, 7)), SEATED));
        assertRefusedAndNothingWritten("governance.seat-holder-missing", () -> take(Body.TECHNICAL_SECRETARIAT, null, null, SEATED));
    }

    @Test
    void whoIsSeatedIsNotSeatedAgainUntilTheSeatEnds() {
        BodySeat seat = take(Body.TECHNICAL_COMMISSION, sabadell, null, SEATED).orElseThrow();
        assertRefusedAndNothingWritten("governance.already-seated",
                () -> take(Body.TECHNICAL_COMMISSION, sabadell, null, LocalDate.of(2024, 1, 1)));
        take(Body.EXECUTIVE_COMMISSION, sabadell, null, SEATED).orElseThrow();
        governance.leaveSeat(new LeaveSeat(seat.id(), LocalDate.of(2023, 12, 31))).orElseThrow();

        assertRefusedAndNothingWritten("governance.already-seated",
                () -> take(Body.TECHNICAL_COMMISSION, sabadell, null, LocalDate.of(2023, 12, 31)));
        BodySeat again = take(Body.TECHNICAL_COMMISSION, sabadell, null, LocalDate.of(2024, 1, 1)).orElseThrow();
        assertEquals(LocalDate.of(2024, 1, 1), again.from());
    }

    @Test
    void aSeatDoesNotEndBeforeItStartsAndAnUnknownSeatDoesNotEnd() {
        BodySeat seat = take(Body.TECHNICAL_COMMISSION, sabadell, null, SEATED).orElseThrow();

        assertRefusedAndNothingWritten("governance.end-before-start",
                () -> governance.leaveSeat(new LeaveSeat(seat.id(), SEATED.minusDays(1))));
        assertRefusedAndNothingWritten("governance.seat-not-found",
                () -> governance.leaveSeat(new LeaveSeat(new SeatId(new UUID(7, 7)), SEATED)));
        BodySeat oneDay = governance.leaveSeat(new LeaveSeat(seat.id(), SEATED)).orElseThrow();
        assertEquals(SEATED, oneDay.until());
    }

    // ---------------------------------------------------------------- events

    @Test
    void eachFormatKeepsThePlaceAndTheLinkItNeeds() {
        NetworkEvent inPerson = schedule(EventKind.ELECTED_OFFICIALS_MEETING, LocalDate.of(2026, 6, 18),
                MeetingFormat.IN_PERSON, PLACE, LINK).orElseThrow();
        NetworkEvent virtual = schedule(EventKind.TECHNICAL_COMMISSION, LocalDate.of(2026, 6, 9), MeetingFormat.VIRTUAL,
                PLACE, LINK).orElseThrow();
        NetworkEvent hybrid = schedule(EventKind.ORDINARY_ASSEMBLY, LocalDate.of(2026, 9, 24), MeetingFormat.HYBRID, PLACE,
                LINK).orElseThrow();

        assertEquals(List.of(PLACE, ""), List.of(inPerson.place(), inPerson.link()), "in person: no link");
        assertEquals(List.of("", LINK), List.of(virtual.place(), virtual.link()), "virtual: no place");
        assertEquals(List.of(PLACE, LINK), List.of(hybrid.place(), hybrid.link()), "hybrid: both");
        for (NetworkEvent e : List.of(inPerson, virtual, hybrid)) {
            assertEquals(EventStatus.SCHEDULED, e.status());
            assertEquals(List.of(), e.attendance());
            assertEquals(e, stored(e.id()));
            assertEquals(List.of("EventScheduled"), events(NetworkEvent.AGGREGATE_TYPE, e.id().toString()));
        }
        assertEquals(List.of(virtual, inPerson, hybrid), governance.calendar(2026));
        assertEquals(List.of(), governance.calendar(2025));
    }

    @Test
    void anEventWithoutThePlaceOrTheLinkItsFormatNeedsIsRefused() {
        LocalDate on = LocalDate.of(2026, 9, 24);
        assertRefusedAndNothingWritten("event.place-required",
                () -> schedule(EventKind.ORDINARY_ASSEMBLY, on, MeetingFormat.IN_PERSON, null, LINK));
        assertRefusedAndNothingWritten("event.place-required",
                () -> schedule(EventKind.ORDINARY_ASSEMBLY, on, MeetingFormat.HYBRID, "  ", LINK));
        assertRefusedAndNothingWritten("event.link-required",
                () -> schedule(EventKind.ORDINARY_ASSEMBLY, on, MeetingFormat.VIRTUAL, PLACE, null));
        assertRefusedAndNothingWritten("event.link-required",
                () -> schedule(EventKind.ORDINARY_ASSEMBLY, on, MeetingFormat.HYBRID, PLACE, ""));
        assertRefusedAndNothingWritten("event.link-invalid",
                () -> schedule(EventKind.ORDINARY_ASSEMBLY, on, MeetingFormat.VIRTUAL, null, "meet.example.cat/xarxa"));
        assertRefusedAndNothingWritten("event.link-invalid",
                () -> schedule(EventKind.ORDINARY_ASSEMBLY, on, MeetingFormat.HYBRID, PLACE, "ftp://files.example.cat/ag"));
        assertRefusedAndNothingWritten("event.link-invalid",
                () -> schedule(EventKind.OTHER, on, MeetingFormat.IN_PERSON, PLACE, "not a link"));
        assertEquals(List.of(), governance.calendar(2026));
    }

    @Test
    void anEventEndsAfterItStarts() {
        LocalDate on = LocalDate.of(2026, 9, 24);
        assertRefusedAndNothingWritten("event.ends-before-start", () -> governance.schedule(new ScheduleEvent(
                EventKind.ORDINARY_ASSEMBLY, "AG", on, LocalTime.of(18, 0), LocalTime.of(17, 0), MeetingFormat.VIRTUAL, null,
                LINK)));
        assertRefusedAndNothingWritten("event.ends-before-start", () -> governance.schedule(new ScheduleEvent(
                EventKind.ORDINARY_ASSEMBLY, "AG", on, LocalTime.of(18, 0), LocalTime.of(18, 0), MeetingFormat.VIRTUAL, null,
                LINK)));
        assertRefusedAndNothingWritten("event.ends-before-start", () -> governance.schedule(new ScheduleEvent(
                EventKind.ORDINARY_ASSEMBLY, "AG", on, null, LocalTime.of(18, 0), MeetingFormat.VIRTUAL, null, LINK)));

        NetworkEvent allDay = governance.schedule(new ScheduleEvent(EventKind.FAIR_ACTIVITY, "FESC", on, null, null,
                MeetingFormat.IN_PERSON, PLACE, null)).orElseThrow();
        assertNull(allDay.startsAt());
        assertNull(allDay.endsAt());
    }

    @Test
    void aHeldEventRecordsWhoAttended() {
        NetworkEvent commission = event(EventKind.TECHNICAL_COMMISSION, LocalDate.of(2026, 5, 12), MeetingFormat.VIRTUAL);

        NetworkEvent held = attend(commission.id(), new Attendance(sabadell, marta), new Attendance(manlleu, null))
                .orElseThrow();

        assertEquals(EventStatus.HELD, held.status());
        assertEquals(List.of(new Attendance(sabadell, marta), new Attendance(manlleu, null)), stored(commission.id()).attendance());
        assertEquals(held, stored(commission.id()));
        assertEquals(List.of("EventScheduled", "EventHeld"), events(NetworkEvent.AGGREGATE_TYPE, commission.id().toString()));
    }

    @Test
    void anEventHeldTodayTakesItsAttendanceButOneStillToComeDoesNot() {
        NetworkEvent today = event(EventKind.TECHNICAL_COMMISSION, TODAY, MeetingFormat.VIRTUAL);
        NetworkEvent tomorrow = event(EventKind.TECHNICAL_COMMISSION, TODAY.plusDays(1), MeetingFormat.VIRTUAL);

        assertRefusedAndNothingWritten("event.not-yet-held", () -> attend(tomorrow.id(), new Attendance(sabadell, null)));
        assertEquals(EventStatus.SCHEDULED, stored(tomorrow.id()).status());
        assertEquals(EventStatus.HELD, attend(today.id(), new Attendance(sabadell, null)).orElseThrow().status());
    }

    @Test
    void theAttendanceNamesEachKnownCouncilOnce() {
        NetworkEvent commission = event(EventKind.TECHNICAL_COMMISSION, LocalDate.of(2026, 5, 12), MeetingFormat.VIRTUAL);

        assertRefusedAndNothingWritten("event.duplicate-attendance",
                () -> attend(commission.id(), new Attendance(sabadell, marta), new Attendance(sabadell, null)));
        assertRefusedAndNothingWritten("member.not-found",
                () -> attend(commission.id(), new Attendance(new MemberId(new UUID(7, 7)), null)));
        assertRefusedAndNothingWritten("person.not-found",
                () -> attend(commission.id(), new Attendance(sabadell, new PersonId(new UUID(7, 7)))));
        assertRefusedAndNothingWritten("event.not-found",
                () -> attend(new EventId(new UUID(7, 7)), new Attendance(sabadell, null)));
        assertEquals(EventStatus.SCHEDULED, stored(commission.id()).status());
    }

    @Test
    void aScheduledEventIsCancelledOnceAndThenNeitherHeldNorCancelledAgain() {
        NetworkEvent assembly = event(EventKind.ORDINARY_ASSEMBLY, LocalDate.of(2026, 3, 26), MeetingFormat.HYBRID);

        NetworkEvent cancelled = governance.cancel(new CancelEvent(assembly.id())).orElseThrow();

        assertEquals(EventStatus.CANCELLED, cancelled.status());
        assertEquals(cancelled, stored(assembly.id()));
        assertEquals(List.of("EventScheduled", "EventCancelled"), events(NetworkEvent.AGGREGATE_TYPE, assembly.id().toString()));
        assertRefusedAndNothingWritten("event.illegal-transition", () -> governance.cancel(new CancelEvent(assembly.id())));
        assertRefusedAndNothingWritten("event.illegal-transition", () -> attend(assembly.id(), new Attendance(sabadell, null)));
        assertRefusedAndNothingWritten("event.not-found", () -> governance.cancel(new CancelEvent(new EventId(new UUID(7, 7)))));
    }

    @Test
    void aHeldEventIsNeitherCancelledNorHeldAgain() {
        NetworkEvent commission = event(EventKind.TECHNICAL_COMMISSION, LocalDate.of(2026, 5, 12), MeetingFormat.VIRTUAL);
        attend(commission.id(), new Attendance(sabadell, null)).orElseThrow();

        assertRefusedAndNothingWritten("event.illegal-transition", () -> governance.cancel(new CancelEvent(commission.id())));
        assertRefusedAndNothingWritten("event.illegal-transition", () -> attend(commission.id(), new Attendance(manlleu, null)));
        assertEquals(List.of(new Attendance(sabadell, null)), stored(commission.id()).attendance());
    }

    // ---------------------------------------------------------------- the working groups' plenary

    @Test
    void thePlenaryOnTheCalendarIsTheWorkingGroupsPlenaryOfItsYear() {
        NetworkEvent plenary = event(EventKind.WORKING_GROUPS_PLENARY, LocalDate.of(2026, 2, 12), MeetingFormat.IN_PERSON);

        WorkingGroupPlenary adopted = stored(plenary.id()).asPlenary().orElseThrow();

        assertEquals(new WorkingGroupPlenary(2026, LocalDate.of(2026, 2, 12), MeetingFormat.IN_PERSON), adopted);
        assertTrue(adopted.isInSeason());
        assertTrue(event(EventKind.TECHNICAL_COMMISSION, LocalDate.of(2026, 2, 12), MeetingFormat.VIRTUAL).asPlenary().isEmpty(),
                "only the plenary is the plenary");
        governance.cancel(new CancelEvent(plenary.id())).orElseThrow();
        assertTrue(stored(plenary.id()).asPlenary().isEmpty(), "a cancelled plenary is none");
    }

    @Test
    void theWorkingGroupsPlenaryIsScheduledFromItsReferenceValue() {
        WorkingGroupPlenary plenary = new WorkingGroupPlenary(2026, LocalDate.of(2026, 1, 29), MeetingFormat.HYBRID);

        NetworkEvent scheduled = governance.schedule(ScheduleEvent.plenary(plenary, "Plenari dels grups de treball", PLACE,
                LINK)).orElseThrow();

        assertEquals(EventKind.WORKING_GROUPS_PLENARY, scheduled.kind());
        assertEquals(plenary.on(), scheduled.on());
        assertEquals(MeetingFormat.HYBRID, scheduled.format());
        assertEquals(List.of(PLACE, LINK), List.of(scheduled.place(), scheduled.link()));
        assertEquals(plenary, scheduled.asPlenary().orElseThrow());
    }

    // ---------------------------------------------------------------- the 2022 calendar

    private NetworkEvent plenary2022() {
        return event(EventKind.WORKING_GROUPS_PLENARY, LocalDate.of(2022, 2, 10), MeetingFormat.IN_PERSON);
    }

    private NetworkEvent firstAssembly2022() {
        return event(EventKind.ORDINARY_ASSEMBLY, LocalDate.of(2022, 3, 24), MeetingFormat.HYBRID);
    }

    private NetworkEvent electedOfficials2022() {
        return event(EventKind.ELECTED_OFFICIALS_MEETING, LocalDate.of(2022, 6, 16), MeetingFormat.IN_PERSON);
    }

    private NetworkEvent secondAssembly2022() {
        return event(EventKind.ORDINARY_ASSEMBLY, LocalDate.of(2022, 9, 22), MeetingFormat.HYBRID);
    }

    private NetworkEvent fair2022() {
        return event(EventKind.FAIR_ACTIVITY, LocalDate.of(2022, 10, 21), MeetingFormat.IN_PERSON);
    }

    private CalendarCheck check2022() {
        return governance.checkCalendar(2022, CalendarTemplate.plan2022());
    }

    private static SlotCheck slot(CalendarCheck check, String label) {
        return check.slots().stream().filter(s -> s.slot().label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void aYearWithEveryEventOfThePlanInItsWindowAndFormatFulfilsIt() {
        NetworkEvent plenary = plenary2022();
        NetworkEvent first = firstAssembly2022();
        NetworkEvent officials = electedOfficials2022();
        NetworkEvent second = secondAssembly2022();
        NetworkEvent fair = fair2022();
        event(EventKind.TECHNICAL_COMMISSION, LocalDate.of(2022, 5, 3), MeetingFormat.VIRTUAL);
        event(EventKind.ORDINARY_ASSEMBLY, LocalDate.of(2023, 3, 23), MeetingFormat.HYBRID);

        CalendarCheck check = check2022();

        assertTrue(check.fulfilled(), check::toString);
        assertEquals(List.of(), check.problems());
        assertEquals(2022, check.year());
        assertEquals("plan-2022", check.template());
        assertEquals(List.of("working-groups-plenary", "first-ordinary-assembly", "elected-officials-meeting",
                "second-ordinary-assembly", "fair-activity"), check.slots().stream().map(s -> s.slot().label()).toList());
        assertEquals(List.of(plenary.id(), first.id(), officials.id(), second.id(), fair.id()),
                check.slots().stream().map(s -> s.answeredBy().orElseThrow()).toList());
        assertFalse(governance.checkCalendar(2023, CalendarTemplate.plan2022()).fulfilled());
    }

    @Test
    void aYearWithoutTheSecondOrdinaryAssemblyMissesExactlyThatSlot() {
        plenary2022();
        firstAssembly2022();
        electedOfficials2022();
        fair2022();

        CalendarCheck check = check2022();

        assertFalse(check.fulfilled());
        List<SlotCheck> missing = check.slots().stream().filter(s -> s.status() == SlotStatus.MISSING).toList();
        assertEquals(1, missing.size(), check::toString);
        SlotCheck slot = missing.get(0);
        assertEquals("second-ordinary-assembly", slot.slot().label());
        assertTrue(slot.answeredBy().isEmpty());
        assertEquals("calendar.missing", slot.reason().code());
        assertEquals("second-ordinary-assembly", slot.reason().arguments().get(0));
        assertEquals(List.of(slot.reason()), check.problems());
        assertExplainedInEachLanguage(slot.reason());
        assertEquals(4, check.slots().stream().filter(s -> s.status() == SlotStatus.FULFILLED).count());
    }

    @Test
    void aVirtualAssemblyInItsWindowAnswersTheSlotInAnotherFormat() {
        plenary2022();
        firstAssembly2022();
        electedOfficials2022();
        NetworkEvent virtual = event(EventKind.ORDINARY_ASSEMBLY, LocalDate.of(2022, 9, 22), MeetingFormat.VIRTUAL);
        fair2022();

        CalendarCheck check = check2022();

        SlotCheck second = slot(check, "second-ordinary-assembly");
        assertEquals(SlotStatus.FORMAT_DIFFERS, second.status());
        assertEquals(virtual.id(), second.answeredBy().orElseThrow());
        assertEquals("calendar.format-differs", second.reason().code());
        assertExplainedInEachLanguage(second.reason());
        assertEquals(SlotStatus.FULFILLED, slot(check, "first-ordinary-assembly").status());
        assertFalse(check.fulfilled());
        assertEquals(1, check.problems().size());
    }

    @Test
    void electedOfficialsMeetingInAugustFallsOutsideItsWindow() {
        plenary2022();
        firstAssembly2022();
        NetworkEvent august = event(EventKind.ELECTED_OFFICIALS_MEETING, LocalDate.of(2022, 8, 25), MeetingFormat.IN_PERSON);
        secondAssembly2022();
        fair2022();

        CalendarCheck check = check2022();

        SlotCheck officials = slot(check, "elected-officials-meeting");
        assertEquals(SlotStatus.OUT_OF_WINDOW, officials.status());
        assertEquals(august.id(), officials.answeredBy().orElseThrow());
        assertEquals("calendar.out-of-window", officials.reason().code());
        assertExplainedInEachLanguage(officials.reason());
        assertEquals(List.of(officials.reason()), check.problems());
    }

    @Test
    void aCancelledEventAnswersNoSlot() {
        plenary2022();
        firstAssembly2022();
        electedOfficials2022();
        NetworkEvent second = secondAssembly2022();
        fair2022();
        assertTrue(check2022().fulfilled());

        governance.cancel(new CancelEvent(second.id())).orElseThrow();

        CalendarCheck check = check2022();
        assertEquals(SlotStatus.MISSING, slot(check, "second-ordinary-assembly").status());
        assertEquals(1, check.problems().size());
        assertEquals("calendar.missing", check.problems().get(0).code());
    }

    @Test
    void aHeldEventStillAnswersItsSlot() {
        plenary2022();
        NetworkEvent first = firstAssembly2022();
        electedOfficials2022();
        secondAssembly2022();
        fair2022();

        attend(first.id(), new Attendance(sabadell, null), new Attendance(manlleu, null)).orElseThrow();

        assertTrue(check2022().fulfilled());
    }

    // ---------------------------------------------------------------- where the host shows an event

    @Test
    void anEventLinkTemplateWithTheIdIsAccepted() {
        try (Xarxa linked = Xarxa.builder().setting(Xarxa.STORAGE, "memory").clock(CLOCK)
                .eventLinks("https://intranet.example.cat/xarxa/events/{id}").build()) {
            assertEquals("memory", linked.storageName());
        }
        try (Xarxa fromSetting = Xarxa.builder().setting(Xarxa.STORAGE, "memory").clock(CLOCK)
                .setting(Xarxa.EVENT_LINKS, "http://intranet.example.cat/agenda?event={id}").build()) {
            assertEquals("memory", fromSetting.storageName());
        }
    }

    @Test
    void anEventLinkTemplateWithoutTheIdOrNotOnTheWebIsAConfigurationError() {
        for (String template : List.of("https://intranet.example.cat/xarxa/events/", "ftp://intranet.example.cat/events/{id}",
                "intranet/events/{id}")) {
            ConfigurationException error = assertThrows(ConfigurationException.class, () -> Xarxa.builder()
                    .setting(Xarxa.STORAGE, "memory").clock(CLOCK).eventLinks(template).build(), template);
            assertEquals("config.event-link-template", error.reason().code());
            assertExplainedInEachLanguage(error.reason());
        }
        ConfigurationException fromSetting = assertThrows(ConfigurationException.class, () -> Xarxa.builder()
                .setting(Xarxa.STORAGE, "memory").setting(Xarxa.EVENT_LINKS, "mailto:secretaria@example.cat?{id}").build());
        assertEquals("config.event-link-template", fromSetting.reason().code());
    }
}
