package cat.xarxa.json;

import static cat.xarxa.json.ImportRefusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.json.HundredCouncils.Kind;
import cat.xarxa.mentorship.MentorshipStatus;
import cat.xarxa.spi.ImportException;
import cat.xarxa.spi.Transaction;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The mentorship records are all or nothing too: an unknown status, a history the statuses do not
 * allow, a mentorship completed without its two meetings, a mentorship naming a person the
 * network does not have, or a profile that takes nobody refuses the whole import, naming the
 * record, its line and the field by its path inside the record, with a stable code and in
 * Catalan, Spanish and English; the store keeps no member, person, advisory, profile, mentorship
 * or journal entry. In {@link HundredCouncils#withMentorships()} profile {@code p} is record
 * {@code 844 + p} and mentorship {@code k} is record {@code 854 + k}.
 */
class MentorshipImportRefusalTest {

    /** Immutable: each test spoils a copy. */
    private static final HundredCouncils WITH_MENTORSHIPS = HundredCouncils.withMentorships();
    /** A person the network does not have. */
    private static final String STRANGER = "0d0d0d0d-0000-4000-8000-000000000001";

    private InspectableMemoryStore store;

    @BeforeEach
    void openAnEmptyStore() {
        store = InspectableMemoryStore.open();
    }

    @AfterEach
    void closeTheStore() {
        store.close();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void the_network_with_its_mentorships_imports_whole(String format) {
        HundredCouncils network = WITH_MENTORSHIPS;

        Networks.importInto(store.xarxa(), format, network.as(format));

        assertAll(
                () -> assertEquals(845, network.recordOf(Kind.MENTOR_PROFILE, 1)),
                () -> assertEquals(855, network.recordOf(Kind.MENTORSHIP, 1)),
                () -> assertEquals(HundredCouncils.MENTORS, stored(tx -> tx.mentorships().profiles().count())),
                () -> assertEquals(HundredCouncils.MENTORSHIPS, stored(tx -> tx.mentorships().mentorships().count())),
                () -> assertEquals(List.of(MentorshipStatus.PROPOSED, MentorshipStatus.ACTIVE,
                                MentorshipStatus.COMPLETED, MentorshipStatus.DECLINED),
                        store.read(tx -> tx.mentorships().mentorships().limit(4).map(m -> m.status()).toList()),
                        "the first four, in id order"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void an_unknown_status_in_the_history_refuses_the_whole_import_and_lists_the_known_ones(String format) {
        HundredCouncils network = WITH_MENTORSHIPS;
        String paused = network.with(Kind.MENTORSHIP, 6, mentorship ->
                ((ObjectNode) mentorship.withArray("history").get(1)).put("status", "PAUSED")).as(format);

        ImportException refusal = refused(format, paused);

        assertRefused(refusal, network.recordOf(Kind.MENTORSHIP, 6), "history[1].status", "import.unknown-value");
        assertTrue(refusal.getMessage().endsWith("unknown value 'PAUSED'; expected one of PROPOSED, DECLINED, LAPSED, "
                + "ACTIVE, COMPLETED, EXPIRED, CANCELLED"), refusal.getMessage());
        assertNothingImported();
    }

    /** Mentorship 8 was declined; a step taking it up after that is one no mentorship can take. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_history_taking_a_step_the_statuses_do_not_allow_refuses_the_whole_import(String format) {
        HundredCouncils network = WITH_MENTORSHIPS;
        String takenUp = network.with(Kind.MENTORSHIP, 8, mentorship -> {
            ArrayNode history = mentorship.withArray("history");
            history.addObject().put("status", "ACTIVE").put("on", "2025-06-01")
                    .put("by", mentorship.get("mentor").stringValue()).put("note", "");
        }).as(format);

        ImportException refusal = refused(format, takenUp);

        assertRefused(refusal, network.recordOf(Kind.MENTORSHIP, 8), "history[2]", "mentorship.illegal-transition");
        assertTrue(refusal.getMessage().endsWith("A mentorship cannot go from declined to active."),
                refusal.getMessage());
        assertNothingImported();
    }

    /** Mentorship 7 was completed after two meetings; with one, it could not have been. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_mentorship_completed_with_one_meeting_refuses_the_whole_import(String format) {
        HundredCouncils network = WITH_MENTORSHIPS;
        String oneMeeting = network.with(Kind.MENTORSHIP, 7, mentorship ->
                mentorship.withArray("meetings").remove(1)).as(format);

        ImportException refusal = refused(format, oneMeeting);

        assertRefused(refusal, network.recordOf(Kind.MENTORSHIP, 7), "meetings", "mentorship.too-few-meetings");
        assertTrue(refusal.getMessage().endsWith("The mentorship has 1 meetings; it needs at least 2 before completion."),
                refusal.getMessage());
        assertNothingImported();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_mentorship_naming_a_person_the_network_does_not_have_refuses_the_whole_import(String format) {
        HundredCouncils network = WITH_MENTORSHIPS;
        String stranger = network.with(Kind.MENTORSHIP, 12, mentorship -> mentorship.put("mentee", STRANGER))
                .as(format);

        ImportException refusal = refused(format, stranger);

        assertRefused(refusal, network.recordOf(Kind.MENTORSHIP, 12), "mentee", "person.not-found");
        assertTrue(refusal.getMessage().endsWith("There is no person with id " + STRANGER + "."), refusal.getMessage());
        assertNothingImported();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_profile_that_takes_nobody_refuses_the_whole_import(String format) {
        HundredCouncils network = WITH_MENTORSHIPS;
        String nobody = network.with(Kind.MENTOR_PROFILE, 4, profile -> profile.put("capacity", 0)).as(format);

        ImportException refusal = refused(format, nobody);

        assertRefused(refusal, network.recordOf(Kind.MENTOR_PROFILE, 4), "capacity", "import.malformed");
        assertNothingImported();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_mentorship_without_its_history_refuses_the_whole_import(String format) {
        HundredCouncils network = WITH_MENTORSHIPS;
        String noHistory = network.with(Kind.MENTORSHIP, 1, mentorship -> mentorship.remove("history")).as(format);

        ImportException refusal = refused(format, noHistory);

        assertRefused(refusal, network.recordOf(Kind.MENTORSHIP, 1), "history", "import.wrong-type");
        assertNothingImported();
    }

    /** How many records of a kind the store holds. */
    private long stored(Function<Transaction, Long> counting) {
        return store.read(counting);
    }

    private ImportException refused(String format, String text) {
        return assertThrows(ImportException.class, () -> Networks.importInto(store.xarxa(), format, text));
    }

    /** Nothing of the file is in the store: no member, person, policy, advisory, profile or mentorship, no journal entry. */
    private void assertNothingImported() {
        assertEquals(0, store.xarxa().members().count(), "members stored");
        assertEquals(List.of(), store.xarxa().people().list(), "people stored");
        assertEquals(List.of(), store.xarxa().fees().policies(), "policies stored");
        assertEquals(0, stored(tx -> tx.advisories().advisories().count()), "advisories stored");
        assertEquals(0, stored(tx -> tx.mentorships().profiles().count()), "profiles stored");
        assertEquals(0, stored(tx -> tx.mentorships().mentorships().count()), "mentorships stored");
        assertEquals(0, store.journalSize(), "journal entries");
    }
}
