package cat.xarxa.mentorship;

import cat.xarxa.common.PersonalData;
import cat.xarxa.common.Decision;
import cat.xarxa.common.Reason;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.PersonId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A mentorship between two people of member councils, from the mentee's proposal on: personal,
 * not institutional (the two people never change), voluntary and free, at least two meetings, one
 * year at most unless both agree an extension, and completed only once the mentee has shared its
 * documentation with the network. Immutable: each step is a new value, or the reasons it was
 * refused.
 *
 * @param id            the id
 * @param mentor        the mentor
 * @param mentorCouncil the mentor's council
 * @param mentee        the person accompanied
 * @param menteeCouncil the mentee's council
 * @param topic         what it is about (one of the mentor's topics)
 * @param proposal      the mentee's words when proposing; may be empty
 * @param history       every status it went through, oldest first
 * @param endsOn        when it ends (start plus the maximum, or the last extension); null until accepted
 * @param extensions    the extensions agreed, oldest first
 * @param activities    the activities both agreed, in their words; may be empty
 * @param meetings      the meetings held, by date
 * @param documentation what the mentee shared with the network, or null
 * @param version       the version the store last saved; 0 if never stored
 */
public record Mentorship(MentorshipId id, PersonId mentor, MemberId mentorCouncil, PersonId mentee, MemberId menteeCouncil,
                         String topic, @PersonalData String proposal, List<MentorshipStep> history, LocalDate endsOn,
                         List<Extension> extensions, @PersonalData String activities, List<MentorshipMeeting> meetings,
                         Documentation documentation, long version) {

    /** The aggregate type in the journal. */
    public static final String AGGREGATE_TYPE = "mentorship";
    /** The least number of meetings before completion (seed 004: two meetings). */
    public static final int MEETINGS_REQUIRED = 2;

    public Mentorship {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(mentor, "mentor");
        Objects.requireNonNull(mentorCouncil, "mentorCouncil");
        Objects.requireNonNull(mentee, "mentee");
        Objects.requireNonNull(menteeCouncil, "menteeCouncil");
        Objects.requireNonNull(topic, "topic");
        proposal = proposal == null ? "" : proposal;
        history = List.copyOf(history);
        if (history.isEmpty()) {
            throw new IllegalArgumentException("a mentorship starts with its proposal");
        }
        extensions = List.copyOf(extensions);
        activities = activities == null ? "" : activities;
        meetings = List.copyOf(meetings);
    }

    /** A mentee's proposal to a mentor. */
    public static Mentorship proposed(MentorshipId id, PersonId mentor, MemberId mentorCouncil, PersonId mentee,
                                      MemberId menteeCouncil, String topic, String proposal, LocalDate on) {
        return new Mentorship(id, mentor, mentorCouncil, mentee, menteeCouncil, topic, proposal,
                List.of(new MentorshipStep(MentorshipStatus.PROPOSED, on, mentee, "")), null, List.of(), "", List.of(),
                null, 0);
    }

    /** The current status. */
    public MentorshipStatus status() {
        return history.get(history.size() - 1).status();
    }

    /** When it was proposed. */
    public LocalDate proposedOn() {
        return history.get(0).on();
    }

    /** When it started, if it was accepted. */
    public Optional<LocalDate> startedOn() {
        return history.stream().filter(s -> s.status() == MentorshipStatus.ACTIVE).map(MentorshipStep::on).findFirst();
    }

    /** Whether the person is the mentor or the mentee. */
    public boolean isParty(PersonId person) {
        return mentor.equals(person) || mentee.equals(person);
    }

    /** The same mentorship as stored at a version. */
    public Mentorship withVersion(long storedVersion) {
        return new Mentorship(id, mentor, mentorCouncil, mentee, menteeCouncil, topic, proposal, history, endsOn, extensions,
                activities, meetings, documentation, storedVersion);
    }

    private LocalDate lastDate() {
        return history.get(history.size() - 1).on();
    }

    private List<Reason> stepProblems(MentorshipStatus to, LocalDate on) {
        List<Reason> reasons = new ArrayList<>();
        if (!status().next().contains(to)) {
            reasons.add(Reason.of("mentorship.illegal-transition", status(), to));
        }
        if (on.isBefore(lastDate())) {
            reasons.add(Reason.of("mentorship.date-before-last", on, lastDate()));
        }
        return reasons;
    }

    private Mentorship step(MentorshipStatus to, LocalDate on, PersonId by, String note, LocalDate newEnd) {
        List<MentorshipStep> steps = new ArrayList<>(history);
        steps.add(new MentorshipStep(to, on, by, note));
        return new Mentorship(id, mentor, mentorCouncil, mentee, menteeCouncil, topic, proposal, steps, newEnd, extensions,
                activities, meetings, documentation, version);
    }

    /** The mentor accepts; it lasts the maximum from today. {@code mentorship.illegal-transition} */
    public Decision<Mentorship> accept(LocalDate on, java.time.Period maxDuration) {
        List<Reason> reasons = stepProblems(MentorshipStatus.ACTIVE, on);
        return reasons.isEmpty() ? Decision.accepted(step(MentorshipStatus.ACTIVE, on, mentor, "", on.plus(maxDuration)),
                List.of()) : Decision.rejected(reasons);
    }

    /** The mentor declines, freely; a reason is optional. */
    public Decision<Mentorship> decline(LocalDate on, String reason) {
        List<Reason> reasons = stepProblems(MentorshipStatus.DECLINED, on);
        return reasons.isEmpty() ? Decision.accepted(step(MentorshipStatus.DECLINED, on, mentor, reason, endsOn), List.of())
                : Decision.rejected(reasons);
    }

    /** The proposal lapses, unanswered. */
    public Decision<Mentorship> lapse(LocalDate on) {
        List<Reason> reasons = stepProblems(MentorshipStatus.LAPSED, on);
        return reasons.isEmpty() ? Decision.accepted(step(MentorshipStatus.LAPSED, on, null, "", endsOn), List.of())
                : Decision.rejected(reasons);
    }

    private List<Reason> activeOn(LocalDate on) {
        List<Reason> reasons = new ArrayList<>();
        if (status() != MentorshipStatus.ACTIVE) {
            reasons.add(Reason.of("mentorship.not-active", id, status()));
        } else if (on.isAfter(endsOn)) {
            reasons.add(Reason.of("mentorship.past-end", on, endsOn));
        } else if (on.isBefore(lastDate())) {
            reasons.add(Reason.of("mentorship.date-before-last", on, lastDate()));
        }
        return reasons;
    }

    /** Records a meeting, while active and within its dates. {@code mentorship.not-active}, {@code mentorship.past-end} */
    public Decision<Mentorship> meet(MentorshipMeeting meeting) {
        List<Reason> reasons = activeOn(meeting.on());
        if (!reasons.isEmpty()) {
            return Decision.rejected(reasons);
        }
        List<MentorshipMeeting> all = new ArrayList<>(meetings);
        all.add(meeting);
        all.sort(java.util.Comparator.comparing(MentorshipMeeting::on));
        return Decision.accepted(new Mentorship(id, mentor, mentorCouncil, mentee, menteeCouncil, topic, proposal, history,
                endsOn, extensions, activities, all, documentation, version), List.of());
    }

    /** Records the activities both agreed (free notes), replacing the earlier ones. */
    public Decision<Mentorship> agree(String agreed, LocalDate on) {
        List<Reason> reasons = activeOn(on);
        return reasons.isEmpty() ? Decision.accepted(new Mentorship(id, mentor, mentorCouncil, mentee, menteeCouncil, topic,
                proposal, history, endsOn, extensions, agreed, meetings, documentation, version), List.of())
                : Decision.rejected(reasons);
    }

    /**
     * An extension both agreed explicitly before the end: a later end date. Refused if not later
     * ({@code mentorship.extension-not-later}) or agreed after the end ({@code mentorship.extension-too-late}).
     */
    public Decision<Mentorship> extend(Extension extension) {
        List<Reason> reasons = new ArrayList<>();
        if (status() != MentorshipStatus.ACTIVE) {
            reasons.add(Reason.of("mentorship.not-active", id, status()));
        } else {
            if (!extension.until().isAfter(endsOn)) {
                reasons.add(Reason.of("mentorship.extension-not-later", extension.until(), endsOn));
            }
            for (LocalDate agreed : List.of(extension.mentorAgreedOn(), extension.menteeAgreedOn())) {
                if (agreed.isAfter(endsOn) || agreed.isBefore(startedOn().orElseThrow())) {
                    reasons.add(Reason.of("mentorship.extension-too-late", agreed, endsOn));
                    break;
                }
            }
        }
        if (!reasons.isEmpty()) {
            return Decision.rejected(reasons);
        }
        List<Extension> all = new ArrayList<>(extensions);
        all.add(extension);
        return Decision.accepted(new Mentorship(id, mentor, mentorCouncil, mentee, menteeCouncil, topic, proposal, history,
                extension.until(), all, activities, meetings, documentation, version), List.of());
    }

    /** The mentee shares the documentation with the network. {@code mentorship.no-documentation} if it says nothing. */
    public Decision<Mentorship> document(Documentation shared) {
        List<Reason> reasons = activeOn(shared.sharedOn());
        if (!shared.isGiven()) {
            reasons.add(Reason.of("mentorship.no-documentation", id));
        }
        return reasons.isEmpty() ? Decision.accepted(new Mentorship(id, mentor, mentorCouncil, mentee, menteeCouncil, topic,
                proposal, history, endsOn, extensions, activities, meetings, shared, version), List.of())
                : Decision.rejected(reasons);
    }

    /**
     * Completes it: two meetings at least held by that date ({@code mentorship.too-few-meetings}) and the
     * documentation shared by then ({@code mentorship.no-documentation}), by the end date ({@code mentorship.past-end}).
     */
    public Decision<Mentorship> complete(LocalDate on, PersonId by) {
        List<Reason> reasons = activeOn(on);
        long held = meetings.stream().filter(meeting -> !meeting.on().isAfter(on)).count();
        if (held < MEETINGS_REQUIRED) {
            reasons.add(Reason.of("mentorship.too-few-meetings", held, MEETINGS_REQUIRED));
        }
        if (documentation == null || !documentation.isGiven() || documentation.sharedOn().isAfter(on)) {
            reasons.add(Reason.of("mentorship.no-documentation", id));
        }
        if (!isParty(by)) {
            reasons.add(Reason.of("mentorship.not-a-party", by));
        }
        return reasons.isEmpty() ? Decision.accepted(step(MentorshipStatus.COMPLETED, on, by, "", endsOn), List.of())
                : Decision.rejected(reasons);
    }

    /** Expires it: active and past its end date. {@code mentorship.not-yet-ended} */
    public Decision<Mentorship> expire(LocalDate on) {
        List<Reason> reasons = stepProblems(MentorshipStatus.EXPIRED, on);
        if (reasons.isEmpty() && !on.isAfter(endsOn)) {
            reasons.add(Reason.of("mentorship.not-yet-ended", endsOn));
        }
        return reasons.isEmpty() ? Decision.accepted(step(MentorshipStatus.EXPIRED, on, null, "", endsOn), List.of())
                : Decision.rejected(reasons);
    }

    /** Either person cancels it, with a reason. {@code mentorship.not-a-party} */
    public Decision<Mentorship> cancel(PersonId by, LocalDate on, String reason) {
        List<Reason> reasons = stepProblems(MentorshipStatus.CANCELLED, on);
        if (!isParty(by)) {
            reasons.add(Reason.of("mentorship.not-a-party", by));
        }
        return reasons.isEmpty() ? Decision.accepted(step(MentorshipStatus.CANCELLED, on, by, reason, endsOn), List.of())
                : Decision.rejected(reasons);
    }
}
