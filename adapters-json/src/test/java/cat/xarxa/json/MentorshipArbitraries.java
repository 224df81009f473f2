package cat.xarxa.json;

import cat.xarxa.common.MeetingFormat;
import cat.xarxa.member.Expertise;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.PersonId;
import cat.xarxa.mentorship.Documentation;
import cat.xarxa.mentorship.Extension;
import cat.xarxa.mentorship.MentorProfile;
import cat.xarxa.mentorship.Mentorship;
import cat.xarxa.mentorship.MentorshipId;
import cat.xarxa.mentorship.MentorshipMeeting;
import cat.xarxa.mentorship.MentorshipStatus;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Mentorship records for generated networks, each one an import accepts: mentors' profiles, open
 * or not, of distinct people of the network, each at one of its councils; and mentorships
 * between two of its people at two of its councils, each lived through by the domain's own
 * methods to where it ends up, so that every history is one a mentorship can have: proposed and
 * left so, declined, lapsed or cancelled before an answer; accepted and under way, with
 * extensions agreed by both, the activities, meetings and the documentation shared; completed
 * with two meetings or more and the documentation; expired past its end; or cancelled by either
 * person while under way. Texts hold the characters that make JSON hard.
 */
final class MentorshipArbitraries {

    private static final String AWKWARD = "abcdefghijklmnopqrstuvwxyzàèéíïòóúüçñ·ABCÀÉÍÑÇ0123456789 ,;:'\"\\/{}[]\n\t";
    private static final List<String> ENDINGS = List.of("", "", " 😀", "𝄞", "\u2028");
    private static final List<String> LINKS = List.of("", "https://xarxa.cat/mentories/1",
            "https://xarxa.cat/m?id=1&lang=ca");
    private static final Period A_YEAR = Period.ofYears(1);

    private MentorshipArbitraries() {
    }

    /** Up to four profiles and up to six mentorships. */
    static Arbitrary<MentorshipPlans> plans() {
        return Combinators.combine(profilePlans().list().ofMaxSize(4), mentorshipPlans().list().ofMaxSize(6))
                .as(MentorshipPlans::new);
    }

