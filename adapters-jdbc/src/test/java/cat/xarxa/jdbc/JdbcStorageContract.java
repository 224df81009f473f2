package cat.xarxa.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cat.xarxa.care.Channel;
import cat.xarxa.care.Contact;
import cat.xarxa.care.ContactId;
import cat.xarxa.care.ContactTopic;
import cat.xarxa.care.MeetingId;
import cat.xarxa.care.Need;
import cat.xarxa.care.NeedId;
import cat.xarxa.care.OnboardingMeeting;
import cat.xarxa.common.MeetingFormat;
import cat.xarxa.common.StorageException;
import cat.xarxa.member.Mandate;
import cat.xarxa.member.Member;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.MemberKind;
import cat.xarxa.member.MemberStatus;
import cat.xarxa.member.Members;
import cat.xarxa.member.Person;
import cat.xarxa.member.PersonId;
import cat.xarxa.member.Population;
import cat.xarxa.member.Role;
import cat.xarxa.member.StatusChange;
import cat.xarxa.partner.Partner;
import cat.xarxa.partner.PartnerId;
import cat.xarxa.partner.PartnerKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The storage contract, and what a database adds to it: times that must not move with the time
 * zone, text compared exactly, result sets streamed in pieces, connections that go back to a
 * pool; what it adds to the fee part comes from {@link JdbcFeeRecordsContract}, to the
 * advisory part from {@link JdbcAdvisoryRecordsContract}, to the mentorship part from
 * {@link JdbcMentorshipRecordsContract}, to the working-group part from
 * {@link JdbcWorkingGroupRecordsContract}, and to the governance part from
 * {@link JdbcGovernanceRecordsContract}. Run on every database the adapter supports.
 */
abstract class JdbcStorageContract extends JdbcGovernanceRecordsContract {

    private static final LocalDate APPLIED_ON = LocalDate.of(2026, 3, 2);

    private static Member aMember(MemberKind kind, String officialCode, String name) {
        return Member.restore(new MemberId(UUID.randomUUID()), kind, officialCode, name,
                List.of(new StatusChange(MemberStatus.APPLIED, APPLIED_ON, "")), 0);
    }

    /**
     * A public body whose rows a join of steps, figures and mandates would multiply: by its
     * number, one or two steps, no figure, one or three, and up to three mandates.
     */
    private static Member aBodyWithFiguresAndMandates(MemberKind kind, int number) {
        List<StatusChange> history = new ArrayList<>(List.of(new StatusChange(MemberStatus.APPLIED, APPLIED_ON, "")));
        if (number % 2 == 1) {
            history.add(new StatusChange(MemberStatus.MEMBER, LocalDate.of(2026, 4, 20), "AG 2026-04"));
        }
        int figures = List.of(0, 1, 3).get(number % 3);
        List<Population> population = IntStream.range(0, figures)
                .mapToObj(back -> new Population(2025 - back, 1_000L * number + back, "INE, padró 1/1/" + (2025 - back)))
                .toList();
        List<Mandate> mandates = List.of(
                new Mandate(aPersonId(number, 1), Role.TECHNICAL_CONTACT, APPLIED_ON, null),
                new Mandate(aPersonId(number, 2), Role.OTHER, APPLIED_ON, LocalDate.of(2026, 9, 30)),
                new Mandate(aPersonId(number, 3), Role.POLITICAL_REPRESENTATIVE, LocalDate.of(2026, 4, 20), null))
                .subList(0, number % 4);
        return Member.restore(new MemberId(UUID.randomUUID()), kind, "P" + number, "Consorci " + number,
                history, population, mandates, 0);
    }

    /** A person id told apart by the body and the mandate it is for. */
    private static PersonId aPersonId(int body, int mandate) {
        return new PersonId(new UUID(body, mandate));
    }

    private static Partner aPartner(String name) {
        return new Partner(new PartnerId(UUID.randomUUID()), name, PartnerKind.COOPERATIVE, "https://coop57.coop", null, 0);
    }

    /** A person with, by number, no tag or up to three of them, and an email or phone or neither. */
    private static Person aPersonWithTags(int number) {
        List<String> tags = List.of("cooperatives", "youth", "tag-" + number).subList(0, number % 4);
        return new Person(new PersonId(UUID.randomUUID()), "Persona " + number, number % 2 == 0 ? "" : "p" + number + "@xarxa.cat",
                number % 3 == 0 ? "" : "93 000 00 " + String.format("%02d", number % 100), Set.copyOf(tags), 0);
    }

