package cat.xarxa.governance;

import cat.xarxa.common.Decision;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The network's governance: who sits on its bodies, its calendar of events with their attendance,
 * the check of a year's calendar against a template, and the assembly's decisions with their
 * votes.
 */
public interface Governance {

    /**
     * A council or a person takes a seat on a body. {@code governance.assembly-has-no-seats},
     * {@code governance.already-seated}, {@code governance.not-a-member}, {@code member.not-found},
     * {@code person.not-found}
     */
    Decision<BodySeat> takeSeat(TakeSeat command);

    /** A seat ends. {@code governance.seat-not-found}, {@code governance.seat-ended}, {@code governance.end-before-start} */
    Decision<BodySeat> leaveSeat(LeaveSeat command);

    /** The seats of a body held on a day. */
    List<BodySeat> seatsOn(Body body, LocalDate date);

    /** Every seat, in id order. */
    List<BodySeat> seats();

    /** Puts an event on the calendar. {@code event.place-required}, {@code event.link-required}, {@code event.link-invalid}, {@code event.ends-before-start} */
    Decision<NetworkEvent> schedule(ScheduleEvent command);

    /** Records that an event was held and who attended. {@code event.not-found}, {@code event.not-yet-held}, {@code event.duplicate-attendance} */
    Decision<NetworkEvent> recordAttendance(RecordAttendance command);

    /** Cancels a scheduled event. {@code event.not-found}, {@code event.illegal-transition} */
    Decision<NetworkEvent> cancel(CancelEvent command);

    /** An event. */
    Optional<NetworkEvent> event(EventId id);

    /** The events of a year, by day. */
    List<NetworkEvent> calendar(int year);

    /** Whether a year's events fulfil a template, slot by slot. */
    CalendarCheck checkCalendar(int year, CalendarTemplate template);

    /**
     * Puts a motion to the vote of an assembly. The decision is recorded whatever the outcome; a
     * carried motion takes effect in the same unit of work, and if its effect is refused nothing is
     * recorded. {@code decision.not-an-assembly}, {@code decision.assembly-cancelled},
     * {@code decision.duplicate-vote}, {@code decision.reference-taken}, {@code decision.not-pending},
     * {@code decision.policy-missing}, and the refusals of the effect
     */
    Decision<AssemblyDecision> putToVote(PutToVote command);

    /** A decision. */
    Optional<AssemblyDecision> decision(DecisionId id);

    /** The decisions an assembly took. */
    List<AssemblyDecision> decisionsAt(EventId assembly);

    /** Every decision, in id order. */
    List<AssemblyDecision> decisions();
}
