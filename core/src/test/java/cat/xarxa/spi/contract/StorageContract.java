package cat.xarxa.spi.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.care.Channel;
import cat.xarxa.care.Contact;
import cat.xarxa.care.ContactId;
import cat.xarxa.care.ContactTopic;
import cat.xarxa.care.MeetingId;
import cat.xarxa.care.Need;
import cat.xarxa.care.NeedId;
import cat.xarxa.care.NeedStatus;
import cat.xarxa.care.OnboardingMeeting;
import cat.xarxa.common.ConcurrentUpdateException;
import cat.xarxa.common.MeetingFormat;
import cat.xarxa.common.JournalEntry;
import cat.xarxa.member.Member;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.Mandate;
import cat.xarxa.member.MemberKind;
import cat.xarxa.member.MemberStatus;
import cat.xarxa.member.Person;
import cat.xarxa.member.PersonId;
import cat.xarxa.member.Population;
import cat.xarxa.member.Role;
import cat.xarxa.member.StatusChange;
import cat.xarxa.partner.Partner;
import cat.xarxa.partner.PartnerId;
import cat.xarxa.partner.PartnerKind;
import cat.xarxa.spi.Storage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every storage must do, run unchanged against each store: extend it, open an empty store
 * in {@link #openEmptyStorage()}, and every test here and in {@link WorkingGroupRecordsContract}, {@link MentorshipRecordsContract},
 * {@link AdvisoryRecordsContract} and {@link FeeRecordsContract} runs against it.
 */
public abstract class StorageContract extends PracticeRecordsContract {

    private static JournalEntry anEntry(Member member, String type, long version) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("name", member.name());
        data.put("note", "line one\nline two = with equals \\ and backslash");
        return new JournalEntry(0, Member.AGGREGATE_TYPE, member.id().toString(), version, type, data,
                Instant.parse("2026-03-02T10:15:30.123456Z"), "secretaria@xarxa.cat");
    }

    @Test
    void aSavedMemberReadsBackIdentical() {
        Member member = aPendingMember(SABADELL, "Sabadell");
        long version = storage.transaction(tx -> tx.members().save(member));

        Optional<Member> read = storage.transaction(tx -> tx.members().find(member.id()));

        assertEquals(1, version);
        assertEquals(Optional.of(member.withVersion(1)), read);
    }

    @Test
    void aMemberIsFoundByItsOfficialCode() {
        Member member = aPendingMember(SABADELL, "Sabadell");
        storage.transaction(tx -> tx.members().save(member));

        assertEquals(Optional.of(member.id()), storage.transaction(tx ->
                tx.members().findByOfficialCode(MemberKind.MUNICIPALITY, SABADELL).map(Member::id)));
        assertEquals(Optional.empty(), storage.transaction(tx ->
                tx.members().findByOfficialCode(MemberKind.COUNTY_COUNCIL, SABADELL)));
    }

    @Test
    void historyKeepsEveryStepInOrderWithItsReference() {
        Member pending = aPendingMember(SABADELL, "Sabadell");
        storage.transaction(tx -> tx.members().save(pending));
        Member admitted = pending.withVersion(1).admit(LocalDate.of(2026, 4, 20), "AG 2026-04").orElseThrow();
        Member withdrawn = admitted.withdraw(LocalDate.of(2027, 1, 1), "Acord del Ple: «baixa»").orElseThrow();
        long version = storage.transaction(tx -> tx.members().save(withdrawn));

        Member read = storage.transaction(tx -> tx.members().find(pending.id())).orElseThrow();

        assertEquals(2, version);
        assertEquals(List.of(
                new StatusChange(cat.xarxa.member.MemberStatus.APPLIED, LocalDate.of(2026, 3, 2), ""),
                new StatusChange(cat.xarxa.member.MemberStatus.MEMBER, LocalDate.of(2026, 4, 20), "AG 2026-04"),
                new StatusChange(cat.xarxa.member.MemberStatus.WITHDRAWN, LocalDate.of(2027, 1, 1), "Acord del Ple: «baixa»")),
                read.history());
    }

    @Test
    void aStaleVersionIsAConcurrentUpdateAndChangesNothing() {
        Member member = aPendingMember(SABADELL, "Sabadell");
        storage.transaction(tx -> tx.members().save(member));
        Member first = member.withVersion(1).admit(LocalDate.of(2026, 4, 20), "AG 2026-04").orElseThrow();
        Member second = member.withVersion(1).withdraw(LocalDate.of(2026, 4, 21), "changed its mind").orElseThrow();
        storage.transaction(tx -> tx.members().save(first));

        assertThrows(ConcurrentUpdateException.class, () -> storage.transaction(tx -> tx.members().save(second)));

        Member read = storage.transaction(tx -> tx.members().find(member.id())).orElseThrow();
        assertEquals(first.withVersion(2), read);
    }

    @Test
    void twoUnitsOfWorkThatReadTheSameVersionCannotBothWin() {
        Member member = aPendingMember(SABADELL, "Sabadell");
        storage.transaction(tx -> tx.members().save(member));

        assertThrows(ConcurrentUpdateException.class, () -> storage.transaction(outer -> {
            Member seenByOuter = outer.members().find(member.id()).orElseThrow();
            storage.transaction(inner -> inner.members().save(
                    inner.members().find(member.id()).orElseThrow().admit(LocalDate.of(2026, 4, 20), "AG").orElseThrow()));
            return outer.members().save(seenByOuter.withdraw(LocalDate.of(2026, 4, 21), "late").orElseThrow());
        }));

        assertEquals(cat.xarxa.member.MemberStatus.MEMBER,
                storage.transaction(tx -> tx.members().find(member.id())).orElseThrow().status());
    }

    @Test
    void insertingTheSameIdTwiceIsAConcurrentUpdate() {
        Member member = aPendingMember(SABADELL, "Sabadell");
        storage.transaction(tx -> tx.members().save(member));

        assertThrows(ConcurrentUpdateException.class, () -> storage.transaction(tx -> tx.members().save(member)));
        assertEquals(1L, (long) storage.transaction(tx -> tx.members().count()));
    }

    @Test
    void theSameOfficialCodeCannotBeStoredTwice() {
        storage.transaction(tx -> tx.members().save(aPendingMember(SABADELL, "Sabadell")));

        assertThrows(ConcurrentUpdateException.class, () -> storage.transaction(tx ->
                tx.members().save(aPendingMember(SABADELL, "Sabadell again"))));
        assertEquals(1L, (long) storage.transaction(tx -> tx.members().count()));
    }

    @Test
    void aFailingUnitOfWorkLeavesNothingBehind() {
        Member member = aPendingMember(SABADELL, "Sabadell");

        assertThrows(IllegalStateException.class, () -> storage.transaction(tx -> {
            long version = tx.members().save(member);
            tx.journal().append(List.of(anEntry(member, "MembershipRequested", version)));
            throw new IllegalStateException("the command failed after writing");
        }));

        assertEquals(Optional.empty(), storage.transaction(tx -> tx.members().find(member.id())));
        assertEquals(0L, (long) storage.transaction(tx -> tx.journal().size()));
    }

    @Test
    void aUnitOfWorkSeesItsOwnWrites() {
        Member member = aPendingMember(SABADELL, "Sabadell");

        boolean seen = storage.transaction(tx -> {
            tx.members().save(member);
            return tx.members().find(member.id()).isPresent()
                    && tx.members().findByOfficialCode(MemberKind.MUNICIPALITY, SABADELL).isPresent();
        });

        assertTrue(seen);
    }

    @Test
    void allStreamsEveryMemberInIdOrder() {
        List<Member> saved = Stream.of(SABADELL, MANLLEU, "082300", "081013", "170792")
                .map(code -> aPendingMember(code, "Council " + code)).toList();
        storage.transaction(tx -> {
            saved.forEach(tx.members()::save);
            return null;
        });

        List<MemberId> ids = storage.transaction(tx -> {
            try (Stream<Member> all = tx.members().all()) {
                return all.map(Member::id).toList();
            }
        });

        assertEquals(saved.stream().map(Member::id).sorted(java.util.Comparator.comparing(MemberId::toString)).toList(), ids);
        assertEquals(5L, (long) storage.transaction(tx -> tx.members().count()));
    }

    @Test
    void journalEntriesReadBackInOrderWithIncreasingSequences() {
        Member sabadell = aPendingMember(SABADELL, "Sabadell");
        Member manlleu = aPendingMember(MANLLEU, "Manlleu");
        List<JournalEntry> appended = storage.transaction(tx -> {
            tx.members().save(sabadell);
            tx.members().save(manlleu);
            List<JournalEntry> first = tx.journal().append(List.of(anEntry(sabadell, "MembershipRequested", 1),
                    anEntry(manlleu, "MembershipRequested", 1)));
            List<JournalEntry> second = tx.journal().append(List.of(anEntry(sabadell, "MemberAdmitted", 2)));
            return Stream.concat(first.stream(), second.stream()).toList();
        });

        List<JournalEntry> forSabadell = storage.transaction(tx ->
                tx.journal().entriesFor(Member.AGGREGATE_TYPE, sabadell.id().toString()));

        assertEquals(List.of(appended.get(0), appended.get(2)), forSabadell);
        assertTrue(appended.get(0).sequence() > 0);
        assertTrue(appended.get(1).sequence() > appended.get(0).sequence());
        assertTrue(appended.get(2).sequence() > appended.get(1).sequence());
        assertEquals(anEntry(sabadell, "MemberAdmitted", 2).withSequence(appended.get(2).sequence()), forSabadell.get(1));
        assertEquals(3L, (long) storage.transaction(tx -> tx.journal().size()));
    }

    @Test
    void anUnknownMemberIsEmptyNotAnError() {
        assertFalse(storage.transaction(tx -> tx.members().find(new MemberId(UUID.randomUUID()))).isPresent());
        assertEquals(List.of(), storage.transaction(tx -> tx.journal().entriesFor(Member.AGGREGATE_TYPE, "nobody")));
    }

    @Test
    void aLongAppendNumbersEveryEntryInOrder() {
        Member member = aPendingMember(SABADELL, "Sabadell");
        List<JournalEntry> entries = java.util.stream.IntStream.rangeClosed(1, 2_500)
                .mapToObj(i -> anEntry(member, "Step" + i, i)).toList();

        List<JournalEntry> appended = storage.transaction(tx -> tx.journal().append(entries));

        assertEquals(2_500, appended.size());
        for (int i = 1; i < appended.size(); i++) {
            assertTrue(appended.get(i).sequence() > appended.get(i - 1).sequence(), "entry " + i);
            assertEquals(entries.get(i).withSequence(appended.get(i).sequence()), appended.get(i));
        }
        assertEquals(appended, storage.transaction(tx -> tx.journal().entriesFor(Member.AGGREGATE_TYPE, member.id().toString())));
    }

    @Test
    void populationFiguresReadBackByYearAndACorrectionReplacesTheYear() {
        Member member = aPendingMember(SABADELL, "Sabadell")
                .recordPopulation(new cat.xarxa.member.Population(2025, 220_000, "INE, padró 1/1/2025")).orElseThrow()
                .recordPopulation(new cat.xarxa.member.Population(2024, 217_000, "INE, padró 1/1/2024")).orElseThrow();
        storage.transaction(tx -> tx.members().save(member));
        Member corrected = storage.transaction(tx -> tx.members().find(member.id())).orElseThrow()
                .recordPopulation(new cat.xarxa.member.Population(2025, 221_455, "INE, padró 1/1/2025 (revisat)")).orElseThrow();
        storage.transaction(tx -> tx.members().save(corrected));

        Member read = storage.transaction(tx -> tx.members().find(member.id())).orElseThrow();
        Member streamed = storage.transaction(tx -> {
            try (Stream<Member> all = tx.members().all()) {
                return all.findFirst().orElseThrow();
            }
        });

        assertEquals(List.of(new cat.xarxa.member.Population(2024, 217_000, "INE, padró 1/1/2024"),
                new cat.xarxa.member.Population(2025, 221_455, "INE, padró 1/1/2025 (revisat)")), read.population());
        assertEquals(corrected.withVersion(2), read);
        assertEquals(read, streamed);
    }

    @Test
    void aMemberReadmittedAfterWithdrawingKeepsItsWholeHistory() {
        Member member = aPendingMember(SABADELL, "Sabadell")
                .referToAssembly(LocalDate.of(2026, 3, 10), "AG 2026-04").orElseThrow()
                .admit(LocalDate.of(2026, 4, 20), "AG 2026-04").orElseThrow()
                .withdraw(LocalDate.of(2027, 12, 31), "Acord del Ple").orElseThrow()
                .applyAgain(LocalDate.of(2029, 2, 1)).orElseThrow()
                .admit(LocalDate.of(2029, 4, 18), "AG 2029-04").orElseThrow();
        storage.transaction(tx -> tx.members().save(member));

        Member read = storage.transaction(tx -> tx.members().find(member.id())).orElseThrow();

        assertEquals(member.withVersion(1), read);
        assertEquals(List.of(new cat.xarxa.member.MembershipPeriod(LocalDate.of(2026, 4, 20), LocalDate.of(2027, 12, 31)),
                new cat.xarxa.member.MembershipPeriod(LocalDate.of(2029, 4, 18), null)), read.periods());
    }

    @Test
    void everyKindOfMemberIsKeptWithItsCode() {
        List<Member> bodies = List.of(
                aMember(MemberKind.MUNICIPALITY, SABADELL, "Sabadell"),
                aMember(MemberKind.COUNTY_COUNCIL, "40", "Consell Comarcal del Vallès Occidental"),
                aMember(MemberKind.OTHER_PUBLIC_BODY, "P0801900B", "Consorci per a la Normalització Lingüística"));
        storage.transaction(tx -> {
            bodies.forEach(tx.members()::save);
            return null;
        });

        for (Member body : bodies) {
            assertEquals(Optional.of(body.withVersion(1)), storage.transaction(tx ->
                    tx.members().findByOfficialCode(body.kind(), body.officialCode())));
        }
    }

    protected static Person aPerson(String name, String email, String phone, String... expertise) {
        return new Person(new PersonId(UUID.randomUUID()), name, email, phone, Set.of(expertise), 0);
    }

    @Test
    void aSavedPersonReadsBackIdentical() {
        Person withEverything = aPerson("Núria Puig i Vilà «la Nuri» 🌱", "nuria.puig@ajsabadell.cat", "+34 937 45 31 00",
                "responsible-public-procurement", "cooperatives", "care-economy", "next-generation-eu-funds");
        Person withoutEmail = aPerson("Jordi Ferrer Çaglar", "", "937 45 31 01", "youth");
        Person withoutPhoneOrTags = aPerson("Anna O'Neill-Puigdomènech", "anna@manlleu.cat", "");
        List<Long> versions = storage.transaction(tx -> List.of(tx.people().save(withEverything),
                tx.people().save(withoutEmail), tx.people().save(withoutPhoneOrTags)));

        List<Optional<Person>> read = storage.transaction(tx -> Stream.of(withEverything, withoutEmail, withoutPhoneOrTags)
                .map(person -> tx.people().find(person.id())).toList());

        assertEquals(List.of(1L, 1L, 1L), versions);
        assertEquals(List.of(Optional.of(withEverything.withVersion(1)), Optional.of(withoutEmail.withVersion(1)),
                Optional.of(withoutPhoneOrTags.withVersion(1))), read);
        assertEquals(4, read.get(0).orElseThrow().expertise().size());
        assertEquals(Optional.empty(), storage.transaction(tx -> tx.people().find(new PersonId(UUID.randomUUID()))));
    }

    @Test
    void aUnitOfWorkSeesThePeopleItSaved() {
        Person person = aPerson("Marta Soler", "marta@xarxa.cat", "", "ethical-finance");

        Optional<Person> seen = storage.transaction(tx -> {
            tx.people().save(person);
            return tx.people().find(person.id());
        });

        assertEquals(Optional.of(person.withVersion(1)), seen);
    }

    @Test
    void aStalePersonVersionIsAConcurrentUpdateAndChangesNothing() {
        Person person = aPerson("Núria Puig", "nuria@ajsabadell.cat", "", "cooperatives", "youth");
        storage.transaction(tx -> tx.people().save(person));
        Person first = person.withVersion(1).withExpertise(Set.of("cooperatives", "housing-cooperatives"));
        Person second = new Person(person.id(), "Núria Puig i Vilà", "npuig@ajsabadell.cat", "937 00 00 00",
                Set.of("digitalisation"), 1);
        long version = storage.transaction(tx -> tx.people().save(first));

        assertThrows(ConcurrentUpdateException.class, () -> storage.transaction(tx -> tx.people().save(second)));

        assertEquals(2, version);
        assertEquals(Optional.of(first.withVersion(2)), storage.transaction(tx -> tx.people().find(person.id())));
        assertEquals(List.of(first.withVersion(2)), storage.transaction(tx -> tx.people().withExpertise("housing-cooperatives")));
        assertEquals(List.of(), storage.transaction(tx -> tx.people().withExpertise("digitalisation")));
    }

    @Test
    void registeringTheSamePersonTwiceIsAConcurrentUpdate() {
        Person person = aPerson("Núria Puig", "nuria@ajsabadell.cat", "", "cooperatives");
        storage.transaction(tx -> tx.people().save(person));

        assertThrows(ConcurrentUpdateException.class, () -> storage.transaction(tx ->
                tx.people().save(new Person(person.id(), "Someone else", "", "", Set.of("youth"), 0))));

        assertEquals(Optional.of(person.withVersion(1)), storage.transaction(tx -> tx.people().find(person.id())));
    }

    @Test
    void theDirectoryOfExpertiseFindsExactlyThePeopleWithTheTagInIdOrder() {
        List<Person> people = List.of(
                aPerson("Núria Puig", "nuria@ajsabadell.cat", "", "cooperatives", "youth"),
                aPerson("Jordi Ferrer", "", "937 45 31 01", "housing-cooperatives"),
                aPerson("Anna Soler", "anna@manlleu.cat", "", "cooperatives"),
                aPerson("Pere Vidal", "", "", "cooperatives", "ethical-finance", "care-economy"),
                aPerson("Laia Roca", "laia@vic.cat", "", "youth"),
                aPerson("Marc Pons", "", "", "cooperatives-and-more"));
        storage.transaction(tx -> {
            people.forEach(tx.people()::save);
            return null;
        });

        List<Person> cooperatives = storage.transaction(tx -> tx.people().withExpertise("cooperatives"));
        List<Person> nobody = storage.transaction(tx -> tx.people().withExpertise("free-software"));

        assertEquals(people.stream().filter(p -> p.expertise().contains("cooperatives")).map(p -> p.withVersion(1))
                .sorted(java.util.Comparator.comparing(p -> p.id().toString())).toList(), cooperatives);
        assertEquals(3, cooperatives.size());
        assertEquals(List.of(), nobody);
    }

    @Test
    void allStreamsEveryPersonInIdOrder() {
        List<Person> saved = java.util.stream.IntStream.range(0, 7)
                .mapToObj(i -> aPerson("Persona " + i, i % 2 == 0 ? "persona" + i + "@xarxa.cat" : "", "",
                        i % 3 == 0 ? new String[0] : new String[] {"youth", "tag-" + i}))
                .toList();
        storage.transaction(tx -> {
            saved.forEach(tx.people()::save);
            return null;
        });

        List<Person> streamed = storage.transaction(tx -> {
            try (Stream<Person> all = tx.people().all()) {
                return all.toList();
            }
        });

        assertEquals(saved.stream().map(p -> p.withVersion(1))
                .sorted(java.util.Comparator.comparing(p -> p.id().toString())).toList(), streamed);
    }

    /**
     * A council's people over two terms: its first representative hands over and stays as
     * another role, a technical contact throughout, a collaborator who left.
     */
    private static Member aMemberWithMandates(String ineCode, String name, PersonId first, PersonId second,
                                              PersonId technician, PersonId collaborator) {
        List<Mandate> mandates = List.of(
                new Mandate(first, Role.POLITICAL_REPRESENTATIVE, LocalDate.of(2023, 6, 17), LocalDate.of(2025, 1, 15)),
                new Mandate(technician, Role.TECHNICAL_CONTACT, LocalDate.of(2023, 9, 1), null),
                new Mandate(collaborator, Role.OTHER, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 12, 31)),
                new Mandate(second, Role.POLITICAL_REPRESENTATIVE, LocalDate.of(2025, 1, 15), null),
                new Mandate(first, Role.OTHER, LocalDate.of(2025, 1, 15), null));
        return Member.restore(new MemberId(UUID.randomUUID()), MemberKind.MUNICIPALITY, ineCode, name,
                List.of(new StatusChange(MemberStatus.APPLIED, LocalDate.of(2023, 3, 2), ""),
                        new StatusChange(MemberStatus.MEMBER, LocalDate.of(2023, 4, 20), "AG 2023-04")),
                List.of(new Population(2024, 217_000, "INE, padró 1/1/2024")), mandates, 0);
    }

    private static PersonId aPersonId() {
        return new PersonId(UUID.randomUUID());
    }

    @Test
    void mandatesReadBackIdenticalInTheOrderTheyStartedHoweverTheMemberIsRead() {
        Member sabadell = aMemberWithMandates(SABADELL, "Sabadell", aPersonId(), aPersonId(), aPersonId(), aPersonId());
        Member manlleu = aMemberWithMandates(MANLLEU, "Manlleu", aPersonId(), aPersonId(), aPersonId(), aPersonId());
        Member withoutMandates = aMember(MemberKind.MUNICIPALITY, "082300", "Vic");
        storage.transaction(tx -> tx.members().save(sabadell) + tx.members().save(manlleu) + tx.members().save(withoutMandates));

        Optional<Member> found = storage.transaction(tx -> tx.members().find(sabadell.id()));
        Optional<Member> foundByCode = storage.transaction(tx ->
                tx.members().findByOfficialCode(MemberKind.MUNICIPALITY, MANLLEU));
        List<Member> streamed = storage.transaction(tx -> {
            try (Stream<Member> all = tx.members().all()) {
                return all.toList();
            }
        });

        assertEquals(5, sabadell.mandates().size());
        assertEquals(Optional.of(sabadell.withVersion(1)), found);
        assertEquals(Optional.of(manlleu.withVersion(1)), foundByCode);
        assertEquals(Stream.of(sabadell, manlleu, withoutMandates).map(m -> m.withVersion(1))
                .sorted(java.util.Comparator.comparing(m -> m.id().toString())).toList(), streamed);
    }

    @Test
    void anUpdateThatHandsOverARoleReplacesTheMandatesWhole() {
        PersonId representative = aPersonId();
        Member member = aMemberWithMandates(SABADELL, "Sabadell", aPersonId(), representative, aPersonId(), aPersonId());
        storage.transaction(tx -> tx.members().save(member));
        PersonId successor = aPersonId();
        Member handedOver = storage.transaction(tx -> tx.members().find(member.id())).orElseThrow()
                .handOver(Role.POLITICAL_REPRESENTATIVE, successor, LocalDate.of(2027, 6, 19)).orElseThrow();
        long version = storage.transaction(tx -> tx.members().save(handedOver));

        Member read = storage.transaction(tx -> tx.members().find(member.id())).orElseThrow();

        assertEquals(2, version);
        assertEquals(handedOver.withVersion(2), read);
        assertEquals(6, read.mandates().size());
        assertEquals(new Mandate(representative, Role.POLITICAL_REPRESENTATIVE, LocalDate.of(2025, 1, 15),
                LocalDate.of(2027, 6, 19)), read.mandates().get(3));
        assertEquals(Optional.of(successor), read.holderOn(Role.POLITICAL_REPRESENTATIVE, LocalDate.of(2027, 6, 19)));

        // As an import may restore it: with fewer mandates, none of the others is left behind.
        Member fewer = Member.restore(member.id(), member.kind(), member.officialCode(), member.name(),
                member.history(), member.population(), read.mandates().subList(1, 2), 2);
        storage.transaction(tx -> tx.members().save(fewer));
        assertEquals(Optional.of(fewer.withVersion(3)), storage.transaction(tx -> tx.members().find(member.id())));
    }

    private static cat.xarxa.partner.Partner aPartner(String name) {
        return new cat.xarxa.partner.Partner(new cat.xarxa.partner.PartnerId(UUID.randomUUID()), name,
                cat.xarxa.partner.PartnerKind.FEDERATION, "https://example.coop", null, 0);
    }

    private static cat.xarxa.care.Need aNeed(MemberId member, LocalDate raisedOn) {
        return new cat.xarxa.care.Need(new cat.xarxa.care.NeedId(UUID.randomUUID()), member, "hiring-and-procurement",
                "Clàusules socials «neteja»\namb salt de línia", raisedOn, raisedOn.plusMonths(6), List.of(), 0);
    }

    @Test
    void aPartnerReadsBackIdenticalAndItsNameIsUnique() {
        cat.xarxa.partner.Partner federation = aPartner("Federació de Cooperatives d'Habitatge de Catalunya");
        cat.xarxa.partner.Partner network = new cat.xarxa.partner.Partner(new cat.xarxa.partner.PartnerId(UUID.randomUUID()),
                "Xarxa d'Economia Solidària", cat.xarxa.partner.PartnerKind.NETWORK, "",
                new cat.xarxa.member.PersonId(UUID.randomUUID()), 0);
        storage.transaction(tx -> tx.partners().save(federation) + tx.partners().save(network));

        assertEquals(Optional.of(federation.withVersion(1)), storage.transaction(tx -> tx.partners().find(federation.id())));
        assertEquals(Optional.of(network.withVersion(1)), storage.transaction(tx -> tx.partners().findByName("Xarxa d'Economia Solidària")));
        assertThrows(ConcurrentUpdateException.class, () -> storage.transaction(tx ->
                tx.partners().save(aPartner("Federació de Cooperatives d'Habitatge de Catalunya"))));
        cat.xarxa.partner.Partner changed = federation.withVersion(1).withContact(new cat.xarxa.member.PersonId(UUID.randomUUID()));
        storage.transaction(tx -> tx.partners().save(changed));
        assertThrows(ConcurrentUpdateException.class, () -> storage.transaction(tx -> tx.partners().save(federation.withVersion(1))));
        List<String> names = storage.transaction(tx -> {
            try (Stream<cat.xarxa.partner.Partner> all = tx.partners().all()) {
                return all.map(cat.xarxa.partner.Partner::name).toList();
            }
        });
        assertEquals(2, names.size());
        assertEquals(Optional.of(changed.withVersion(2)), storage.transaction(tx -> tx.partners().find(federation.id())));
    }

    @Test
    void aNeedReadsBackWithItsFollowUpsAndAStaleVersionChangesNothing() {
        Member member = aPendingMember(SABADELL, "Sabadell");
        cat.xarxa.care.Need need = aNeed(member.id(), LocalDate.of(2026, 5, 12));
        cat.xarxa.care.Need other = aNeed(member.id(), LocalDate.of(2026, 4, 1));
        storage.transaction(tx -> tx.members().save(member) + tx.needs().save(need) + tx.needs().save(other));
        cat.xarxa.care.Need followed = need.withVersion(1)
                .followUp(LocalDate.of(2026, 5, 20), cat.xarxa.care.NeedStatus.IN_PROGRESS, "Programat").orElseThrow()
                .followUp(LocalDate.of(2026, 6, 1), cat.xarxa.care.NeedStatus.ADDRESSED, "").orElseThrow();
        storage.transaction(tx -> tx.needs().save(followed));

        assertEquals(Optional.of(followed.withVersion(2)), storage.transaction(tx -> tx.needs().find(need.id())));
        assertEquals(List.of(other.id(), need.id()), storage.transaction(tx -> tx.needs().ofMember(member.id()))
                .stream().map(cat.xarxa.care.Need::id).toList());
        assertThrows(ConcurrentUpdateException.class, () -> storage.transaction(tx -> tx.needs().save(need.withVersion(1))));
        assertEquals(2L, (long) storage.transaction(tx -> {
            try (Stream<cat.xarxa.care.Need> all = tx.needs().all()) {
                return all.count();
            }
        }));
    }

    @Test
    void theCareLogKeepsContactsAndMeetingsByDateAndNeverTwice() {
        Member member = aPendingMember(SABADELL, "Sabadell");
        cat.xarxa.member.PersonId person = new cat.xarxa.member.PersonId(UUID.randomUUID());
        cat.xarxa.care.Contact later = new cat.xarxa.care.Contact(new cat.xarxa.care.ContactId(UUID.randomUUID()), member.id(),
                LocalDate.of(2026, 5, 3), cat.xarxa.care.Channel.EMAIL, cat.xarxa.care.ContactTopic.FEE_PAYMENT,
                "Dubte sobre la quota: «pagament»", person);
        cat.xarxa.care.Contact earlier = new cat.xarxa.care.Contact(new cat.xarxa.care.ContactId(UUID.randomUUID()), member.id(),
                LocalDate.of(2026, 4, 3), cat.xarxa.care.Channel.PHONE, cat.xarxa.care.ContactTopic.OTHER, "", null);
        cat.xarxa.care.OnboardingMeeting meeting = new cat.xarxa.care.OnboardingMeeting(
                new cat.xarxa.care.MeetingId(UUID.randomUUID()), member.id(), LocalDate.of(2026, 5, 12),
                cat.xarxa.common.MeetingFormat.HYBRID, List.of(person, new cat.xarxa.member.PersonId(UUID.randomUUID())),
                "Notes\nde la reunió");
        storage.transaction(tx -> {
            tx.members().save(member);
            tx.careLog().add(later);
            tx.careLog().add(earlier);
            tx.careLog().add(meeting);
            return null;
        });

        assertEquals(List.of(earlier, later), storage.transaction(tx -> tx.careLog().contactsOf(member.id())));
        assertEquals(List.of(meeting), storage.transaction(tx -> tx.careLog().meetingsOf(member.id())));
        assertThrows(ConcurrentUpdateException.class, () -> storage.transaction(tx -> {
            tx.careLog().add(later);
            return null;
        }));
        assertEquals(2L, (long) storage.transaction(tx -> {
            try (Stream<cat.xarxa.care.Contact> all = tx.careLog().contacts()) {
                return all.count();
            }
        }));
        assertEquals(List.of(meeting), storage.transaction(tx -> {
            try (Stream<cat.xarxa.care.OnboardingMeeting> all = tx.careLog().meetings()) {
                return all.toList();
            }
        }));
    }

    /**
     * A member's needs, contacts and meetings read the same, in the same order, while some are
     * only in the unit of work that saved them and once all are stored: two contacts on one day
     * go by id, and another member's follow-ups and attendees stay with that member.
     */
    @Test
    void aMembersCareReadsInOrderWhetherStoredOrStillInItsUnitOfWork() {
        Member sabadell = aPendingMember(SABADELL, "Sabadell");
        Member manlleu = aPendingMember(MANLLEU, "Manlleu");
        PersonId person = aPersonId();
        Need june = aNeed(sabadell.id(), LocalDate.of(2026, 6, 1));
        Need april = aNeed(sabadell.id(), LocalDate.of(2026, 4, 1));
        Need manlleus = aNeed(manlleu.id(), LocalDate.of(2026, 5, 1))
                .followUp(LocalDate.of(2026, 5, 2), NeedStatus.IN_PROGRESS, "Trucada").orElseThrow()
                .followUp(LocalDate.of(2026, 5, 9), NeedStatus.DROPPED, "Ja no cal").orElseThrow();
        Contact mayStored = aContact(sabadell.id(), LocalDate.of(2026, 5, 3), person);
        Contact mayWaiting = aContact(sabadell.id(), LocalDate.of(2026, 5, 3), null);
        Contact aprilWaiting = aContact(sabadell.id(), LocalDate.of(2026, 4, 3), person);
        OnboardingMeeting mayMeeting = aMeeting(sabadell.id(), LocalDate.of(2026, 5, 12), List.of(person, aPersonId()));
        OnboardingMeeting aprilMeeting = aMeeting(sabadell.id(), LocalDate.of(2026, 4, 12), List.of());
        OnboardingMeeting manlleusMeeting = aMeeting(manlleu.id(), LocalDate.of(2026, 4, 12), List.of(aPersonId()));
        storage.transaction(tx -> {
            tx.members().save(sabadell);
            tx.members().save(manlleu);
            tx.needs().save(june);
            tx.needs().save(manlleus);
            tx.careLog().add(mayStored);
            tx.careLog().add(mayMeeting);
            tx.careLog().add(manlleusMeeting);
            return null;
        });
        Need aprilFollowedUp = april.withVersion(1)
                .followUp(LocalDate.of(2026, 4, 20), NeedStatus.IN_PROGRESS, "Primera reunió").orElseThrow();

        List<List<?>> whileWaiting = storage.transaction(tx -> {
            tx.needs().save(april);
            long version = tx.needs().save(aprilFollowedUp);
            tx.careLog().add(mayWaiting);
            tx.careLog().add(aprilWaiting);
            tx.careLog().add(aprilMeeting);
            assertEquals(2, version);
            return careOf(tx, sabadell.id());
        });
        List<List<?>> stored = storage.transaction(tx -> careOf(tx, sabadell.id()));

        List<Contact> sameDayById = Stream.of(mayStored, mayWaiting)
                .sorted(java.util.Comparator.comparing(contact -> contact.id().toString())).toList();
        List<List<?>> expected = List.of(
                List.of(aprilFollowedUp.withVersion(2), june.withVersion(1)),
                List.of(aprilWaiting, sameDayById.get(0), sameDayById.get(1)),
                List.of(aprilMeeting, mayMeeting));
        assertEquals(expected, whileWaiting);
        assertEquals(expected, stored);
        assertEquals(List.of(manlleus.withVersion(1)), storage.transaction(tx -> tx.needs().ofMember(manlleu.id())));
        assertEquals(List.of(manlleusMeeting), storage.transaction(tx -> tx.careLog().meetingsOf(manlleu.id())));
    }

    /** A member's needs, contacts and meetings, as the care log and the needs give them. */
    private static List<List<?>> careOf(cat.xarxa.spi.Transaction tx, MemberId member) {
        return List.of(tx.needs().ofMember(member), tx.careLog().contactsOf(member), tx.careLog().meetingsOf(member));
    }

    /**
     * A partner is found by its name, exactly as registered, even before its unit of work ends;
     * it can be changed in that same unit of work; and one unit of work cannot register a name twice.
     */
    @Test
    void aPartnerIsFoundByItsExactNameAndChangedInTheUnitOfWorkThatRegisteredIt() {
        String name = "Federació de Cooperatives d'Habitatge «Sostre» 🏠";
        Partner federation = aPartner(name);
        PersonId contact = aPersonId();

        List<Object> seen = storage.transaction(tx -> {
            tx.partners().save(federation);
            Partner found = tx.partners().findByName(name).orElseThrow();
            long version = tx.partners().save(found.withContact(contact));
            return List.of(found, version, tx.partners().find(federation.id()).orElseThrow());
        });
        assertThrows(ConcurrentUpdateException.class, () -> storage.transaction(tx ->
                tx.partners().save(aPartner("Coop57")) + tx.partners().save(aPartner("Coop57"))));
        Partner shouting = aPartner(name.toUpperCase(java.util.Locale.ROOT));
        storage.transaction(tx -> tx.partners().save(shouting));

        Partner changed = federation.withContact(contact).withVersion(2);
        assertEquals(List.of(federation.withVersion(1), 2L, changed), seen);
        assertEquals(Optional.of(changed), storage.transaction(tx -> tx.partners().findByName(name)));
        assertEquals(Optional.of(shouting.withVersion(1)), storage.transaction(tx ->
                tx.partners().findByName(name.toUpperCase(java.util.Locale.ROOT))));
        assertEquals(Optional.empty(), storage.transaction(tx -> tx.partners().findByName(name + " ")));
        assertEquals(Optional.empty(), storage.transaction(tx -> tx.partners().findByName("Coop57")));
        List<Partner> all = storage.transaction(tx -> {
            try (Stream<Partner> partners = tx.partners().all()) {
                return partners.toList();
            }
        });
        assertEquals(Stream.of(changed, shouting.withVersion(1))
                .sorted(java.util.Comparator.comparing(partner -> partner.id().toString())).toList(), all);
    }

    /**
     * More needs, contacts and meetings than a store is likely to read or write in one round
     * trip, saved in the unit of work that registers their members: each streams once, in id
     * order, with its own follow-ups or attendees, and a member's needs come by date then id.
     */
    @Test
    void everyNeedContactAndMeetingStreamsWithItsOwnEntriesHoweverMany() {
        Member sabadell = aPendingMember(SABADELL, "Sabadell");
        Member manlleu = aPendingMember(MANLLEU, "Manlleu");
        int many = 1_234;
        List<Need> needs = java.util.stream.IntStream.range(0, many)
                .mapToObj(number -> aNeedFollowedUp(number % 2 == 0 ? sabadell.id() : manlleu.id(), number)).toList();
        List<Contact> contacts = java.util.stream.IntStream.range(0, many)
                .mapToObj(number -> aContact(number % 2 == 0 ? sabadell.id() : manlleu.id(),
                        LocalDate.of(2026, 1, 1).plusDays(number % 200), number % 3 == 0 ? null : aPersonId()))
                .toList();
        List<OnboardingMeeting> meetings = java.util.stream.IntStream.range(0, many)
                .mapToObj(number -> aMeeting(number % 2 == 0 ? sabadell.id() : manlleu.id(),
                        LocalDate.of(2026, 1, 1).plusDays(number % 200),
                        java.util.stream.Stream.generate(StorageContract::aPersonId).limit(number % 4).toList()))
                .toList();
        storage.transaction(tx -> {
            tx.members().save(sabadell);
            tx.members().save(manlleu);
            needs.forEach(tx.needs()::save);
            contacts.forEach(tx.careLog()::add);
            meetings.forEach(tx.careLog()::add);
            return null;
        });

        List<Need> streamedNeeds = storage.transaction(tx -> {
            try (Stream<Need> all = tx.needs().all()) {
                return all.toList();
            }
        });
        List<Contact> streamedContacts = storage.transaction(tx -> {
            try (Stream<Contact> all = tx.careLog().contacts()) {
                return all.toList();
            }
        });
        List<OnboardingMeeting> streamedMeetings = storage.transaction(tx -> {
            try (Stream<OnboardingMeeting> all = tx.careLog().meetings()) {
                return all.toList();
            }
        });
        List<Need> sabadellsNeeds = storage.transaction(tx -> tx.needs().ofMember(sabadell.id()));

        assertEquals(needs.stream().map(need -> need.withVersion(1))
                .sorted(java.util.Comparator.comparing(need -> need.id().toString())).toList(), streamedNeeds);
        assertEquals(contacts.stream()
                .sorted(java.util.Comparator.comparing(contact -> contact.id().toString())).toList(), streamedContacts);
        assertEquals(meetings.stream()
                .sorted(java.util.Comparator.comparing(meeting -> meeting.id().toString())).toList(), streamedMeetings);
        assertEquals(needs.stream().filter(need -> need.member().equals(sabadell.id())).map(need -> need.withVersion(1))
                .sorted(java.util.Comparator.comparing(Need::raisedOn).thenComparing(need -> need.id().toString()))
                .toList(), sabadellsNeeds);
        assertEquals(needs.stream().mapToInt(need -> need.followUps().size()).sum(),
                streamedNeeds.stream().mapToInt(need -> need.followUps().size()).sum());
    }

    /**
     * Texts as long as the commands allow, with accents, symbols beyond the basic plane, tabs,
     * both kinds of line break and trailing spaces: every store keeps them character for character.
     */
    @Test
    void longTextsKeepEveryCharacterLineBreakAndSpace() {
        Member member = aPendingMember(SABADELL, "Sabadell");
        Partner partner = new Partner(new PartnerId(UUID.randomUUID()), aTextOf(200).replace('\n', ' '),
                PartnerKind.COOPERATIVE, "https://example.coop/" + "a".repeat(279), null, 0);
        Need need = new Need(new NeedId(UUID.randomUUID()), member.id(), "hiring-and-procurement", aTextOf(2_000),
                LocalDate.of(2026, 5, 12), null, List.of(), 0)
                .followUp(LocalDate.of(2026, 5, 13), NeedStatus.IN_PROGRESS, aTextOf(2_000)).orElseThrow();
        Contact contact = new Contact(new ContactId(UUID.randomUUID()), member.id(), LocalDate.of(2026, 5, 3),
                Channel.VIDEO_CALL, ContactTopic.HOW_THE_NETWORK_WORKS, aTextOf(2_000), null);
        OnboardingMeeting meeting = new OnboardingMeeting(new MeetingId(UUID.randomUUID()), member.id(),
                LocalDate.of(2026, 5, 12), MeetingFormat.IN_PERSON,
                java.util.stream.Stream.generate(StorageContract::aPersonId).limit(50).toList(), aTextOf(4_000));
        storage.transaction(tx -> {
            tx.members().save(member);
            tx.partners().save(partner);
            tx.needs().save(need);
            tx.careLog().add(contact);
            tx.careLog().add(meeting);
            return null;
        });

        assertEquals(300, partner.website().length());
        assertEquals(Optional.of(partner.withVersion(1)), storage.transaction(tx -> tx.partners().find(partner.id())));
        assertEquals(Optional.of(need.withVersion(1)), storage.transaction(tx -> tx.needs().find(need.id())));
        assertEquals(List.of(contact), storage.transaction(tx -> tx.careLog().contactsOf(member.id())));
        assertEquals(List.of(meeting), storage.transaction(tx -> tx.careLog().meetingsOf(member.id())));
    }

    /**
     * A person's erasure empties the notes of the care log written about them, in the same unit of
     * work as what waits to be written, and leaves every other entry as it was.
     */
    @Test
    void erasureEmptiesTheCareLogNotesAndNothingElse() {
        Member member = aPendingMember(SABADELL, "Sabadell");
        PersonId person = aPersonId();
        Contact about = aContact(member.id(), LocalDate.of(2026, 5, 3), person);
        Contact other = aContact(member.id(), LocalDate.of(2026, 5, 4), aPersonId());
        OnboardingMeeting attended = new OnboardingMeeting(new MeetingId(UUID.randomUUID()), member.id(),
                LocalDate.of(2026, 5, 12), MeetingFormat.VIRTUAL, List.of(person), "Acollida amb la tècnica");
        OnboardingMeeting kept = new OnboardingMeeting(new MeetingId(UUID.randomUUID()), member.id(),
                LocalDate.of(2026, 5, 13), MeetingFormat.VIRTUAL, List.of(), "Una altra reunió");
        storage.transaction(tx -> {
            tx.members().save(member);
            tx.careLog().add(about);
            tx.careLog().add(kept);
            return null;
        });

        storage.transaction(tx -> {
            tx.careLog().add(other);
            tx.careLog().add(attended);
            tx.careLog().eraseNote(about.id());
            tx.careLog().eraseNotes(attended.id());
            tx.careLog().eraseNote(new ContactId(UUID.randomUUID()));
            return null;
        });

        List<Contact> contacts = storage.transaction(tx -> tx.careLog().contactsOf(member.id()));
        assertEquals(List.of("", other.note()), contacts.stream().map(Contact::note).toList());
        assertEquals(about.person(), contacts.get(0).person());
        List<OnboardingMeeting> meetings = storage.transaction(tx -> tx.careLog().meetingsOf(member.id()));
        assertEquals(List.of("", "Una altra reunió"), meetings.stream().map(OnboardingMeeting::notes).toList());
        assertEquals(List.of(person), meetings.get(0).attendees());
    }

    /** Text of exactly this length (in Java chars) that ends in two spaces. */
    private static String aTextOf(int length) {
        String line = "Clàusula «social» 🌳 d'Òdena\tamb 100 € i espais  \r\n";
        StringBuilder text = new StringBuilder();
        while (text.length() + line.length() <= length - 2) {
            text.append(line);
        }
        while (text.length() < length - 2) {
            text.append('·');
        }
        return text.append("  ").toString();
    }

    /** A need with, by its number, up to three follow-ups and an expected date or none. */
    private static Need aNeedFollowedUp(MemberId member, int number) {
        LocalDate raisedOn = LocalDate.of(2026, 1, 1).plusDays(number % 200);
        Need need = new Need(new NeedId(UUID.randomUUID()), member, "training", "Necessitat " + number, raisedOn,
                number % 3 == 0 ? null : raisedOn.plusMonths(3), List.of(), 0);
        List<NeedStatus> steps = List.of(NeedStatus.IN_PROGRESS, NeedStatus.ADDRESSED, NeedStatus.OPEN);
        for (int step = 0; step < number % 4; step++) {
            need = need.followUp(raisedOn.plusDays(step + 1L), steps.get(step), step == 1 ? "" : "Nota " + step)
                    .orElseThrow();
        }
        return need;
    }

    private static Contact aContact(MemberId member, LocalDate on, PersonId person) {
        return new Contact(new ContactId(UUID.randomUUID()), member, on, Channel.PHONE, ContactTopic.FEE_PAYMENT,
                person == null ? "" : "Quota\ndel " + on, person);
    }

    private static OnboardingMeeting aMeeting(MemberId member, LocalDate on, List<PersonId> attendees) {
        return new OnboardingMeeting(new MeetingId(UUID.randomUUID()), member, on, MeetingFormat.VIRTUAL, attendees,
                attendees.isEmpty() ? "" : "Acollida amb " + attendees.size() + " persones");
    }

    @Test
    void twoUnitsOfWorkThatRegisterTheSamePersonCannotBothWin() {
        cat.xarxa.member.Person person = new cat.xarxa.member.Person(new cat.xarxa.member.PersonId(UUID.randomUUID()),
                "Mercè Sol·là", "", "", java.util.Set.of("cooperatives"), 0);

        assertThrows(ConcurrentUpdateException.class, () -> storage.transaction(outer -> {
            outer.people().save(person);
            storage.transaction(inner -> inner.people().save(person));
            return null;
        }));

        assertEquals(Optional.of(person.withVersion(1)), storage.transaction(tx -> tx.people().find(person.id())));
    }

    @Test
    void twoUnitsOfWorkThatRegisterTheSamePartnerNameCannotBothWin() {
        cat.xarxa.partner.Partner first = aPartner("Coop57");
        cat.xarxa.partner.Partner second = aPartner("Coop57");

        assertThrows(ConcurrentUpdateException.class, () -> storage.transaction(outer -> {
            outer.partners().save(first);
            storage.transaction(inner -> inner.partners().save(second));
            return null;
        }));

        assertEquals(Optional.of(second.withVersion(1)), storage.transaction(tx -> tx.partners().findByName("Coop57")));
        assertEquals(Optional.empty(), storage.transaction(tx -> tx.partners().find(first.id())));
    }

    @Test
    void twoUnitsOfWorkThatRegisterTheSameOfficialCodeCannotBothWin() {
        Member first = aPendingMember(SABADELL, "Sabadell");
        Member second = aPendingMember(SABADELL, "Sabadell (again)");

        // The outer unit looks first and writes last, so that neither waits for the other's locks.
        assertThrows(ConcurrentUpdateException.class, () -> storage.transaction(outer -> {
            assertEquals(Optional.empty(), outer.members().findByOfficialCode(MemberKind.MUNICIPALITY, SABADELL));
            storage.transaction(inner -> inner.members().save(second));
            return outer.members().save(first);
        }));

        assertEquals(Optional.of(second.id()), storage.transaction(tx ->
                tx.members().findByOfficialCode(MemberKind.MUNICIPALITY, SABADELL).map(Member::id)));
    }

    @Test
    void twoFollowUpsOfOneNeedFromTheSameVersionCannotBothWin() {
        Member member = aPendingMember(SABADELL, "Sabadell");
        cat.xarxa.care.Need need = aNeed(member.id(), LocalDate.of(2026, 5, 12));
        storage.transaction(tx -> tx.members().save(member) + tx.needs().save(need));
        cat.xarxa.care.Need read = need.withVersion(1);

        // The outer unit reads first and writes last, so that neither waits for the other's row lock.
        assertThrows(ConcurrentUpdateException.class, () -> storage.transaction(outer -> {
            cat.xarxa.care.Need seenByOuter = outer.needs().find(need.id()).orElseThrow();
            storage.transaction(inner -> inner.needs().save(
                    read.followUp(LocalDate.of(2026, 6, 1), cat.xarxa.care.NeedStatus.ADDRESSED, "").orElseThrow()));
            return outer.needs().save(
                    seenByOuter.followUp(LocalDate.of(2026, 6, 1), cat.xarxa.care.NeedStatus.DROPPED, "").orElseThrow());
        }));

        assertEquals(cat.xarxa.care.NeedStatus.ADDRESSED,
                storage.transaction(tx -> tx.needs().find(need.id())).orElseThrow().status());
    }

    @Test
    void twoUnitsOfWorkThatLogTheSameContactCannotBothWin() {
        Member member = aPendingMember(SABADELL, "Sabadell");
        storage.transaction(tx -> tx.members().save(member));
        cat.xarxa.care.Contact contact = new cat.xarxa.care.Contact(new cat.xarxa.care.ContactId(UUID.randomUUID()),
                member.id(), LocalDate.of(2026, 5, 3), cat.xarxa.care.Channel.EMAIL, cat.xarxa.care.ContactTopic.OTHER, "", null);

        assertThrows(ConcurrentUpdateException.class, () -> storage.transaction(outer -> {
            assertEquals(List.of(), outer.careLog().contactsOf(member.id()));
            storage.transaction(inner -> {
                inner.careLog().add(contact);
                return null;
            });
            outer.careLog().add(contact);
            return null;
        }));

        assertEquals(List.of(contact), storage.transaction(tx -> tx.careLog().contactsOf(member.id())));
    }

    private static Member aMember(MemberKind kind, String officialCode, String name) {
        return Member.restore(new MemberId(UUID.randomUUID()), kind, officialCode, name,
                List.of(new StatusChange(cat.xarxa.member.MemberStatus.PENDING, LocalDate.of(2026, 3, 2), "")), 0);
    }

    /**
     * Times read back to the microsecond. Where the tests run in a zone with summer time (the
     * JDBC adapter's build sets Europe/Madrid), a store that read UTC wall-clock time as local
     * time would move the first two: one falls in the hour Madrid skips in spring, the other in
     * the hour it lives twice in autumn.
     */
    @ParameterizedTest
    @ValueSource(strings = {"2026-03-29T02:30:00.000001Z", "2026-10-25T02:30:00.999999Z",
            "1969-12-31T23:59:59.999999Z", "2099-12-31T23:59:59.999999Z", "2026-07-01T00:00:00Z"})
    void journalTimesReadBackToTheMicrosecond(String recordedAt) {
        JournalEntry entry = new JournalEntry(0, Member.AGGREGATE_TYPE, "time-test", 1, "TimeChecked",
                Map.of(), Instant.parse(recordedAt), "system");

        storage.transaction(tx -> tx.journal().append(List.of(entry)));

        List<JournalEntry> read = storage.transaction(tx -> tx.journal().entriesFor(Member.AGGREGATE_TYPE, "time-test"));
        assertEquals(List.of(Instant.parse(recordedAt)), read.stream().map(JournalEntry::recordedAt).toList());
    }

    @Test
    void namesAndCodesKeepEveryCharacterAndCase() {
        Member lower = aMember(MemberKind.OTHER_PUBLIC_BODY, "p0800001a", "Consorci de l'Òdena «Anoia» 🌳");
        Member upper = aMember(MemberKind.OTHER_PUBLIC_BODY, "P0800001A", "Consorci del Bages");
        storage.transaction(tx -> tx.members().save(lower) + tx.members().save(upper));

        assertEquals(Optional.of(lower.withVersion(1)), storage.transaction(tx ->
                tx.members().findByOfficialCode(MemberKind.OTHER_PUBLIC_BODY, "p0800001a")));
        assertEquals(Optional.of(upper.withVersion(1)), storage.transaction(tx ->
                tx.members().findByOfficialCode(MemberKind.OTHER_PUBLIC_BODY, "P0800001A")));
        assertEquals(Optional.empty(), storage.transaction(tx ->
                tx.members().findByOfficialCode(MemberKind.OTHER_PUBLIC_BODY, "P0800001A ")));
    }

    /**
     * Threads that each read the member and save it back, retrying when overtaken: every save
     * that succeeded moved the version on by exactly one, so no update was lost.
     */
    @Test
    void concurrentSavesOfOneMemberNeverLoseAnUpdate() throws Exception {
        Member member = aPendingMember(SABADELL, "Sabadell");
        storage.transaction(tx -> tx.members().save(member));
        int threads = 4;
        int savesEach = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int thread = 0; thread < threads; thread++) {
                running.add(pool.submit(() -> saveAgainAndAgain(member.id(), savesEach)));
            }
            for (Future<?> each : running) {
                each.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        Member read = storage.transaction(tx -> tx.members().find(member.id())).orElseThrow();
        assertEquals(1 + threads * savesEach, read.version());
    }

    /** Saves the member as read, until that has worked this many times. */
    private void saveAgainAndAgain(MemberId id, int times) {
        int done = 0;
        while (done < times) {
            try {
                storage.transaction(tx -> tx.members().save(tx.members().find(id).orElseThrow()));
                done++;
            } catch (ConcurrentUpdateException overtaken) {
                // Another thread saved first: read again and retry, as the exception asks.
            }
        }
    }

}
