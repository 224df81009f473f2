package cat.xarxa;

import cat.xarxa.common.Decision;
import cat.xarxa.common.MeetingFormat;
import cat.xarxa.common.Reason;
import cat.xarxa.common.WebLinks;
import cat.xarxa.governance.AssemblyDecision;
import cat.xarxa.governance.Attendance;
import cat.xarxa.governance.Body;
import cat.xarxa.governance.BodySeat;
import cat.xarxa.governance.CalendarCheck;
import cat.xarxa.governance.CalendarTemplate;
import cat.xarxa.governance.CancelEvent;
import cat.xarxa.governance.DecisionId;
import cat.xarxa.governance.EventChanged;
import cat.xarxa.governance.EventId;
import cat.xarxa.governance.EventStatus;
import cat.xarxa.governance.Governance;
import cat.xarxa.governance.LeaveSeat;
import cat.xarxa.governance.NetworkEvent;
import cat.xarxa.governance.RecordAttendance;
import cat.xarxa.governance.ScheduleEvent;
import cat.xarxa.governance.SeatChanged;
import cat.xarxa.governance.SeatId;
import cat.xarxa.governance.TakeSeat;
import cat.xarxa.member.Member;
import cat.xarxa.member.MemberStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** {@link Governance} over a store: seats, events and the calendar check; votes go to {@link AssemblyVotes}. */
final class GovernanceDesk implements Governance {

    private final UnitOfWork work;
    private final cat.xarxa.common.IdSource ids;
    private final Clock clock;
    private final AssemblyVotes votes;

    GovernanceDesk(UnitOfWork work, cat.xarxa.common.IdSource ids, Clock clock, AssemblyVotes votes) {
        this.work = work;
        this.ids = ids;
        this.clock = clock;
        this.votes = votes;
    }

    @Override
    public Decision<BodySeat> takeSeat(TakeSeat command) {
        return work.run(scope -> {
            List<Reason> problems = new ArrayList<>();
            if (!command.body().hasSeats()) {
                problems.add(Reason.of("governance.assembly-has-no-seats"));
            }
            if (command.council() == null && command.person() == null) {
                problems.add(Reason.of("governance.seat-holder-missing"));
            }
            if (command.council() != null) {
                Optional<Member> council = scope.tx().members().find(command.council());
                if (council.isEmpty()) {
                    problems.add(Reason.of("member.not-found", command.council()));
                } else if (council.get().statusOn(command.from()).filter(s -> s == MemberStatus.MEMBER).isEmpty()) {
                    problems.add(Reason.of("governance.not-a-member", council.get().name(), command.from()));
                }
            }
            if (command.person() != null && scope.tx().people().find(command.person()).isEmpty()) {
                problems.add(Reason.of("person.not-found", command.person()));
            }
            if (problems.isEmpty()) {
                try (Stream<BodySeat> seats = scope.tx().governance().seats()) {
                    seats.filter(s -> s.body() == command.body() && java.util.Objects.equals(s.council(), command.council())
                                    && java.util.Objects.equals(s.person(), command.person())
                                    && (s.until() == null || !s.until().isBefore(command.from())))
                            .findFirst()
                            .ifPresent(s -> problems.add(Reason.of("governance.already-seated", command.body(), s.from())));
                }
            }
            if (!problems.isEmpty()) {
                return Decision.rejected(problems);
            }
            BodySeat seat = new BodySeat(new SeatId(ids.nextId()), command.body(), command.council(), command.person(),
                    command.role(), command.from(), null, 0);
            long version = scope.tx().governance().save(seat);
            BodySeat stored = seat.withVersion(version);
            return scope.record(Decision.accepted(stored, new SeatChanged(stored, "SeatTaken")), version);
        });
    }

    @Override
    public Decision<BodySeat> leaveSeat(LeaveSeat command) {
        return work.run(scope -> scope.tx().governance().seat(command.seat()).map(seat -> {
            if (seat.until() != null) {
                return Decision.<BodySeat>rejected(Reason.of("governance.seat-ended", seat.until()));
            }
            if (command.last().isBefore(seat.from())) {
                return Decision.<BodySeat>rejected(Reason.of("governance.end-before-start", command.last(), seat.from()));
            }
            BodySeat ended = seat.endedOn(command.last());
            long version = scope.tx().governance().save(ended);
            BodySeat stored = ended.withVersion(version);
            return scope.record(Decision.accepted(stored, new SeatChanged(stored, "SeatLeft")), version);
        }).orElseGet(() -> Decision.rejected(Reason.of("governance.seat-not-found", command.seat()))));
    }

