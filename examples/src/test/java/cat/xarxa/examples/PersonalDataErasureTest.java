package cat.xarxa.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.Xarxa;
import cat.xarxa.common.Decision;
import cat.xarxa.json.XarxaJson;
import cat.xarxa.member.Person;
import cat.xarxa.privacy.Erasure;
import cat.xarxa.privacy.SubjectAccess;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person who appears in every area is erased; then no export, in any format there is, holds
 * her name (nor the family name alone, in any case), her email or her phone, while every ledger
 * and balance reads as before. On the in-memory store and on H2.
 */
class PersonalDataErasureTest {

    private static final LocalDate END = LocalDate.of(2026, 12, 31);

    private static Xarxa open(String storage) {
        Xarxa.Builder builder = Xarxa.builder().clock(Clock.fixed(Instant.parse("2026-12-31T12:00:00Z"), Xarxa.NETWORK_ZONE));
        if (storage.equals("memory")) {
            builder.setting(Xarxa.STORAGE, "memory");
        } else {
            builder.setting(Xarxa.STORAGE, "jdbc")
                    .setting("xarxa.jdbc.url", "jdbc:h2:mem:privacy-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        }
        return builder.build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "h2"})
    void afterTheErasureNoExportHoldsThePersonAndNoLedgerMoves(String storage) throws IOException {
        try (Xarxa xarxa = open(storage)) {
            PrivacyNetwork network = new PrivacyNetwork(xarxa);
            SubjectAccess before = xarxa.privacy().subjectAccess(network.nuria).orElseThrow();
            assertEveryAreaNamesHer(before);
            assertTrue(export(xarxa, "json").contains(PrivacyNetwork.NAME), "the scan would see the name");
            assertTrue(subjectAccessJson(before).contains(PrivacyNetwork.EMAIL));
            List<Object> ledgers = ledgers(xarxa, network);

            Erasure erasure = xarxa.privacy().erase(network.nuria, END, "sol·licitud de supressió").orElseThrow();

            String placeholder = Person.placeholderName(network.nuria);
            assertEquals(placeholder, erasure.person().name());
            assertEquals(4, erasure.cleared(),
                    "the advisory request's details, the proposal she wrote, the note of the call with her, the notes of her onboarding meeting");
            for (String format : xarxa.exportFormats()) {
                assertHoldsNothingOfHer(format, export(xarxa, format));
            }
            SubjectAccess after = xarxa.privacy().subjectAccess(network.nuria).orElseThrow();
            String json = subjectAccessJson(after);
            assertHoldsNothingOfHer("subject access", json);
            JsonNode tree = JsonMapper.builder().build().readTree(json);
            assertEquals(placeholder, tree.get("person").get("name").asString());
            assertEquals("", tree.get("person").get("email").asString());
            assertTrue(tree.get("erased").asBoolean());
            assertEveryAreaNamesHer(after);
            assertEquals(ledgers, ledgers(xarxa, network), "ledgers and balances are untouched");
            assertTrue(xarxa.history("person", network.nuria.toString()).stream()
                    .noneMatch(e -> e.data().toString().contains("Pseud")));
            assertFalse(after.mentor().orElseThrow().open(), "no one proposes to an erased mentor");

            Decision<Erasure> again = xarxa.privacy().erase(network.nuria, END, "sol·licitud repetida");
            assertEquals("privacy.already-erased", again.reasons().get(0).code());
        }
    }

    private static void assertEveryAreaNamesHer(SubjectAccess access) {
        assertEquals(1, access.mandates().size());
        assertEquals(1, access.contacts().size());
        assertEquals(1, access.onboardingMeetings().size());
        assertEquals(1, access.partnerContacts().size());
        assertEquals(1, access.advisoryRequests().size());
        assertEquals(1, access.advisoriesProvided().size());
        assertTrue(access.mentor().isPresent());
        assertEquals(2, access.mentorships().size());
        assertEquals(1, access.groupParticipations().size());
        assertEquals(1, access.groupsCoordinated().size());
        assertEquals(1, access.groupMeetings().size());
        assertEquals(1, access.seats().size());
        assertEquals(1, access.eventsAttended().size());
        assertEquals(1, access.practiceSubmissions().size());
        assertFalse(access.journal().isEmpty());
    }

    private static void assertHoldsNothingOfHer(String where, String text) {
        String unfolded = text.replace("\r\n ", "").replace("\r\n\t", "");
        String lower = unfolded.toLowerCase(java.util.Locale.ROOT);
        for (String forbidden : List.of(PrivacyNetwork.NAME, "Pseudònima", "Fictícia", "pseudonima", PrivacyNetwork.EMAIL,
                PrivacyNetwork.PHONE, "600 123 456", "600123456")) {
            assertFalse(lower.contains(forbidden.toLowerCase(java.util.Locale.ROOT)), where + " holds " + forbidden);
        }
    }

    private static List<Object> ledgers(Xarxa xarxa, PrivacyNetwork network) {
        return List.of(xarxa.fees().statement(network.sabadell, END), xarxa.fees().paymentsOf(network.sabadell),
                xarxa.fees().assessmentsOf(network.sabadell), xarxa.advisories().report("2026"),
                xarxa.advisories().ledger("2026"), xarxa.workingGroups().budget(network.group, 2026).orElseThrow(),
                xarxa.workingGroups().ledger(network.group, 2026), xarxa.history(network.sabadell),
                xarxa.members().find(network.sabadell).orElseThrow().mandates());
    }

    private static String export(Xarxa xarxa, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        xarxa.export(format, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String subjectAccessJson(SubjectAccess access) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XarxaJson.writeSubjectAccess(access, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
