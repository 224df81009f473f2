package cat.xarxa.care;

import cat.xarxa.common.Decision;
import cat.xarxa.common.Reason;
import cat.xarxa.member.MemberId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A need a member raised (necessitat): what it needs, in which category, when it expects it, and
 * a follow-up log that says where it stands. Immutable.
 *
 * @param id          the id
 * @param member      the member that raised it
 * @param category    a category of the catalogue, e.g. {@code hiring-and-procurement}
 * @param description what is needed
 * @param raisedOn    when it was raised
 * @param expectedOn  when the member expects it (e.g. a planned procurement), or null
 * @param followUps   the follow-up log, oldest first
 * @param version     the version the store last saved; 0 if never stored
 */
public record Need(NeedId id, MemberId member, String category, String description, LocalDate raisedOn,
                   LocalDate expectedOn, List<FollowUp> followUps, long version) {

    /** The aggregate type in the journal. */
    public static final String AGGREGATE_TYPE = "need";

    public Need {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(raisedOn, "raisedOn");
        followUps = List.copyOf(followUps);
    }

    /** The status: that of the last follow-up, or open. */
    public NeedStatus status() {
        return followUps.isEmpty() ? NeedStatus.OPEN : followUps.get(followUps.size() - 1).status();
    }

    /** The expected date, if given. */
    public Optional<LocalDate> expected() {
        return Optional.ofNullable(expectedOn);
    }

    /**
     * Adds a follow-up: the status must follow from the current one (or stay) and the date must
     * not go back. {@code need.illegal-transition}, {@code need.date-before-last}
     */
    public Decision<Need> followUp(LocalDate on, NeedStatus status, String note) {
        LocalDate last = followUps.isEmpty() ? raisedOn : followUps.get(followUps.size() - 1).on();
        List<Reason> reasons = new ArrayList<>();
        if (status != status() && !status().next().contains(status)) {
            reasons.add(Reason.of("need.illegal-transition", status(), status));
        }
        if (on.isBefore(last)) {
            reasons.add(Reason.of("need.date-before-last", on, last));
        }
        if (!reasons.isEmpty()) {
            return Decision.rejected(reasons);
        }
        List<FollowUp> longer = new ArrayList<>(followUps);
        longer.add(new FollowUp(on, status, note));
        return Decision.accepted(new Need(id, member, category, description, raisedOn, expectedOn, longer, version),
                new NeedFollowedUp(id, on, status));
    }

    /** The same need as stored at a new version. */
    public Need withVersion(long storedVersion) {
        return new Need(id, member, category, description, raisedOn, expectedOn, followUps, storedVersion);
    }
}
