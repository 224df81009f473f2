package cat.xarxa.spi.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cat.xarxa.common.ConcurrentUpdateException;
import cat.xarxa.common.MeetingFormat;
import cat.xarxa.member.Member;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What every storage must do with mentor profiles and mentorships. {@link StorageContract} extends
 * it through the advisory and fee parts.
 */
public abstract class MentorshipRecordsContract extends AdvisoryRecordsContract {

    private static Mentorship aCompletedMentorship(Member mentorCouncil, Member menteeCouncil) {
        PersonId mentor = new PersonId(UUID.randomUUID());
        PersonId mentee = new PersonId(UUID.randomUUID());
        return new Mentorship(new MentorshipId(UUID.randomUUID()), mentor, mentorCouncil.id(), mentee, menteeCouncil.id(),
                "responsible-public-procurement", "Voldria aprendre a posar clàusules socials\n«de debò»",
                List.of(new MentorshipStep(MentorshipStatus.PROPOSED, LocalDate.of(2026, 2, 2), mentee, ""),
                        new MentorshipStep(MentorshipStatus.ACTIVE, LocalDate.of(2026, 2, 9), mentor, ""),
                        new MentorshipStep(MentorshipStatus.COMPLETED, LocalDate.of(2027, 3, 1), mentee, "")),
                LocalDate.of(2027, 5, 9), List.of(new Extension(LocalDate.of(2027, 5, 9), LocalDate.of(2027, 1, 10),
                LocalDate.of(2027, 1, 12))), "Revisar plecs; visita al mercat",
                List.of(new MentorshipMeeting(LocalDate.of(2026, 3, 3), MeetingFormat.IN_PERSON, "Primera trobada"),
                        new MentorshipMeeting(LocalDate.of(2026, 6, 3), MeetingFormat.VIRTUAL, "")),
                new Documentation("Què hem après", "https://xarxa.cat/mentoria/1", LocalDate.of(2027, 2, 20)), 0);
    }

    @Test
    void aMentorProfileReadsBackWithSortedTopicsAndAStaleVersionChangesNothing() {
        Member council = aPendingMember(SABADELL, "Sabadell");
        MentorProfile profile = new MentorProfile(new PersonId(UUID.randomUUID()), council.id(),
                Set.of("housing-cooperatives", "care-policies"), true, 2, 0);
        storage.transaction(tx -> tx.members().save(council) + tx.mentorships().save(profile));
        MentorProfile closed = new MentorProfile(profile.person(), council.id(), profile.topics(), false, 3, 1);

        assertEquals(2L, (long) storage.transaction(tx -> tx.mentorships().save(closed)));
        assertThrows(ConcurrentUpdateException.class, () -> storage.transaction(tx -> tx.mentorships().save(closed)));
        MentorProfile read = storage.transaction(tx -> tx.mentorships().profile(profile.person())).orElseThrow();
        assertEquals(closed.withVersion(2), read);
        assertEquals(List.of("care-policies", "housing-cooperatives"), List.copyOf(read.topics()));
        assertEquals(List.of(closed.withVersion(2)), storage.transaction(tx -> {
            try (Stream<MentorProfile> all = tx.mentorships().profiles()) {
                return all.toList();
            }
        }));
    }

    @Test
    void aMentorshipReadsBackWithItsHistoryExtensionsMeetingsAndDocumentation() {
        Member sabadell = aPendingMember(SABADELL, "Sabadell");
        Member manlleu = aPendingMember(MANLLEU, "Manlleu");
        Mentorship mentorship = aCompletedMentorship(sabadell, manlleu);
        storage.transaction(tx -> tx.members().save(sabadell) + tx.members().save(manlleu)
                + tx.mentorships().save(mentorship));

        assertEquals(Optional.of(mentorship.withVersion(1)), storage.transaction(tx ->
                tx.mentorships().mentorship(mentorship.id())));
        assertEquals(List.of(mentorship.withVersion(1)), storage.transaction(tx ->
                tx.mentorships().ofPerson(mentorship.mentee())));
        assertEquals(List.of(mentorship.withVersion(1)), storage.transaction(tx ->
                tx.mentorships().ofPerson(mentorship.mentor())));
        assertEquals(List.of(), storage.transaction(tx -> tx.mentorships().ofPerson(new PersonId(UUID.randomUUID()))));
    }

    @Test
    void aProposalWithoutDocumentationOrEndReadsBackAndGrowsByReplacingItsRows() {
        Member sabadell = aPendingMember(SABADELL, "Sabadell");
        Member manlleu = aPendingMember(MANLLEU, "Manlleu");
        Mentorship done = aCompletedMentorship(sabadell, manlleu);
        Mentorship proposed = Mentorship.proposed(done.id(), done.mentor(), sabadell.id(), done.mentee(), manlleu.id(),
                done.topic(), "", LocalDate.of(2026, 2, 2));
        storage.transaction(tx -> tx.members().save(sabadell) + tx.members().save(manlleu) + tx.mentorships().save(proposed));
        assertEquals(Optional.of(proposed.withVersion(1)), storage.transaction(tx -> tx.mentorships().mentorship(done.id())));

        Mentorship grown = done.withVersion(1);
        assertEquals(2L, (long) storage.transaction(tx -> tx.mentorships().save(grown)));
        assertThrows(ConcurrentUpdateException.class, () -> storage.transaction(tx -> tx.mentorships().save(grown)));

        assertEquals(Optional.of(done.withVersion(2)), storage.transaction(tx -> tx.mentorships().mentorship(done.id())));
    }

    @Test
    void mentorshipsStreamInIdOrderOnceEach() {
        Member sabadell = aPendingMember(SABADELL, "Sabadell");
        Member manlleu = aPendingMember(MANLLEU, "Manlleu");
        List<Mentorship> made = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            made.add(aCompletedMentorship(sabadell, manlleu));
        }
        storage.transaction(tx -> {
            tx.members().save(sabadell);
            tx.members().save(manlleu);
            made.forEach(tx.mentorships()::save);
            return null;
        });

        List<Mentorship> expected = new ArrayList<>(made.stream().map(m -> m.withVersion(1)).toList());
        expected.sort(Comparator.comparing(m -> m.id().toString()));
        assertEquals(expected, storage.transaction(tx -> {
            try (Stream<Mentorship> all = tx.mentorships().mentorships()) {
                return all.toList();
            }
        }));
    }
}
