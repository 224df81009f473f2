package cat.xarxa.json;

import static cat.xarxa.json.ImportRefusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.Xarxa;
import cat.xarxa.spi.ImportException;
import cat.xarxa.spi.Transaction;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The governance, good-practice and work-plan records are all or nothing too: an unknown value, a
 * missing one, a time or a cell of the timetable that is not one, a tally or dates that do not
 * fit together, or a record that points at what is not there refuses the whole import, naming
 * the record, its line and the field by its path inside the record, with a stable code and in
 * Catalan, Spanish and English; the store keeps no member, person, seat, event, decision, call,
 * practice, training, plan or journal entry. The file is {@link GovernanceYear}'s, exported.
 */
class GovernanceImportRefusalTest {

    /** The year exported once in each format; each test spoils a copy. */
    private static final Map<String, String> EXPORTED = exported(GovernanceYear.lived());
    private static final String NOWHERE = "0d0d0d0d-0000-4000-8000-000000000009";

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
    void the_year_imports_whole(String format) {
        Networks.importInto(store.xarxa(), format, EXPORTED.get(format));

        assertAll(
                () -> assertEquals(3, stored(tx -> tx.governance().seats().count())),
                () -> assertEquals(4, stored(tx -> tx.governance().events().count())),
                () -> assertEquals(6, stored(tx -> tx.governance().decisions().count())),
                () -> assertEquals(1, stored(tx -> tx.practices().calls().count())),
                () -> assertEquals(4, stored(tx -> tx.practices().submissions().count())),
                () -> assertEquals(2, stored(tx -> tx.practices().trainings().count())),
                () -> assertEquals(2, stored(tx -> tx.workPlans().plans().count())));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void an_unknown_format_of_an_event_refuses_the_whole_import_and_lists_the_known_ones(String format) {
        ImportException refusal = refusedWith(format, "event", has("title", "Comissió Tècnica"),
                event -> event.put("format", "ONLINE"), "format", "import.unknown-value");

        assertTrue(refusal.getMessage().endsWith("unknown value 'ONLINE'; expected one of VIRTUAL, IN_PERSON, HYBRID"),
                refusal.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_start_time_that_is_not_one_refuses_the_whole_import(String format) {
        refusedWith(format, "event", has("kind", "ORDINARY_ASSEMBLY"), event -> event.put("startsAt", "25:00"),
                "startsAt", "import.malformed");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_seat_held_by_nobody_refuses_the_whole_import(String format) {
        refusedWith(format, "body-seat", has("role", "president"), seat -> seat.putNull("council").putNull("person"),
                "council", "import.malformed");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_seat_without_its_role_refuses_the_whole_import(String format) {
        refusedWith(format, "body-seat", has("role", "secretary"), seat -> seat.remove("role"), "role",
                "import.wrong-type");
    }

    /** Decision 4 had three votes in favour; a tally of two in favour and one abstention does not follow from them. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_tally_that_does_not_follow_from_the_votes_refuses_the_whole_import(String format) {
        refusedWith(format, "assembly-decision", has("reference", "AG 2026-03 #4"),
                decision -> ((ObjectNode) decision.get("tally")).put("yes", 2).put("abstain", 1), "tally",
                "decision.tally-mismatch");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_tally_with_more_votes_than_members_with_vote_refuses_the_whole_import(String format) {
        ImportException refusal = refusedWith(format, "assembly-decision", has("reference", "AG 2026-03 #4"),
                decision -> ((ObjectNode) decision.get("tally")).put("eligible", 1), "tally", "import.malformed");

        assertTrue(refusal.getMessage().contains("more counted votes (3) than members with vote (1)"),
                refusal.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_vote_that_counts_and_says_why_it_does_not_refuses_the_whole_import(String format) {
        refusedWith(format, "assembly-decision", has("reference", "AG 2026-03 #1"),
                decision -> ((ObjectNode) decision.get("votes").get(2)).put("counted", true), "votes[2].limitCode",
                "import.malformed");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void an_unknown_kind_of_motion_refuses_the_whole_import(String format) {
        ImportException refusal = refusedWith(format, "assembly-decision", has("reference", "AG 2026-03 #5"),
                decision -> ((ObjectNode) decision.get("motion")).put("kind", "REFERENDUM"), "motion.kind",
                "import.unknown-value");

        assertTrue(refusal.getMessage().endsWith(
                "expected one of ADMISSION, FEE_POLICY, BUDGET_ALLOCATION, BANK_ENLARGEMENT, GENERAL"), refusal.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void an_allocation_of_a_fraction_of_a_cent_refuses_the_whole_import(String format) {
        refusedWith(format, "assembly-decision", has("reference", "AG 2026-03 #3"),
                decision -> ((ObjectNode) decision.get("motion")).put("amount", "1500.005"), "motion.amount",
                "money.too-many-decimals");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_decision_taken_at_a_meeting_that_is_not_an_assembly_refuses_the_whole_import(String format) {
        ExportedFile file = ExportedFile.of(format, EXPORTED.get(format));
        String commission = file.record(file.recordOf("event", has("title", "Comissió Tècnica"))).get("id")
                .stringValue();

        refusedWith(format, "assembly-decision", has("reference", "AG 2026-03 #2"),
                decision -> decision.put("assembly", commission), "assembly", "decision.not-an-assembly");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_published_practice_without_its_publication_date_refuses_the_whole_import(String format) {
        refusedWith(format, "practice-submission", has("status", "PUBLISHED"), practice -> practice.putNull("publishedOn"),
                "publishedOn", "import.malformed");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_practice_waiting_for_review_with_a_review_date_refuses_the_whole_import(String format) {
        refusedWith(format, "practice-submission", has("status", "NOT_SELECTED"),
                practice -> practice.put("status", "SUBMITTED"), "reviewedOn", "import.malformed");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_practice_without_its_contact_person_refuses_the_whole_import(String format) {
        refusedWith(format, "practice-submission", has("status", "SUBMITTED"), practice -> practice.remove("contact"),
                "contact", "import.wrong-type");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_practice_of_an_unknown_status_refuses_the_whole_import(String format) {
        refusedWith(format, "practice-submission", has("status", "SELECTED"), practice -> practice.put("status", "ARCHIVED"),
                "status", "import.unknown-value");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_practice_submitted_to_a_call_that_is_not_there_refuses_the_whole_import(String format) {
        refusedWith(format, "practice-submission", has("status", "SUBMITTED"), practice -> practice.put("call", NOWHERE),
                "call", "practice.call-not-found");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_call_whose_deadline_is_before_its_opening_refuses_the_whole_import(String format) {
        refusedWith(format, "practice-call", 1, call -> call.put("deadline", "2026-01-31"), "deadline",
                "import.malformed");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_training_without_a_seat_refuses_the_whole_import(String format) {
        refusedWith(format, "training", has("seats", 1), training -> training.put("seats", 0), "seats",
                "import.malformed");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_done_action_below_100_refuses_the_whole_import(String format) {
        refusedWith(format, "work-plan", 1, plan -> firstAction(plan).put("progress", 80),
                "lines[0].objectives[0].actions[0].progress", "import.malformed");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_cell_of_the_timetable_that_is_not_one_refuses_the_whole_import(String format) {
        ImportException refusal = refusedWith(format, "work-plan", 1,
                plan -> firstAction(plan).withArray("when").set(1, "2026-S3"),
                "lines[0].objectives[0].actions[0].when[1]", "import.malformed");

        assertTrue(refusal.getMessage().endsWith("'2026-S3'"), refusal.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_body_that_names_no_body_refuses_the_whole_import(String format) {
        refusedWith(format, "work-plan", 1,
                plan -> ((ObjectNode) firstAction(plan).get("basicLines").get(0)).remove("body"),
                "lines[0].objectives[0].actions[0].basicLines[0].body", "import.malformed");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void an_unknown_kind_of_evidence_refuses_the_whole_import(String format) {
        refusedWith(format, "work-plan", 1,
                plan -> ((ObjectNode) firstAction(plan).get("evidence").get(0)).put("kind", "PHOTO"),
                "lines[0].objectives[0].actions[0].evidence[0].kind", "import.unknown-value");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void evidence_that_points_at_nothing_the_file_holds_refuses_the_whole_import(String format) {
        refusedWith(format, "work-plan", 1,
                plan -> ((ObjectNode) firstAction(plan).get("evidence").get(1)).put("reference", NOWHERE),
                "lines[0].objectives[0].actions[0].evidence[1]", "plan.evidence-not-found");
    }

    private static Map<String, String> exported(Xarxa year) {
        try (year) {
            return Map.of("json", Networks.export(year, "json"), "jsonl", Networks.export(year, "jsonl"));
        }
    }

    private static Predicate<JsonNode> has(String field, String value) {
        return record -> record.has(field) && value.equals(record.get(field).asString());
    }

    private static Predicate<JsonNode> has(String field, int value) {
        return record -> record.has(field) && record.get(field).asInt() == value;
    }

    /** Action I.1.1 of the first plan: done, with a practice and an event to show for it. */
    private static ObjectNode firstAction(ObjectNode plan) {
        return (ObjectNode) plan.get("lines").get(0).get("objectives").get(0).get("actions").get(0);
    }

    private ImportException refusedWith(String format, String type, Predicate<JsonNode> which,
                                        Consumer<ObjectNode> change, String field, String code) {
        ExportedFile file = ExportedFile.of(format, EXPORTED.get(format));
        return refusedAt(format, file, file.recordOf(type, which), change, field, code);
    }

    private ImportException refusedWith(String format, String type, int n,
                                        Consumer<ObjectNode> change, String field, String code) {
        ExportedFile file = ExportedFile.of(format, EXPORTED.get(format));
        return refusedAt(format, file, file.recordOf(type, n), change, field, code);
    }

    private ImportException refusedAt(String format, ExportedFile file, int record,
                                      Consumer<ObjectNode> change, String field, String code) {
        String spoiled = file.with(record, change);
        ImportException refusal = assertThrows(ImportException.class,
                () -> Networks.importInto(store.xarxa(), format, spoiled));
        assertRefused(refusal, record, field, code);
        assertNothingImported();
        return refusal;
    }

    /** How many records of a kind the store holds. */
    private long stored(Function<Transaction, Long> counting) {
        return store.read(counting);
    }

    /** Nothing of the file is in the store: no member, person, governance, practice or plan record, no journal entry. */
    private void assertNothingImported() {
        assertAll(
                () -> assertEquals(0, store.xarxa().members().count(), "members stored"),
                () -> assertEquals(List.of(), store.xarxa().people().list(), "people stored"),
                () -> assertEquals(0, stored(tx -> tx.workingGroups().groups().count()), "groups stored"),
                () -> assertEquals(0, stored(tx -> tx.governance().seats().count()), "seats stored"),
                () -> assertEquals(0, stored(tx -> tx.governance().events().count()), "events stored"),
                () -> assertEquals(0, stored(tx -> tx.governance().decisions().count()), "decisions stored"),
                () -> assertEquals(0, stored(tx -> tx.practices().calls().count()), "calls stored"),
                () -> assertEquals(0, stored(tx -> tx.practices().submissions().count()), "practices stored"),
                () -> assertEquals(0, stored(tx -> tx.practices().trainings().count()), "trainings stored"),
                () -> assertEquals(0, stored(tx -> tx.workPlans().plans().count()), "plans stored"),
                () -> assertEquals(0, store.journalSize(), "journal entries"));
    }
}
