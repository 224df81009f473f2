package cat.xarxa.governance;

import cat.xarxa.common.Decision;
import cat.xarxa.common.MeetingFormat;
import cat.xarxa.common.Reason;
import cat.xarxa.workinggroup.WorkingGroupPlenary;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An event on the network's calendar: an assembly, a commission meeting, the working groups'
 * plenary, the meeting of elected officials, an activity at the fair. Immutable.
 *
 * @param id         the id
 * @param kind       what kind of event
 * @param title      its title
 * @param on         the day
 * @param startsAt   the local start time in the network's zone, or null for an all-day event
 * @param endsAt     the local end time, or null
 * @param format     virtual, in person or hybrid
 * @param place      where, for an event in person or hybrid; empty otherwise
 * @param link       the online meeting's address, for a virtual or hybrid event; empty otherwise
 * @param status     scheduled, held or cancelled
 * @param attendance the councils that attended, once held
 * @param version    the version the store last saved; 0 if never stored
 */
public record NetworkEvent(EventId id, EventKind kind, String title, LocalDate on, LocalTime startsAt,
                           LocalTime endsAt, MeetingFormat format, String place, String link, EventStatus status,
                           List<Attendance> attendance, long version) {

    /** The aggregate type in the journal. */
    public static final String AGGREGATE_TYPE = "event";

    public NetworkEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(status, "status");
        place = place == null ? "" : place;
        link = link == null ? "" : link;
        attendance = List.copyOf(attendance);
    }

    /** The same event as stored at a version. */
    public NetworkEvent withVersion(long storedVersion) {
        return new NetworkEvent(id, kind, title, on, startsAt, endsAt, format, place, link, status, attendance,
                storedVersion);
    }

    /**
     * Marks the event held with who attended. {@code event.illegal-transition}
     */
    public Decision<NetworkEvent> held(List<Attendance> attended) {
        if (!status.next().contains(EventStatus.HELD)) {
            return Decision.rejected(Reason.of("event.illegal-transition", status, EventStatus.HELD));
        }
        return Decision.accepted(new NetworkEvent(id, kind, title, on, startsAt, endsAt, format, place, link,
                EventStatus.HELD, attended, version), List.of());
    }

    /** Cancels the event. {@code event.illegal-transition} */
    public Decision<NetworkEvent> cancelled() {
        if (!status.next().contains(EventStatus.CANCELLED)) {
            return Decision.rejected(Reason.of("event.illegal-transition", status, EventStatus.CANCELLED));
        }
        return Decision.accepted(new NetworkEvent(id, kind, title, on, startsAt, endsAt, format, place, link,
                EventStatus.CANCELLED, attendance, version), List.of());
    }

    /** This event as the working groups' plenary of its year, if it is one and it is not cancelled. */
    public Optional<WorkingGroupPlenary> asPlenary() {
        if (kind != EventKind.WORKING_GROUPS_PLENARY || status == EventStatus.CANCELLED) {
            return Optional.empty();
        }
        return Optional.of(new WorkingGroupPlenary(on.getYear(), on, format));
    }
}
