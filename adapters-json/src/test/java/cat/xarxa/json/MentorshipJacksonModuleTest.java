package cat.xarxa.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.common.MeetingFormat;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.PersonId;
import cat.xarxa.mentorship.Documentation;
import cat.xarxa.mentorship.Extension;
import cat.xarxa.mentorship.MentorProfile;
import cat.xarxa.mentorship.Mentorship;
import cat.xarxa.mentorship.MentorshipId;
import cat.xarxa.mentorship.MentorshipMeeting;
import java.time.LocalDate;
import java.time.Period;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** A host application's own mapper reads and writes the mentorship records in the shapes the formats use. */
class MentorshipJacksonModuleTest {

    private static final JsonMapper HOST = JsonMapper.builder().findAndAddModules().build();

    private static final PersonId NURIA = new PersonId(new UUID(0x7e7e_7e7eL, 1));
    private static final PersonId JORDI = new PersonId(new UUID(0x7e7e_7e7eL, 2));
    private static final MemberId SABADELL = new MemberId(new UUID(0x5a5a_5a5aL, 81_878));
    private static final MemberId MANLLEU = new MemberId(new UUID(0x5a5a_5a5aL, 81_120));
    private static final MentorshipId FIRST = new MentorshipId(UUID.fromString("3e473e47-0000-4000-8000-000000000001"));
    private static final LocalDate PROPOSED_ON = LocalDate.of(2026, 5, 4);

    @Test
    void a_profile_is_written_without_the_store_version_and_reads_back() {
        MentorProfile profile = new MentorProfile(NURIA, SABADELL, Set.of("social-economy-policy", "cooperatives"), true,
                2, 3);

        String json = HOST.writeValueAsString(profile);

        assertEquals("{\"person\":\"" + NURIA + "\",\"council\":\"" + SABADELL + "\","
                + "\"topics\":[\"cooperatives\",\"social-economy-policy\"],\"open\":true,\"capacity\":2}", json);
        assertEquals(profile.withVersion(0), HOST.readValue(json, MentorProfile.class));
        assertEquals(new MentorProfile(NURIA, SABADELL, Set.of(), false, 1, 0), HOST.readValue(
                "{\"person\":\"" + NURIA + "\",\"council\":\"" + SABADELL + "\",\"capacity\":1}", MentorProfile.class),
                "missing topics are none, a missing open is not open");
    }

    @Test
    void a_completed_mentorship_reads_back_as_written_and_a_lapsed_one_names_nobody_for_the_lapse() {
        LocalDate acceptedOn = PROPOSED_ON.plusDays(7);
        Mentorship completed = Mentorship.proposed(FIRST, NURIA, SABADELL, JORDI, MANLLEU, "cooperatives",
                        "Volem impulsar una cooperativa «de serveis»\namb l'ajuntament", PROPOSED_ON)
                .accept(acceptedOn, Period.ofYears(1)).orElseThrow()
                .extend(new Extension(acceptedOn.plusYears(1).plusMonths(3), acceptedOn.plusMonths(10),
                        acceptedOn.plusMonths(11))).orElseThrow()
                .agree("Dues visites i un taller", acceptedOn.plusDays(1)).orElseThrow()
                .meet(new MentorshipMeeting(acceptedOn.plusDays(20), MeetingFormat.IN_PERSON, "Primera trobada"))
                .orElseThrow()
                .meet(new MentorshipMeeting(acceptedOn.plusDays(90), MeetingFormat.VIRTUAL, "")).orElseThrow()
                .document(new Documentation("", "https://xarxa.cat/mentories/1", acceptedOn.plusDays(300))).orElseThrow()
                .complete(acceptedOn.plusDays(301), JORDI).orElseThrow()
                .withVersion(5);
        Mentorship lapsed = Mentorship.proposed(new MentorshipId(new UUID(9, 2)), NURIA, SABADELL, JORDI, MANLLEU,
                "cooperatives", "", PROPOSED_ON).lapse(PROPOSED_ON.plusDays(30)).orElseThrow();

        assertEquals(completed.withVersion(0), HOST.readValue(HOST.writeValueAsString(completed), Mentorship.class));
        assertEquals(lapsed, HOST.readValue(HOST.writeValueAsString(lapsed), Mentorship.class));
        assertTrue(HOST.writeValueAsString(lapsed).contains("{\"status\":\"LAPSED\",\"on\":\"2026-06-03\",\"by\":null,"
                + "\"note\":\"\"}],\"endsOn\":null,\"extensions\":[],"), HOST.writeValueAsString(lapsed));
        assertTrue(HOST.writeValueAsString(lapsed).endsWith(",\"documentation\":null}"), HOST.writeValueAsString(lapsed));
        assertEquals("\"3e473e47-0000-4000-8000-000000000001\"", HOST.writeValueAsString(FIRST));
        assertEquals(FIRST, HOST.readValue("\"3e473e47-0000-4000-8000-000000000001\"", MentorshipId.class));
    }

    @Test
    void a_mentorship_record_that_cannot_be_read_fails_naming_the_field() {
        String proposed = HOST.writeValueAsString(Mentorship.proposed(FIRST, NURIA, SABADELL, JORDI, MANLLEU,
                "cooperatives", "", PROPOSED_ON));

        assertFailsNaming(proposed.replace("\"PROPOSED\"", "\"PAUSED\""), Mentorship.class,
                "history[0].status: unknown value 'PAUSED'");
        assertFailsNaming("{\"id\":\"" + FIRST + "\",\"mentor\":\"" + NURIA + "\",\"mentorCouncil\":\"" + SABADELL
                + "\",\"mentee\":\"" + JORDI + "\",\"menteeCouncil\":\"" + MANLLEU + "\",\"topic\":\"cooperatives\","
                + "\"history\":[]}", Mentorship.class, "history: ");
        assertFailsNaming("{\"person\":\"" + NURIA + "\",\"council\":\"" + SABADELL + "\",\"capacity\":0}",
                MentorProfile.class, "capacity: ");
        assertFailsNaming("{\"person\":\"" + NURIA + "\",\"council\":\"" + SABADELL + "\"}", MentorProfile.class,
                "capacity: expected integer");
    }

    private static void assertFailsNaming(String json, Class<?> type, String expected) {
        JacksonException error = assertThrows(JacksonException.class, () -> HOST.readValue(json, type));
        assertTrue(error.getMessage().contains(expected), error.getMessage());
    }
}
