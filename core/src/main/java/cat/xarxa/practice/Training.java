package cat.xarxa.practice;

import cat.xarxa.common.MeetingFormat;
import cat.xarxa.member.MemberId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A training a member council opens to the rest of the network (seed 001: a catalogue of the
 * councils' trainings). Immutable.
 *
 * @param id      the id
 * @param council the offering council
 * @param title   its title
 * @param topic   its topic, as a tag
 * @param from    the first day
 * @param to      the last day
 * @param format  virtual, in person or hybrid
 * @param seats   the seats offered to the network
 * @param link    where to read more or enrol; may be empty
 * @param version the version the store last saved; 0 if never stored
 */
public record Training(TrainingId id, MemberId council, String title, String topic, LocalDate from, LocalDate to,
                       MeetingFormat format, int seats, String link, long version) {

    /** The aggregate type in the journal. */
    public static final String AGGREGATE_TYPE = "training";

    public Training {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(council, "council");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(format, "format");
        link = link == null ? "" : link;
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a training ends on or after its first day");
        }
        if (seats < 1) {
            throw new IllegalArgumentException("a training offers at least one seat");
        }
    }

    /** The same training as stored at a version. */
    public Training withVersion(long storedVersion) {
        return new Training(id, council, title, topic, from, to, format, seats, link, storedVersion);
    }
}
