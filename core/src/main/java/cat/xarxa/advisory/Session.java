package cat.xarxa.advisory;

import cat.xarxa.common.Hours;
import cat.xarxa.common.MeetingFormat;
import cat.xarxa.member.MemberId;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A session of an advisory: when and how it is held, and once held, how long it really took and
 * which councils attended.
 *
 * @param id         the id
 * @param start      when it starts
 * @param end        when it ends; after the start
 * @param format     virtual, in person or hybrid
 * @param status     planned, delivered or cancelled
 * @param delivered  the hours it really took (consumed from the bank); zero unless delivered
 * @param attendance the councils that attended; empty unless delivered
 */
public record Session(SessionId id, LocalDateTime start, LocalDateTime end, MeetingFormat format, SessionStatus status,
                      Hours delivered, List<MemberId> attendance) {

    public Session {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(delivered, "delivered");
        attendance = List.copyOf(attendance);
    }

    /** The hours it is planned for: from start to end, in whole minutes. */
    public Hours planned() {
        return Hours.ofMinutes(Math.max(0, Duration.between(start, end).toMinutes()));
    }

    /** This session, delivered with the hours it took and who attended. */
    public Session delivered(Hours took, List<MemberId> attended) {
        return new Session(id, start, end, format, SessionStatus.DELIVERED, took, attended);
    }

    /** This session, cancelled. */
    public Session cancelled() {
        return new Session(id, start, end, format, SessionStatus.CANCELLED, Hours.ZERO, List.of());
    }
}
