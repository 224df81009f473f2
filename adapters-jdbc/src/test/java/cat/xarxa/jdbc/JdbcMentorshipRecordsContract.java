package cat.xarxa.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cat.xarxa.common.ConcurrentUpdateException;
import cat.xarxa.common.MeetingFormat;
import cat.xarxa.member.Member;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.MemberKind;
import cat.xarxa.member.PersonId;
import cat.xarxa.mentorship.Documentation;
import cat.xarxa.mentorship.Extension;
import cat.xarxa.mentorship.MentorProfile;
import cat.xarxa.mentorship.Mentorship;
import cat.xarxa.mentorship.MentorshipId;
import cat.xarxa.mentorship.MentorshipMeeting;
import cat.xarxa.mentorship.MentorshipStatus;
import cat.xarxa.mentorship.MentorshipStep;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What a database adds to the mentorship part of the storage contract: a mentorship's history,
 * extensions and meetings kept as rows that are replaced whole, read side by side without mixing
 * two mentorships' rows, even beyond one fetch; the documentation, columns of the mentorship's
 * row, gone again when a mentorship no longer has it; a profile's topics; long texts kept whole.
 * {@link JdbcStorageContract} extends it, so it runs on every database the adapter supports.
 */
abstract class JdbcMentorshipRecordsContract extends JdbcAdvisoryRecordsContract {

    private static final LocalDate PROPOSED_ON = LocalDate.of(2026, 2, 2);

    private static Member aBody(int number) {
        return Member.requestMembership(new MemberId(UUID.randomUUID()), MemberKind.OTHER_PUBLIC_BODY,
                String.format("M%07dA", number), "Consorci " + number, LocalDate.of(2026, 1, 5)).orElseThrow();
    }

    /**
     * A mentorship with, by number, one to four steps, no extension or up to two, no meeting or up
     * to three, and documentation or none: what a join would multiply.
     */
    private static Mentorship aMentorship(int number, PersonId mentor, Member mentorCouncil, PersonId mentee,
                                          Member menteeCouncil) {
        List<MentorshipStep> history = List.of(
                new MentorshipStep(MentorshipStatus.PROPOSED, PROPOSED_ON, mentee, ""),
                new MentorshipStep(MentorshipStatus.ACTIVE, PROPOSED_ON.plusDays(7), mentor, ""),
                new MentorshipStep(MentorshipStatus.ACTIVE, PROPOSED_ON.plusDays(8), null, "Nota " + number),
                new MentorshipStep(MentorshipStatus.CANCELLED, PROPOSED_ON.plusDays(30), mentee, "Motiu " + number))
                .subList(0, 1 + number % 4);
        List<Extension> extensions = IntStream.range(0, number % 3)
                .mapToObj(i -> new Extension(LocalDate.of(2027, 3 + i, 1), LocalDate.of(2027, 1, 10 + i),
                        LocalDate.of(2027, 1, 12 + i)))
                .toList();
        List<MentorshipMeeting> meetings = IntStream.range(0, number % 4)
                .mapToObj(i -> new MentorshipMeeting(LocalDate.of(2026, 3 + i, 3), MeetingFormat.values()[i % 3],
                        i == 0 ? "" : "Trobada " + i))
                .toList();
        Documentation documentation = number % 2 == 0 ? null
                : new Documentation(number % 3 == 0 ? "" : "Què hem après", "https://xarxa.cat/mentoria/" + number,
                LocalDate.of(2027, 2, 20));
        return new Mentorship(new MentorshipId(UUID.randomUUID()), mentor, mentorCouncil.id(), mentee, menteeCouncil.id(),
                "topic-" + number % 5, number % 2 == 0 ? "" : "Proposta " + number, history,
                history.size() > 1 ? LocalDate.of(2027, 2, 9) : null, extensions, "Activitats " + number, meetings,
                documentation, 0);
    }

    private static Mentorship with(Mentorship mentorship, List<MentorshipStep> history, List<Extension> extensions,
                                   List<MentorshipMeeting> meetings, Documentation documentation, long version) {
        return new Mentorship(mentorship.id(), mentorship.mentor(), mentorship.mentorCouncil(), mentorship.mentee(),
                mentorship.menteeCouncil(), mentorship.topic(), mentorship.proposal(), history, mentorship.endsOn(),
                extensions, mentorship.activities(), meetings, documentation, version);
    }