    @Override
    public List<BodySeat> seatsOn(Body body, LocalDate date) {
        return work.read(tx -> {
            try (Stream<BodySeat> seats = tx.governance().seats()) {
                return seats.filter(s -> s.body() == body && s.heldOn(date)).toList();
            }
        });
    }

    @Override
    public List<BodySeat> seats() {
        return work.read(tx -> {
            try (Stream<BodySeat> seats = tx.governance().seats()) {
                return seats.toList();
            }
        });
    }

    @Override
    public Decision<NetworkEvent> schedule(ScheduleEvent command) {
        List<Reason> problems = new ArrayList<>();
        boolean inPerson = command.format() != MeetingFormat.VIRTUAL;
        boolean online = command.format() != MeetingFormat.IN_PERSON;
        cat.xarxa.governance.EventRules.problems(command.format(), command.place(), command.link(), command.startsAt(),
                command.endsAt()).forEach(p -> problems.add(p.reason()));
        if (!problems.isEmpty()) {
            return Decision.rejected(problems);
        }
        return work.run(scope -> {
            NetworkEvent event = new NetworkEvent(new EventId(ids.nextId()), command.kind(), command.title(), command.on(),
                    command.startsAt(), command.endsAt(), command.format(), inPerson ? command.place() : "",
                    online ? command.link() : "", EventStatus.SCHEDULED, List.of(), 0);
            return store(scope, event, "EventScheduled");
        });
    }

    private static Decision<NetworkEvent> store(UnitOfWork.Scope scope, NetworkEvent event, String change) {
        long version = scope.tx().governance().save(event);
        NetworkEvent stored = event.withVersion(version);
        return scope.record(Decision.accepted(stored, new EventChanged(stored, change)), version);
    }

    @Override
    public Decision<NetworkEvent> recordAttendance(RecordAttendance command) {
        return work.run(scope -> scope.tx().governance().event(command.event()).map(event -> {
            List<Reason> problems = new ArrayList<>();
            if (event.on().isAfter(LocalDate.now(clock))) {
                problems.add(Reason.of("event.not-yet-held", event.title(), event.on()));
            }
            Set<cat.xarxa.member.MemberId> seen = new HashSet<>();
            for (Attendance a : command.attendance()) {
                if (!seen.add(a.council())) {
                    problems.add(Reason.of("event.duplicate-attendance", a.council()));
                } else if (scope.tx().members().find(a.council()).isEmpty()) {
                    problems.add(Reason.of("member.not-found", a.council()));
                }
                if (a.person() != null && scope.tx().people().find(a.person()).isEmpty()) {
                    problems.add(Reason.of("person.not-found", a.person()));
                }
            }
            if (!problems.isEmpty()) {
                return Decision.<NetworkEvent>rejected(problems);
            }
            Decision<NetworkEvent> held = event.held(command.attendance());
            return held.isRejected() ? held : store(scope, held.orElseThrow(), "EventHeld");
        }).orElseGet(() -> Decision.rejected(Reason.of("event.not-found", command.event()))));
    }

    @Override
    public Decision<NetworkEvent> cancel(CancelEvent command) {
        return work.run(scope -> scope.tx().governance().event(command.event()).map(event -> {
            Decision<NetworkEvent> cancelled = event.cancelled();
            return cancelled.isRejected() ? cancelled : store(scope, cancelled.orElseThrow(), "EventCancelled");
        }).orElseGet(() -> Decision.rejected(Reason.of("event.not-found", command.event()))));
    }

    @Override
    public Optional<NetworkEvent> event(EventId id) {
        return work.read(tx -> tx.governance().event(id));
    }

    @Override
    public List<NetworkEvent> calendar(int year) {
        return work.read(tx -> tx.governance().eventsBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
    }

    @Override
    public CalendarCheck checkCalendar(int year, CalendarTemplate template) {
        return CalendarCheck.of(template, year, calendar(year));
    }

    @Override
    public Decision<AssemblyDecision> putToVote(cat.xarxa.governance.PutToVote command) {
        return votes.putToVote(command);
    }

    @Override
    public Optional<AssemblyDecision> decision(DecisionId id) {
        return work.read(tx -> tx.governance().decision(id));
    }

    @Override
    public List<AssemblyDecision> decisionsAt(EventId assembly) {
        return work.read(tx -> tx.governance().decisionsAt(assembly));
    }

    @Override
    public List<AssemblyDecision> decisions() {
        return work.read(tx -> {
            try (Stream<AssemblyDecision> all = tx.governance().decisions()) {
                return all.toList();
            }
        });
    }
}
