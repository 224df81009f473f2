package cat.xarxa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.common.Decision;
import cat.xarxa.common.IneCode;
import cat.xarxa.common.InvalidCommandException;
import cat.xarxa.common.JournalEntry;
import cat.xarxa.common.Localisation;
import cat.xarxa.member.AdmitMember;
import cat.xarxa.member.AppointPerson;
import cat.xarxa.member.ApplyForMembership;
import cat.xarxa.member.ChangeExpertise;
import cat.xarxa.member.EndMandate;
import cat.xarxa.member.HandOver;
import cat.xarxa.member.Mandate;
import cat.xarxa.member.Member;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.Person;
import cat.xarxa.member.PersonId;
import cat.xarxa.member.RegisterPerson;
import cat.xarxa.member.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** People, their mandates for members, handovers after elections and the directory of expertise. */
class XarxaPeopleAndMandatesTest {

    private static final LocalDate ELECTED = LocalDate.of(2019, 6, 15);
    private static final LocalDate REELECTED = LocalDate.of(2023, 6, 17);

    private final Xarxa xarxa = Xarxa.builder().setting(Xarxa.STORAGE, "memory")
            .clock(Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), Xarxa.NETWORK_ZONE)).build();
    private final MemberId manlleu = xarxa.members()
            .apply(new ApplyForMembership(IneCode.parse("081120"), LocalDate.of(2019, 3, 2))).orElseThrow();

    @AfterEach
    void close() {
        xarxa.close();
    }

    private PersonId person(String name, String... expertise) {
        return xarxa.people().register(new RegisterPerson(name, null, null, Set.of(expertise))).orElseThrow();
    }

    @Test
    void aPersonIsRegisteredWithContactDataAndExpertiseAsTags() {
        PersonId id = xarxa.people().register(new RegisterPerson("Núria Pujol", "nuria.pujol@manlleu.cat", "+34 938 51 50 00",
                Set.of("Contractació pública responsable", "cooperatives"))).orElseThrow();

        Person person = xarxa.people().find(id).orElseThrow();
        assertEquals("nuria.pujol@manlleu.cat", person.email());
        assertEquals(Set.of("contractacio-publica-responsable", "cooperatives"), person.expertise());
    }

    @Test
    void theJournalOfAPersonHoldsNoPersonalData() {
        PersonId id = xarxa.people().register(new RegisterPerson("Núria Pujol", "nuria.pujol@manlleu.cat", null,
                Set.of("cooperatives"))).orElseThrow();

        List<JournalEntry> history = xarxa.history("person", id.toString());

        assertEquals(1, history.size());
        assertEquals(java.util.Map.of("expertise", "cooperatives"), history.get(0).data());
        assertTrue(history.stream().noneMatch(e -> e.data().toString().contains("Núria")));
    }

    @Test
    void theDirectoryOfExpertiseFindsWhoKnowsAboutAnArea() {
        PersonId nuria = person("Núria Pujol", "responsible-public-procurement", "cooperatives");
        person("Jordi Vila", "housing-cooperatives");
        PersonId marta = person("Marta Soler", "Responsible public procurement");

        List<PersonId> experts = xarxa.people().withExpertise("responsible public procurement").stream()
                .map(Person::id).toList();

        assertEquals(Set.of(nuria, marta), Set.copyOf(experts));
        assertEquals(List.of(), xarxa.people().withExpertise("ethical-finance"));
    }

    @Test
    void expertiseCanBeChanged() {
        PersonId jordi = person("Jordi Vila", "housing-cooperatives");

        xarxa.people().changeExpertise(new ChangeExpertise(jordi, Set.of("ethical-finance"))).orElseThrow();

        assertEquals(Set.of("ethical-finance"), xarxa.people().find(jordi).orElseThrow().expertise());
        assertEquals(List.of(jordi), xarxa.people().withExpertise("ethical-finance").stream().map(Person::id).toList());
    }

    @Test
    void badContactDataIsRefusedWithLocalisedMessages() {
        InvalidCommandException error = assertThrows(InvalidCommandException.class,
                () -> new RegisterPerson(" ", "not-an-email", "call me", Set.of("---")));

        assertEquals(List.of("email", "expertise", "name", "phone"),
                error.violations().stream().map(v -> v.field()).sorted().toList());
        assertTrue(error.message(Localisation.CATALAN).contains("no és una adreça electrònica"), error.message(Localisation.CATALAN));
        assertEquals(0, xarxa.people().list().size());
    }

    @Test
    void representativeHandoverKeepsHistory() {
        PersonId before = person("Àlex Ferrer");
        PersonId after = person("Laia Puig");
        xarxa.members().appoint(new AppointPerson(manlleu, before, Role.POLITICAL_REPRESENTATIVE, ELECTED)).orElseThrow();

        Member member = xarxa.members().handOver(new HandOver(manlleu, Role.POLITICAL_REPRESENTATIVE, after, REELECTED))
                .orElseThrow();

        assertEquals(List.of(new Mandate(before, Role.POLITICAL_REPRESENTATIVE, ELECTED, REELECTED),
                new Mandate(after, Role.POLITICAL_REPRESENTATIVE, REELECTED, null)), member.mandates());
        assertEquals(Optional.of(before), xarxa.members().holderOn(manlleu, Role.POLITICAL_REPRESENTATIVE, LocalDate.of(2023, 6, 1)));
        assertEquals(Optional.of(after), xarxa.members().holderOn(manlleu, Role.POLITICAL_REPRESENTATIVE, REELECTED));
        assertEquals(Optional.empty(), xarxa.members().holderOn(manlleu, Role.POLITICAL_REPRESENTATIVE, ELECTED.minusDays(1)));
        assertEquals(List.of("MandateStarted", "MandateEnded", "MandateStarted"), xarxa.history(manlleu).stream()
                .map(JournalEntry::eventType).filter(t -> t.startsWith("Mandate")).toList());
    }

    @Test
    void aSecondRepresentativeCannotBeAppointedOverTheFirst() {
        xarxa.members().appoint(new AppointPerson(manlleu, person("Àlex Ferrer"), Role.POLITICAL_REPRESENTATIVE, ELECTED))
                .orElseThrow();

        Decision<Member> second = xarxa.members().appoint(
                new AppointPerson(manlleu, person("Laia Puig"), Role.POLITICAL_REPRESENTATIVE, REELECTED));

        assertEquals("mandate.role-taken", second.reasons().get(0).code());
        assertEquals("Algú ja té el càrrec de representant polític per a Manlleu (des de 2019-06-15); feu un relleu.",
                second.reasons(Localisation.CATALAN).get(0));
        assertEquals(1, xarxa.members().find(manlleu).orElseThrow().mandates().size());
    }

    @Test
    void aPersonCannotHoldTheSameOtherRoleTwiceOverTheSameDays() {
        PersonId alex = person("Àlex Ferrer");
        xarxa.members().appoint(new AppointPerson(manlleu, alex, Role.OTHER, ELECTED)).orElseThrow();
        xarxa.members().endMandate(new EndMandate(manlleu, alex, Role.OTHER, REELECTED)).orElseThrow();

        Decision<Member> overlapping = xarxa.members().appoint(new AppointPerson(manlleu, alex, Role.OTHER, REELECTED.minusYears(1)));
        Decision<Member> afterwards = xarxa.members().appoint(new AppointPerson(manlleu, alex, Role.OTHER, REELECTED));

        assertEquals("mandate.already-held", overlapping.reasons().get(0).code());
        assertTrue(afterwards.isAccepted());
    }

    @Test
    void severalPeopleMayTakePartInOtherRoles() {
        xarxa.members().appoint(new AppointPerson(manlleu, person("Àlex Ferrer"), Role.OTHER, ELECTED)).orElseThrow();
        xarxa.members().appoint(new AppointPerson(manlleu, person("Laia Puig"), Role.OTHER, ELECTED)).orElseThrow();

        assertEquals(2, xarxa.members().find(manlleu).orElseThrow().mandatesOn(ELECTED).size());
    }

    @Test
    void aHandoverNeedsAnOutgoingHolderALaterDateAndSomebodyElse() {
        PersonId alex = person("Àlex Ferrer");
        assertEquals("mandate.nobody-to-hand-over", xarxa.members()
                .handOver(new HandOver(manlleu, Role.TECHNICAL_CONTACT, alex, REELECTED)).reasons().get(0).code());

        xarxa.members().appoint(new AppointPerson(manlleu, alex, Role.TECHNICAL_CONTACT, REELECTED)).orElseThrow();
        assertEquals("mandate.date-before-start", xarxa.members()
                .handOver(new HandOver(manlleu, Role.TECHNICAL_CONTACT, person("Laia Puig"), REELECTED)).reasons().get(0).code());
        assertEquals("mandate.same-person", xarxa.members()
                .handOver(new HandOver(manlleu, Role.TECHNICAL_CONTACT, alex, REELECTED.plusDays(1))).reasons().get(0).code());
    }

    @Test
    void anUnknownPersonCannotBeAppointed() {
        Decision<Member> appointed = xarxa.members().appoint(new AppointPerson(manlleu, new PersonId(new java.util.UUID(7, 7)),
                Role.TECHNICAL_CONTACT, ELECTED));

        assertEquals("person.not-found", appointed.reasons().get(0).code());
        assertEquals(List.of(), xarxa.members().find(manlleu).orElseThrow().mandates());
    }

    @Test
    void aMandateEndsWithNobodyAfter() {
        PersonId alex = person("Àlex Ferrer");
        xarxa.members().appoint(new AppointPerson(manlleu, alex, Role.TECHNICAL_CONTACT, ELECTED)).orElseThrow();

        xarxa.members().endMandate(new EndMandate(manlleu, alex, Role.TECHNICAL_CONTACT, REELECTED)).orElseThrow();

        assertEquals(Optional.empty(), xarxa.members().holderOn(manlleu, Role.TECHNICAL_CONTACT, REELECTED));
        assertEquals("mandate.not-held", xarxa.members().endMandate(
                new EndMandate(manlleu, alex, Role.TECHNICAL_CONTACT, REELECTED.plusDays(1))).reasons().get(0).code());
        xarxa.members().admit(new AdmitMember(manlleu, LocalDate.of(2019, 4, 20), "AG 2019-04")).orElseThrow();
    }
}