    /** A profile with, by number, no topic or up to three of them. */
    private static MentorProfile aProfile(int number, Member council) {
        Set<String> topics = Set.copyOf(List.of("care-policies", "youth", "topic-" + number).subList(0, number % 4));
        return new MentorProfile(new PersonId(UUID.randomUUID()), council.id(), topics, number % 2 == 0, 1 + number % 5,
                0);
    }

    private static List<Mentorship> inIdOrder(Stream<Mentorship> mentorships) {
        return mentorships.sorted(Comparator.comparing(mentorship -> mentorship.id().toString())).toList();
    }

    /** What a stream gives, read to the end, the stream closed. */
    private static <T> List<T> everything(Stream<T> stream) {
        try (stream) {
            return stream.toList();
        }
    }

    @Test
    void everyMentorshipStreamsOnceWithItsOwnRowsEvenBeyondOneFetch() {
        List<Member> councils = IntStream.range(0, 2).mapToObj(JdbcMentorshipRecordsContract::aBody).toList();
        // One person is the mentor of some and the mentee of others.
        PersonId both = new PersonId(UUID.randomUUID());
        List<Mentorship> saved = IntStream.range(0, JdbcMentorships.FETCH_SIZE * 2 + 34)
                .mapToObj(number -> number % 5 == 0
                        ? aMentorship(number, both, councils.get(0), new PersonId(UUID.randomUUID()), councils.get(1))
                        : number % 5 == 1
                        ? aMentorship(number, new PersonId(UUID.randomUUID()), councils.get(1), both, councils.get(0))
                        : aMentorship(number, new PersonId(UUID.randomUUID()), councils.get(0),
                        new PersonId(UUID.randomUUID()), councils.get(1)))
                .toList();
        storage.transaction(tx -> {
            councils.forEach(tx.members()::save);
            saved.forEach(tx.mentorships()::save);
            return null;
        });

        List<Mentorship> streamed = storage.transaction(tx -> everything(tx.mentorships().mentorships()));
        List<Mentorship> ofBoth = storage.transaction(tx -> tx.mentorships().ofPerson(both));

        assertEquals(inIdOrder(saved.stream().map(mentorship -> mentorship.withVersion(1))), streamed);
        assertEquals(inIdOrder(saved.stream().filter(mentorship -> mentorship.isParty(both))
                .map(mentorship -> mentorship.withVersion(1))), ofBoth);
    }

    @Test
    void everyProfileStreamsOnceWithItsOwnTopicsEvenBeyondOneFetch() {
        Member council = aBody(1);
        List<MentorProfile> saved = IntStream.range(0, JdbcMentorProfiles.FETCH_SIZE * 2 + 34)
                .mapToObj(number -> aProfile(number, council)).toList();
        storage.transaction(tx -> {
            tx.members().save(council);
            saved.forEach(tx.mentorships()::save);
            return null;
        });

        List<MentorProfile> streamed = storage.transaction(tx -> everything(tx.mentorships().profiles()));

        assertEquals(saved.stream().map(profile -> profile.withVersion(1))
                .sorted(Comparator.comparing(profile -> profile.person().toString())).toList(), streamed);
    }

    @Test
    void anUpdateReplacesTheHistoryExtensionsMeetingsAndDocumentationWhole() {
        Member sabadell = aPendingMember(SABADELL, "Sabadell");
        Member manlleu = aPendingMember(MANLLEU, "Manlleu");
        Mentorship mentorship = aMentorship(11, new PersonId(UUID.randomUUID()), sabadell,
                new PersonId(UUID.randomUUID()), manlleu);
        MentorProfile profile = aProfile(3, sabadell);
        storage.transaction(tx -> tx.members().save(sabadell) + tx.members().save(manlleu)
                + tx.mentorships().save(mentorship) + tx.mentorships().save(profile));
        Mentorship fewer = with(mentorship, mentorship.history().subList(0, 2), mentorship.extensions().subList(1, 2),
                mentorship.meetings().subList(2, 3), new Documentation("Només el resum", "", LocalDate.of(2027, 2, 21)), 1);
        Mentorship none = with(mentorship, mentorship.history().subList(0, 1), List.of(), List.of(), null, 2);
        MentorProfile otherTopics = new MentorProfile(profile.person(), manlleu.id(), Set.of("ethical-finance"), true, 1, 1);

        storage.transaction(tx -> tx.mentorships().save(fewer) + tx.mentorships().save(otherTopics));
        Optional<Mentorship> afterFewer = storage.transaction(tx -> tx.mentorships().mentorship(mentorship.id()));
        storage.transaction(tx -> tx.mentorships().save(none));
        Optional<Mentorship> afterNone = storage.transaction(tx -> tx.mentorships().mentorship(mentorship.id()));

        assertEquals(List.of(4, 2, 3, true), List.of(mentorship.history().size(), mentorship.extensions().size(),
                mentorship.meetings().size(), mentorship.documentation() != null));
        assertEquals(Optional.of(fewer.withVersion(2)), afterFewer);
        assertEquals(Optional.of(none.withVersion(3)), afterNone);
        assertEquals(Optional.of(otherTopics.withVersion(2)),
                storage.transaction(tx -> tx.mentorships().profile(profile.person())));
    }