    private static Arbitrary<ProfilePlan> profilePlans() {
        return Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 11),
                        Arbitraries.of(Expertise.CATALOGUE).list().ofMaxSize(3).uniqueElements(),
                        Arbitraries.of(true, false), Arbitraries.integers().between(1, 5))
                .as(ProfilePlan::new);
    }

    private static Arbitrary<MentorshipPlan> mentorshipPlans() {
        Arbitrary<MeetingStep> meeting = Combinators.combine(Arbitraries.integers().between(0, 60),
                        Arbitraries.of(MeetingFormat.class), texts(40))
                .as(MeetingStep::new);
        Arbitrary<ExtensionStep> extension = Combinators.combine(Arbitraries.integers().between(1, 200),
                        Arbitraries.integers().between(0, 300), Arbitraries.integers().between(0, 300))
                .as(ExtensionStep::new);
        Arbitrary<DocumentationStep> documentation = Combinators.combine(Arbitraries.of(true, false),
                        texts(60), Arbitraries.of(LINKS), Arbitraries.integers().between(0, 30))
                .as(DocumentationStep::new);
        Arbitrary<People> people = Combinators.combine(Arbitraries.integers().between(0, 5),
                        Arbitraries.integers().between(0, 11), Arbitraries.integers().between(1, 5),
                        Arbitraries.integers().between(1, 11))
                .as(People::new);
        Arbitrary<Answer> answer = Combinators.combine(Arbitraries.of(MentorshipStatus.class),
                        Arbitraries.integers().between(0, 30), Arbitraries.integers().between(0, 60), texts(30),
                        Arbitraries.of(true, false))
                .as(Answer::new);
        return Combinators.combine(people, Arbitraries.of(Expertise.CATALOGUE), texts(60),
                        Arbitraries.integers().between(0, 14_000).map(LocalDate.of(1990, 1, 1)::plusDays), answer,
                        Combinators.combine(extension.list().ofMaxSize(2), texts(40), meeting.list().ofMaxSize(4),
                                documentation).as(Under::new))
                .as(MentorshipPlan::new);
    }

    /** Texts with accents, quotes, line breaks and characters beyond the BMP. */
    private static Arbitrary<String> texts(int maxLength) {
        return Combinators.combine(Arbitraries.strings().withChars(AWKWARD).ofMaxLength(maxLength),
                        Arbitraries.of(ENDINGS))
                .as(String::concat);
    }

    /** What mentorship records a generated network holds, before it knows its members and people. */
    record MentorshipPlans(List<ProfilePlan> profiles, List<MentorshipPlan> mentorships) {

        /**
         * The profiles (none without people and members; one a person) and the mentorships (none
         * without two people and a member).
         *
         * @param seed makes the ids, so that they do not come in the order they are made
         */
        MentorshipRecords madeFor(long seed, List<MemberId> members, List<PersonId> people) {
            List<MentorProfile> offered = new ArrayList<>();
            List<Mentorship> made = new ArrayList<>();
            if (members.isEmpty() || people.isEmpty()) {
                return new MentorshipRecords(offered, made);
            }
            Set<PersonId> mentors = new HashSet<>();
            for (ProfilePlan profile : profiles) {
                PersonId person = people.get(profile.person() % people.size());
                if (mentors.add(person)) {
                    offered.add(new MentorProfile(person, members.get(profile.council() % members.size()),
                            Set.copyOf(profile.topics()), profile.open(), profile.capacity(), 0));
                }
            }
            if (people.size() >= 2) {
                for (int i = 0; i < mentorships.size(); i++) {
                    MentorshipId id = new MentorshipId(new UUID(seed + 79L * i, 1_100 + i));
                    made.add(mentorships.get(i).livedThrough(id, members, people));
                }
            }
            return new MentorshipRecords(offered, made);
        }
    }

    /** The mentorship records of a generated network. */
    record MentorshipRecords(List<MentorProfile> profiles, List<Mentorship> mentorships) {
    }

    /**
     * A mentor's profile.
     *
     * @param person  which of the people (modulo how many there are); a person already offering
     *                is left out
     * @param council which of the members (modulo how many there are)
     */
    record ProfilePlan(int person, int council, List<String> topics, boolean open, int capacity) {
    }

    /**
     * Who takes part: the mentor and, some places further in the lists, the mentee, so that they
     * are two people of two councils (one council when the network has only one).
     */
    record People(int mentor, int mentorCouncil, int menteeAfter, int menteeCouncilAfter) {
    }

    /**
     * Where the mentorship ends up, and how.
     *
     * @param outcome        the status it ends up in
     * @param answerDays     how long after the proposal it was answered (or lapsed, or cancelled)
     * @param lastDays       how long after the last thing before it was completed, cancelled or
     *                       expired (after its end, for an expiry)
     * @param note           the reason a decline or a cancellation gives
     * @param byMentor       whether the mentor completes or cancels it, rather than the mentee; and
     *                       for a cancellation, whether it is cancelled once under way rather than
     *                       before an answer
     */
    record Answer(MentorshipStatus outcome, int answerDays, int lastDays, String note, boolean byMentor) {
    }

    /** What happens while it is under way: extensions, the activities agreed, meetings, documentation. */
    record Under(List<ExtensionStep> extensions, String activities, List<MeetingStep> meetings,
                 DocumentationStep documentation) {
    }

    /**
     * An extension.
     *
     * @param laterDays  how many days after the current end it ends
     * @param mentorDays when the mentor agreed, in days from the start (within the first year)
     * @param menteeDays when the mentee agreed, likewise
     */
    record ExtensionStep(int laterDays, int mentorDays, int menteeDays) {
    }

    /** A meeting, some days after the one before (or after the start). */
    record MeetingStep(int daysLater, MeetingFormat format, String summary) {
    }

    /**
     * The documentation the mentee shares, some days after the last meeting: a summary, a link or
     * both; never neither, which the domain refuses.
     *
     * @param shared whether it is shared while the mentorship is under way (always, for a
     *               completed one)
     */
    record DocumentationStep(boolean shared, String summary, String link, int daysLater) {

        Documentation on(LocalDate after) {
            boolean says = !summary.isBlank() || !link.isBlank();
            return new Documentation(says ? summary : "Memòria de la mentoria", link, after.plusDays(daysLater));
        }
    }

    /** A mentorship between two of the network's people, proposed on a day, and where it ends up. */
    record MentorshipPlan(People people, String topic, String proposal, LocalDate proposedOn, Answer answer,
                          Under under) {

        Mentorship livedThrough(MentorshipId id, List<MemberId> members, List<PersonId> persons) {
            PersonId mentor = persons.get(people.mentor() % persons.size());
            PersonId mentee = persons.get((people.mentor() + people.menteeAfter() % (persons.size() - 1) + 1)
                    % persons.size());
            int mentorAt = people.mentorCouncil() % members.size();
            int menteeAt = members.size() == 1 ? mentorAt
                    : (mentorAt + people.menteeCouncilAfter() % (members.size() - 1) + 1) % members.size();
            Mentorship proposed = Mentorship.proposed(id, mentor, members.get(mentorAt), mentee, members.get(menteeAt),
                    topic, proposal, proposedOn);
            LocalDate answeredOn = proposedOn.plusDays(answer.answerDays());
            PersonId by = answer.byMentor() ? mentor : mentee;
            return switch (answer.outcome()) {
                case PROPOSED -> proposed;
                case DECLINED -> proposed.decline(answeredOn, answer.note()).orElseThrow();
                case LAPSED -> proposed.lapse(answeredOn).orElseThrow();
                case CANCELLED -> answer.byMentor()
                        ? cancelled(underWay(proposed, answeredOn, false), mentor)
                        : proposed.cancel(mentee, answeredOn, answer.note()).orElseThrow();
                case ACTIVE -> underWay(proposed, answeredOn, false);
                case COMPLETED -> {
                    Mentorship active = underWay(proposed, answeredOn, true);
                    yield active.complete(lastDay(active).plusDays(answer.lastDays() % 31), by).orElseThrow();
                }
                case EXPIRED -> {
                    Mentorship active = underWay(proposed, answeredOn, false);
                    yield active.expire(active.endsOn().plusDays(1 + answer.lastDays())).orElseThrow();
                }
            };
        }

        /**
         * Accepted on the day, then extended, the activities agreed, the meetings held and the
         * documentation shared; for a completion, two meetings at least and the documentation.
         */
        private Mentorship underWay(Mentorship proposed, LocalDate acceptedOn, boolean toComplete) {
            Mentorship active = proposed.accept(acceptedOn, A_YEAR).orElseThrow();
            for (ExtensionStep step : under.extensions()) {
                active = active.extend(new Extension(active.endsOn().plusDays(step.laterDays()),
                        acceptedOn.plusDays(step.mentorDays()), acceptedOn.plusDays(step.menteeDays()))).orElseThrow();
            }
            if (!under.activities().isEmpty()) {
                active = active.agree(under.activities(), acceptedOn).orElseThrow();
            }
            List<MeetingStep> meetings = new ArrayList<>(under.meetings());
            while (toComplete && meetings.size() < Mentorship.MEETINGS_REQUIRED) {
                meetings.add(new MeetingStep(14, MeetingFormat.VIRTUAL, "Trobada de seguiment"));
            }
            LocalDate on = acceptedOn;
            for (MeetingStep meeting : meetings) {
                on = on.plusDays(meeting.daysLater());
                active = active.meet(new MentorshipMeeting(on, meeting.format(), meeting.summary())).orElseThrow();
            }
            if (toComplete || under.documentation().shared()) {
                active = active.document(under.documentation().on(on)).orElseThrow();
            }
            return active;
        }

        private Mentorship cancelled(Mentorship active, PersonId by) {
            return active.cancel(by, lastDay(active).plusDays(answer.lastDays()), answer.note()).orElseThrow();
        }

        /** The last day anything happened while it was under way. */
        private static LocalDate lastDay(Mentorship active) {
            LocalDate last = active.startedOn().orElseThrow();
            for (MentorshipMeeting meeting : active.meetings()) {
                last = meeting.on().isAfter(last) ? meeting.on() : last;
            }
            if (active.documentation() != null && active.documentation().sharedOn().isAfter(last)) {
                last = active.documentation().sharedOn();
            }
            return last;
        }
    }
}
