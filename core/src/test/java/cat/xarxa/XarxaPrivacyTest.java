package cat.xarxa;

import static cat.xarxa.ReasonAssertions.assertRefusedFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.advisory.AdvisoryTopics;
import cat.xarxa.advisory.OpenHourBank;
import cat.xarxa.advisory.RequestAdvisory;
import cat.xarxa.common.Hours;
import cat.xarxa.common.IneCode;
import cat.xarxa.common.JournalEntry;
import cat.xarxa.member.AdmitMember;
import cat.xarxa.member.AppointPerson;
import cat.xarxa.member.ApplyForMembership;
import cat.xarxa.member.EndMandate;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.Person;
import cat.xarxa.member.PersonId;
import cat.xarxa.member.RegisterPerson;
import cat.xarxa.member.Role;
import cat.xarxa.privacy.DueForErasure;
import cat.xarxa.privacy.Erasure;
import cat.xarxa.privacy.RetentionPolicy;
import cat.xarxa.privacy.SubjectAccess;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Subject access, erasure by pseudonymisation, and who is due for erasure under the retention policy. */
class XarxaPrivacyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    private Xarxa xarxa = open(RetentionPolicy.DEFAULT);
    private final MemberId manlleu = member();

    private static Xarxa open(RetentionPolicy retention) {
        return Xarxa.builder().setting(Xarxa.STORAGE, "memory").retention(retention)
                .clock(Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), Xarxa.NETWORK_ZONE)).build();
    }

    private MemberId member() {
        MemberId id = xarxa.members().apply(new ApplyForMembership(IneCode.parse("081120"), LocalDate.of(2019, 3, 2)))
                .orElseThrow();
        xarxa.members().admit(new AdmitMember(id, LocalDate.of(2019, 4, 2), "AG 2019-04")).orElseThrow();
        return id;
    }

    @AfterEach
    void close() {
        xarxa.close();
    }

    private PersonId nuria() {
        return xarxa.people().register(new RegisterPerson("Núria Pujol", "nuria.pujol@manlleu.cat", "+34 938 51 50 00",
                Set.of("cooperatives"))).orElseThrow();
    }

    private void technician(PersonId person, LocalDate from, LocalDate to) {
        mandate(person, Role.TECHNICAL_CONTACT, from, to);
    }

    private void mandate(PersonId person, Role role, LocalDate from, LocalDate to) {
        xarxa.members().appoint(new AppointPerson(manlleu, person, role, from)).orElseThrow();
        if (to != null) {
            xarxa.members().endMandate(new EndMandate(manlleu, person, role, to)).orElseThrow();
        }
    }

    @Test
    void subjectAccessGathersThePersonWithTheirMandatesRequestsAndJournal() {
        PersonId nuria = nuria();
        technician(nuria, LocalDate.of(2019, 9, 1), null);
        xarxa.advisories().openBank(new OpenHourBank("2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                Hours.of(40), "AG 2026-01", LocalDate.of(2026, 1, 20))).orElseThrow();
        xarxa.advisories().request(new RequestAdvisory(manlleu, nuria, AdvisoryTopics.CARE_POLICIES, "Truqueu-me",
                null, null, LocalDate.of(2026, 3, 2))).orElseThrow();

        SubjectAccess access = xarxa.privacy().subjectAccess(nuria).orElseThrow();

        assertEquals("Núria Pujol", access.person().name());
        assertFalse(access.erased());
        assertEquals(List.of(new SubjectAccess.MandateHeld(manlleu, "Manlleu", Role.TECHNICAL_CONTACT,
                LocalDate.of(2019, 9, 1), null)), access.mandates());
        assertEquals("Truqueu-me", access.advisoryRequests().get(0).request().details());
        assertEquals("PersonRegistered", access.journal().get(0).eventType());
        assertTrue(access.mentor().isEmpty());
    }

    @Test
    void anUnknownPersonIsRefused() {
        PersonId nobody = new PersonId(UUID.randomUUID());

        assertRefusedFor("person.not-found", xarxa.privacy().subjectAccess(nobody));
        assertRefusedFor("person.not-found", xarxa.privacy().erase(nobody, TODAY, "sol·licitud"));
    }

    @Test
    void anErasureLeavesAPlaceholderDerivedFromTheIdAndKeepsTheLinks() {
        PersonId nuria = nuria();
        technician(nuria, LocalDate.of(2019, 9, 1), null);

        Erasure erasure = xarxa.privacy().erase(nuria, TODAY, "sol·licitud de supressió").orElseThrow();

        Person erased = xarxa.people().find(nuria).orElseThrow();
        assertEquals(erasure.person(), erased);
        assertTrue(erased.name().matches("Persona esborrada [0-9a-f]{4}"), erased.name());
        assertEquals(Person.placeholderName(nuria), erased.name());
        assertEquals(List.of("", "", Set.of()), List.of(erased.email(), erased.phone(), erased.expertise()));
        assertEquals(nuria, xarxa.members().find(manlleu).orElseThrow().mandates().get(0).person());
        assertTrue(xarxa.people().withExpertise("cooperatives").isEmpty());
        assertTrue(xarxa.privacy().subjectAccess(nuria).orElseThrow().erased());
    }

    @Test
    void thePlaceholderDependsOnTheIdAloneNotOnTheName() {
        PersonId id = new PersonId(UUID.fromString("7d1c2a40-0000-4000-8000-000000000001"));

        assertEquals(Person.placeholderName(id), Person.placeholderName(new PersonId(id.value())));
        assertNotEquals(Person.placeholderName(id),
                Person.placeholderName(new PersonId(UUID.fromString("7d1c2a40-0000-4000-8000-000000000002"))));
    }

    @Test
    void theJournalRecordsTheErasureWithoutTheOldName() {
        PersonId nuria = nuria();

        xarxa.privacy().erase(nuria, TODAY, "sol·licitud de supressió").orElseThrow();

        List<JournalEntry> history = xarxa.history("person", nuria.toString());
        assertEquals(List.of("PersonRegistered", "PersonErased"), history.stream().map(JournalEntry::eventType).toList());
        assertEquals(java.util.Map.of("on", "2026-06-01", "reason", "sol·licitud de supressió", "cleared", "0"),
                history.get(1).data());
        assertTrue(history.stream().noneMatch(e -> e.data().toString().contains("Núria")
                || e.data().toString().contains("nuria.pujol") || e.data().toString().contains("938")));
    }

    @Test
    void aSecondErasureIsRefusedAndChangesNothing() {
        PersonId nuria = nuria();
        xarxa.privacy().erase(nuria, TODAY, "sol·licitud").orElseThrow();

        assertRefusedFor("privacy.already-erased", xarxa.privacy().erase(nuria, TODAY.plusDays(1), "una altra"));
        assertEquals(2, xarxa.history("person", nuria.toString()).size());
    }

    @Test
    void anErasureSaysWhy() {
        assertRefusedFor("privacy.reason-missing", xarxa.privacy().erase(nuria(), TODAY, " "));
    }

    @Test
    void theDefaultPolicyKeepsFeesSixYearsNotesFourAndContactDataFourAfterTheLastLink() {
        RetentionPolicy policy = RetentionPolicy.DEFAULT;

        assertEquals(List.of(Period.ofYears(6), Period.ofYears(4), Period.ofYears(4)),
                List.of(policy.feeRecords(), policy.contactNotes(), policy.personData()));
        assertEquals(LocalDate.of(2032, 12, 31), policy.feeRecordsKeptUntil(2026));
        assertFalse(policy.contactNoteExpired(LocalDate.of(2022, 6, 1), LocalDate.of(2026, 6, 1)));
        assertTrue(policy.contactNoteExpired(LocalDate.of(2022, 6, 1), LocalDate.of(2026, 6, 2)));
        assertEquals(LocalDate.of(2024, 1, 2), policy.personDataErasableFrom(LocalDate.of(2020, 1, 1)));
        assertThrows(IllegalArgumentException.class, () -> policy.withFeeRecords(Period.ofYears(5)));
        assertEquals(policy, xarxa.privacy().retention());
    }

    @Test
    void whoseLastLinkEndedLongerAgoThanThePolicyKeepsIsDueAndNobodyElse() {
        PersonId former = nuria();
        technician(former, LocalDate.of(2019, 9, 1), LocalDate.of(2021, 6, 15));
        PersonId current = xarxa.people().register(new RegisterPerson("Jordi Vila")).orElseThrow();
        mandate(current, Role.POLITICAL_REPRESENTATIVE, LocalDate.of(2019, 9, 1), null);
        PersonId recent = xarxa.people().register(new RegisterPerson("Marta Soler")).orElseThrow();
        mandate(recent, Role.OTHER, LocalDate.of(2019, 9, 1), LocalDate.of(2024, 3, 1));

        assertEquals(List.of(), xarxa.privacy().dueForErasure(LocalDate.of(2025, 6, 15)));
        assertEquals(List.of(new DueForErasure(former, LocalDate.of(2021, 6, 15), LocalDate.of(2025, 6, 16))),
                xarxa.privacy().dueForErasure(LocalDate.of(2025, 6, 16)));

        xarxa.privacy().erase(former, TODAY, "termini de conservació").orElseThrow();
        assertEquals(List.of(), xarxa.privacy().dueForErasure(LocalDate.of(2026, 6, 1)));
        assertEquals(List.of(recent), xarxa.privacy().dueForErasure(LocalDate.of(2028, 3, 2)).stream()
                .map(DueForErasure::person).toList());
    }

    @Test
    void aCustomPolicyShortensTheWaitAndAPersonWithoutLinksCountsFromTheirRegistration() {
        xarxa.close();
        xarxa = open(RetentionPolicy.DEFAULT.withPersonData(Period.ofYears(1)).withContactNotes(Period.ofYears(2)));
        MemberId manlleu = member();
        PersonId former = nuria();
        xarxa.members().appoint(new AppointPerson(manlleu, former, Role.OTHER, LocalDate.of(2019, 9, 1))).orElseThrow();
        xarxa.members().endMandate(new EndMandate(manlleu, former, Role.OTHER, LocalDate.of(2024, 6, 15))).orElseThrow();
        PersonId unlinked = xarxa.people().register(new RegisterPerson("Pere Sol")).orElseThrow();

        assertEquals(List.of(former), xarxa.privacy().dueForErasure(LocalDate.of(2025, 6, 16)).stream()
                .map(DueForErasure::person).toList());
        assertEquals(List.of(new DueForErasure(unlinked, TODAY, LocalDate.of(2027, 6, 2))),
                xarxa.privacy().dueForErasure(LocalDate.of(2027, 6, 2)).stream()
                        .filter(d -> d.person().equals(unlinked)).toList());
        assertEquals(Period.ofYears(2), xarxa.privacy().retention().contactNotes());
    }
}