    @Test
    void aSecondProfileOrMentorshipWithTheSameKeyIsAConflict() {
        Member sabadell = aPendingMember(SABADELL, "Sabadell");
        MentorProfile profile = aProfile(2, sabadell);
        Mentorship mentorship = aMentorship(1, profile.person(), sabadell, new PersonId(UUID.randomUUID()), sabadell);
        storage.transaction(tx -> tx.members().save(sabadell) + tx.mentorships().save(profile)
                + tx.mentorships().save(mentorship));

        assertThrows(ConcurrentUpdateException.class, () -> storage.transaction(tx -> tx.mentorships().save(profile)));
        assertThrows(ConcurrentUpdateException.class, () -> storage.transaction(tx -> tx.mentorships().save(mentorship)));
        assertThrows(ConcurrentUpdateException.class, () -> storage.transaction(tx ->
                tx.mentorships().save(mentorship.withVersion(4))));
    }

    @Test
    void mentorshipAndProfileTextsAreKeptWholeAtFullLength() {
        Member sabadell = aPendingMember(SABADELL, "Sabadell");
        Member manlleu = aPendingMember(MANLLEU, "Manlleu");
        String line = "Línia amb «cometes» i accents: àèéíòóúç·l\n";
        PersonId mentor = new PersonId(UUID.randomUUID());
        PersonId mentee = new PersonId(UUID.randomUUID());
        Mentorship mentorship = new Mentorship(new MentorshipId(UUID.randomUUID()), mentor, sabadell.id(), mentee,
                manlleu.id(), "t".repeat(59) + "·", text(line, 2_000),
                List.of(new MentorshipStep(MentorshipStatus.PROPOSED, PROPOSED_ON, mentee, ""),
                        new MentorshipStep(MentorshipStatus.ACTIVE, PROPOSED_ON.plusDays(1), mentor, text(line, 500))),
                LocalDate.of(2027, 2, 3), List.of(), text(line, 4_000),
                List.of(new MentorshipMeeting(PROPOSED_ON.plusDays(2), MeetingFormat.HYBRID, text(line, 2_000))),
                new Documentation(text(line, 4_000), "https://xarxa.cat/" + "d".repeat(482), PROPOSED_ON.plusDays(3)), 0);
        Set<String> topics = IntStream.range(0, 20).mapToObj(i -> String.format("%02d", i) + "à".repeat(58))
                .collect(Collectors.toSet());
        MentorProfile profile = new MentorProfile(mentor, sabadell.id(), topics, true, 20, 0);

        storage.transaction(tx -> tx.members().save(sabadell) + tx.members().save(manlleu)
                + tx.mentorships().save(mentorship) + tx.mentorships().save(profile));

        assertEquals(500, mentorship.documentation().link().length());
        assertEquals(Optional.of(mentorship.withVersion(1)), storage.transaction(tx ->
                tx.mentorships().mentorship(mentorship.id())));
        MentorProfile read = storage.transaction(tx -> tx.mentorships().profile(mentor)).orElseThrow();
        assertEquals(profile.withVersion(1), read);
        assertEquals(List.copyOf(new TreeSet<>(topics)), List.copyOf(read.topics()));
    }

    /** Lines of text cut to a length, ending in spaces and a line break, which must be kept too. */
    private static String text(String line, int length) {
        return line.repeat(length / line.length() + 1).substring(0, length - 3) + "  \n";
    }
}