    @Test
    void everyMemberStreamsOnceInIdOrderEvenBeyondOneFetch() {
        List<Member> saved = IntStream.range(0, JdbcMembers.FETCH_SIZE * 2 + 34)
                .mapToObj(i -> aMember(MemberKind.OTHER_PUBLIC_BODY, "P" + i, "Consorci " + i)).toList();
        storage.transaction(tx -> {
            saved.forEach(tx.members()::save);
            return null;
        });

        List<MemberId> streamed = storage.transaction(tx -> {
            try (Stream<Member> all = tx.members().all()) {
                return all.map(Member::id).toList();
            }
        });

        assertEquals(saved.stream().map(Member::id).sorted(Comparator.comparing(MemberId::toString)).toList(), streamed);
    }

    @Test
    void everyMemberStreamsWithItsOwnStepsFiguresAndMandatesEvenBeyondOneFetch() {
        List<Member> saved = IntStream.range(0, JdbcMembers.FETCH_SIZE * 2 + 34)
                .mapToObj(number -> aBodyWithFiguresAndMandates(MemberKind.OTHER_PUBLIC_BODY, number)).toList();
        storage.transaction(tx -> {
            saved.forEach(tx.members()::save);
            return null;
        });

        List<Member> streamed = storage.transaction(tx -> {
            try (Stream<Member> all = tx.members().all()) {
                return all.toList();
            }
        });

        assertEquals(saved.stream().map(member -> member.withVersion(1))
                .sorted(Comparator.comparing(member -> member.id().toString())).toList(), streamed);
        assertEquals(saved.stream().mapToInt(member -> member.population().size()).sum(),
                streamed.stream().mapToInt(member -> member.population().size()).sum());
        assertEquals(saved.stream().mapToInt(member -> member.mandates().size()).sum(),
                streamed.stream().mapToInt(member -> member.mandates().size()).sum());
    }

    @Test
    void everyPersonStreamsOnceWithItsOwnTagsEvenBeyondOneFetch() {
        // More than a batch of new people too, so that some are written before the commit.
        List<Person> saved = IntStream.range(0, Math.max(JdbcPeople.FETCH_SIZE * 2, PendingRecords.BATCH_SIZE) + 34)
                .mapToObj(JdbcStorageContract::aPersonWithTags).toList();
        storage.transaction(tx -> {
            saved.forEach(tx.people()::save);
            return null;
        });

        List<Person> streamed = storage.transaction(tx -> {
            try (Stream<Person> all = tx.people().all()) {
                return all.toList();
            }
        });

        assertEquals(saved.stream().map(person -> person.withVersion(1))
                .sorted(Comparator.comparing(person -> person.id().toString())).toList(), streamed);
        assertEquals(saved.stream().filter(person -> person.expertise().contains("youth")).count(),
                storage.transaction(tx -> tx.people().withExpertise("youth")).size());
    }

    @Test
    void aPersonWaitingToBeWrittenIsInTheDirectoryAndCanBeChangedInTheSameUnitOfWork() {
        Person person = aPersonWithTags(2);

        List<Person> seen = storage.transaction(tx -> {
            long version = tx.people().save(person);
            List<Person> inDirectory = tx.people().withExpertise("cooperatives");
            tx.people().save(person.withVersion(version).withExpertise(Set.of("ethical-finance")));
            return List.of(inDirectory.get(0), tx.people().find(person.id()).orElseThrow());
        });

        assertEquals(List.of(person.withVersion(1), person.withExpertise(Set.of("ethical-finance")).withVersion(2)), seen);
        assertEquals(List.of(), storage.transaction(tx -> tx.people().withExpertise("cooperatives")));
        assertEquals(Optional.of(seen.get(1)), storage.transaction(tx -> tx.people().find(person.id())));
    }

