package cat.xarxa.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.Xarxa;
import cat.xarxa.care.Channel;
import cat.xarxa.care.ContactTopic;
import cat.xarxa.care.LogContact;
import cat.xarxa.common.IneCode;
import cat.xarxa.member.AppointPerson;
import cat.xarxa.member.ApplyForMembership;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.Person;
import cat.xarxa.member.PersonId;
import cat.xarxa.member.RegisterPerson;
import cat.xarxa.member.Role;
import cat.xarxa.privacy.SubjectAccess;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A person's subject access as one JSON document, read back section by section. */
class SubjectAccessJsonTest {

    private static final List<String> SECTIONS = List.of("mandates", "contacts", "onboardingMeetings", "partnerContacts",
            "advisoryRequests", "advisoriesProvided", "mentorships", "groupParticipations", "groupsCoordinated",
            "groupMeetings", "seats", "eventsAttended", "practiceSubmissions", "journal");

    private final Xarxa xarxa = Xarxa.builder().setting(Xarxa.STORAGE, "memory")
            .clock(Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), Xarxa.NETWORK_ZONE)).build();

    @AfterEach
    void close() {
        xarxa.close();
    }

    private static JsonNode write(SubjectAccess access, ByteArrayOutputStream out) throws IOException {
        XarxaJson.writeSubjectAccess(access, out);
        return JsonMapper.builder().build().readTree(out.toByteArray());
    }

    @Test
    void everySectionIsThereWithIdsAsTextAndIsoDates() throws IOException {
        MemberId manlleu = xarxa.members().apply(new ApplyForMembership(IneCode.parse("081120"), LocalDate.of(2019, 3, 2)))
                .orElseThrow();
        PersonId nuria = xarxa.people().register(new RegisterPerson("Núria Pujol", "nuria.pujol@manlleu.cat", null,
                Set.of("cooperatives"))).orElseThrow();
        xarxa.members().appoint(new AppointPerson(manlleu, nuria, Role.TECHNICAL_CONTACT, LocalDate.of(2019, 9, 1)))
                .orElseThrow();
        xarxa.care().logContact(new LogContact(manlleu, LocalDate.of(2026, 5, 12), Channel.PHONE, ContactTopic.FEE_PAYMENT,
                "Dubte sobre la quota", nuria)).orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        JsonNode json = write(xarxa.privacy().subjectAccess(nuria).orElseThrow(), out);

        assertTrue(out.toString(StandardCharsets.UTF_8).contains("\"Núria Pujol\""), "UTF-8, not escaped");
        assertEquals("xarxa-subject-access", json.get("format").asString());
        assertEquals(1, json.get("version").asInt());
        assertEquals(nuria.toString(), json.get("person").get("id").asString());
        assertEquals("nuria.pujol@manlleu.cat", json.get("person").get("email").asString());
        assertFalse(json.get("erased").asBoolean());
        for (String section : SECTIONS) {
            assertTrue(json.get(section).isArray(), section);
        }
        assertTrue(json.get("mentorProfile").isNull());
        JsonNode mandate = json.get("mandates").get(0);
        assertEquals(List.of(manlleu.toString(), "Manlleu", "TECHNICAL_CONTACT", "2019-09-01"), List.of(
                mandate.get("member").asString(), mandate.get("memberName").asString(), mandate.get("role").asString(),
                mandate.get("from").asString()));
        assertTrue(mandate.get("to").isNull());
        assertEquals("2026-05-12", json.get("contacts").get(0).get("on").asString());
        assertEquals("Dubte sobre la quota", json.get("contacts").get(0).get("note").asString());
        assertEquals("PersonRegistered", json.get("journal").get(0).get("eventType").asString());
        assertEquals("2026-06-01T10:00:00Z", json.get("journal").get(0).get("recordedAt").asString());
    }

    @Test
    void afterAnErasureThePersonIsThePlaceholderAndTheErasureIsInTheJournal() throws IOException {
        PersonId nuria = xarxa.people().register(new RegisterPerson("Núria Pujol", "nuria.pujol@manlleu.cat", null,
                Set.of())).orElseThrow();
        xarxa.privacy().erase(nuria, LocalDate.of(2026, 6, 1), "sol·licitud").orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        JsonNode json = write(xarxa.privacy().subjectAccess(nuria).orElseThrow(), out);

        assertEquals(Person.placeholderName(nuria), json.get("person").get("name").asString());
        assertTrue(json.get("erased").asBoolean());
        assertEquals("PersonErased", json.get("journal").get(1).get("eventType").asString());
        assertFalse(out.toString(StandardCharsets.UTF_8).contains("Núria"));
        assertFalse(out.toString(StandardCharsets.UTF_8).contains("nuria.pujol"));
    }
}