    /**
     * Reading every need, contact or meeting writes what the unit of work holds back, the
     * members first, since the foreign keys want them there before what names them.
     */
    @Test
    void readingTheCareAsAWholeInTheUnitOfWorkThatRegisteredTheMemberSeesEverything() {
        Member member = aPendingMember(SABADELL, "Sabadell");
        LocalDate on = LocalDate.of(2026, 5, 12);
        Need need = new Need(new NeedId(UUID.randomUUID()), member.id(), "training", "Formació en compra pública",
                on, null, List.of(), 0);
        Contact contact = new Contact(new ContactId(UUID.randomUUID()), member.id(), on, Channel.EMAIL,
                ContactTopic.HOW_THE_NETWORK_WORKS, "", null);
        OnboardingMeeting meeting = new OnboardingMeeting(new MeetingId(UUID.randomUUID()), member.id(), on,
                MeetingFormat.VIRTUAL, List.of(aPersonId(1, 1)), "");

        List<List<?>> seen = storage.transaction(tx -> {
            tx.members().save(member);
            tx.needs().save(need);
            tx.careLog().add(contact);
            tx.careLog().add(meeting);
            return List.of(everything(tx.needs().all()), everything(tx.careLog().contacts()),
                    everything(tx.careLog().meetings()));
        });

        assertEquals(List.of(List.of(need.withVersion(1)), List.of(contact), List.of(meeting)), seen);
        assertEquals(1L, (long) storage.transaction(tx -> tx.members().count()));
    }

    /** What a stream gives, read to the end, the stream closed. */
    private static <T> List<T> everything(Stream<T> stream) {
        try (stream) {
            return stream.toList();
        }
    }

    @Test
    void aMemberFoundByItsOfficialCodeComesWithItsOwnFiguresAndMandatesOnly() {
        Member consortium = aBodyWithFiguresAndMandates(MemberKind.OTHER_PUBLIC_BODY, 2);
        // The same code under another kind: its figures must not join the consortium's.
        Member namesake = aBodyWithFiguresAndMandates(MemberKind.COUNTY_COUNCIL, 2);
        Member neighbour = aBodyWithFiguresAndMandates(MemberKind.OTHER_PUBLIC_BODY, 1);
        storage.transaction(tx -> tx.members().save(consortium) + tx.members().save(namesake) + tx.members().save(neighbour));

        assertEquals(Optional.of(consortium.withVersion(1)), storage.transaction(tx ->
                tx.members().findByOfficialCode(MemberKind.OTHER_PUBLIC_BODY, "P2")));
        assertEquals(Optional.of(namesake.withVersion(1)), storage.transaction(tx ->
                tx.members().findByOfficialCode(MemberKind.COUNTY_COUNCIL, "P2")));
        assertEquals(3, consortium.population().size());
        assertEquals(2, consortium.mandates().size());
    }

    @Test
    void anUpdateReplacesThePopulationFiguresWhole() {
        Member member = aBodyWithFiguresAndMandates(MemberKind.OTHER_PUBLIC_BODY, 5);
        storage.transaction(tx -> tx.members().save(member));
        // As an import may restore it: one figure corrected, the two others gone.
        Member fewer = Member.restore(member.id(), member.kind(), member.officialCode(), member.name(), member.history(),
                List.of(new Population(2025, 5_001, "INE, padró 1/1/2025 (revisat)")), 1);
        Member none = Member.restore(member.id(), member.kind(), member.officialCode(), member.name(), member.history(),
                List.of(), 2);

        storage.transaction(tx -> tx.members().save(fewer));
        Optional<Member> afterCorrection = storage.transaction(tx -> tx.members().find(member.id()));
        storage.transaction(tx -> tx.members().save(none));
        Optional<Member> afterRemoval = storage.transaction(tx -> tx.members().find(member.id()));

        assertEquals(3, member.population().size());
        assertEquals(Optional.of(fewer.withVersion(2)), afterCorrection);
        assertEquals(Optional.of(none.withVersion(3)), afterRemoval);
    }

    @Test
    void portsRefuseToWorkAfterTheirUnitOfWork() {
        Members kept = storage.transaction(tx -> tx.members());

        assertThrows(IllegalStateException.class, kept::count);
    }

    @Test
    void aStreamLeftOpenEndsWithItsUnitOfWork() {
        storage.transaction(tx -> tx.members().save(aPendingMember(SABADELL, "Sabadell")));

        Stream<Member> leftOpen = storage.transaction(tx -> tx.members().all());

        assertThrows(StorageException.class, leftOpen::count);
    }

    @Test
    void aFailedUnitOfWorkLeavesTheStoreUsable() {
        for (int attempt = 0; attempt < 20; attempt++) {
            assertThrows(IllegalStateException.class, () -> storage.transaction(tx -> {
                tx.members().count();
                throw new IllegalStateException("the command failed");
            }));
        }

        assertEquals(1L, (long) storage.transaction(tx -> tx.members().save(aPendingMember(SABADELL, "Sabadell"))));
    }
}
