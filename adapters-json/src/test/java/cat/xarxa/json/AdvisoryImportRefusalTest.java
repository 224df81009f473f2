package cat.xarxa.json;

import static cat.xarxa.json.ImportRefusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.json.HundredCouncils.Kind;
import cat.xarxa.common.Hours;
import cat.xarxa.spi.ImportException;
import cat.xarxa.spi.Transaction;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.ObjectNode;

/**
 * The advisory records are all or nothing too: an unknown value, hours that are not {@code h:mm},
 * an advisory or a ledger entry of a period without an hour bank, or a bank whose totals are not
 * the sum of its entries refuses the whole import, naming the record, its line and the field by
 * its path inside the record, with a stable code and in Catalan, Spanish and English; the store
 * keeps no member, person, policy, bank, advisory or journal entry. In
 * {@link HundredCouncils#withAdvisories()} the bank is record 633, ledger entry {@code e} is record
 * {@code 633 + e}, advisory {@code n} is record {@code 734 + n} and material {@code m} is record
 * {@code 834 + m}.
 */
class AdvisoryImportRefusalTest {

    /** Immutable: each test spoils a copy. */
    private static final HundredCouncils WITH_ADVISORIES = HundredCouncils.withAdvisories();

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
    void the_network_with_its_advisories_imports_whole(String format) {
        HundredCouncils network = WITH_ADVISORIES;

        Networks.importInto(store.xarxa(), format, network.as(format));

        assertAll(
                () -> assertEquals(633, network.recordOf(Kind.HOUR_BANK, 1)),
                () -> assertEquals(634, network.recordOf(Kind.LEDGER_ENTRY, 1)),
                () -> assertEquals(735, network.recordOf(Kind.ADVISORY, 1)),
                () -> assertEquals(835, network.recordOf(Kind.ADVISORY_PRODUCT, 1)),
                () -> assertEquals(1, stored(tx -> tx.advisories().banks().count())),
                () -> assertEquals(HundredCouncils.COUNT + 1, stored(tx -> tx.advisories().entries().count())),
                () -> assertEquals(HundredCouncils.COUNT, stored(tx -> tx.advisories().advisories().count())),
                () -> assertEquals(HundredCouncils.MATERIALS, stored(tx -> tx.advisories().products().count())),
                () -> assertEquals(Hours.ZERO,
                        store.xarxa().advisories().bank(HundredCouncils.PERIOD).orElseThrow().available(),
                        "every hour granted is reserved"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void an_unknown_status_refuses_the_whole_import_and_lists_the_known_ones(String format) {
        HundredCouncils network = WITH_ADVISORIES;
        String paused = network.with(Kind.ADVISORY, 30, advisory -> advisory.put("status", "PAUSED")).as(format);

        ImportException refusal = refused(format, paused);

        assertRefused(refusal, network.recordOf(Kind.ADVISORY, 30), "status", "import.unknown-value");
        assertTrue(refusal.getMessage().endsWith("unknown value 'PAUSED'; expected one of OPEN, SCHEDULED, DELIVERED, "
                + "CANCELLED, MERGED"), refusal.getMessage());
        assertNothingImported();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void an_unknown_value_inside_a_request_refuses_the_whole_import_naming_its_path(String format) {
        HundredCouncils network = WITH_ADVISORIES;
        String telepathy = network.with(Kind.ADVISORY, 8, advisory ->
                ((ObjectNode) advisory.withArray("requests").get(0)).put("format", "TELEPATHY")).as(format);

        ImportException refusal = refused(format, telepathy);

        assertRefused(refusal, network.recordOf(Kind.ADVISORY, 8), "requests[0].format", "import.unknown-value");
        assertNothingImported();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void an_unknown_kind_of_entry_refuses_the_whole_import(String format) {
        HundredCouncils network = WITH_ADVISORIES;
        String loan = network.with(Kind.LEDGER_ENTRY, 12, entry -> entry.put("kind", "LOAN")).as(format);

        ImportException refusal = refused(format, loan);

        assertRefused(refusal, network.recordOf(Kind.LEDGER_ENTRY, 12), "kind", "import.unknown-value");
        assertNothingImported();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void hours_that_are_not_hours_and_minutes_refuse_the_whole_import(String format) {
        HundredCouncils network = WITH_ADVISORIES;
        String fourH = network.with(Kind.LEDGER_ENTRY, 40, entry -> entry.put("hours", "4h")).as(format);

        ImportException refusal = refused(format, fourH);

        assertRefused(refusal, network.recordOf(Kind.LEDGER_ENTRY, 40), "hours", "import.malformed");
        assertTrue(refusal.getMessage().endsWith("this is not valid h:mm (4:00, 1:30): '4h'"), refusal.getMessage());
        assertNothingImported();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void sixty_minutes_in_a_package_refuse_the_whole_import_naming_the_package(String format) {
        HundredCouncils network = WITH_ADVISORIES;
        String sixty = network.with(Kind.ADVISORY, 99, advisory ->
                ((ObjectNode) advisory.get("package")).put("hours", "3:60")).as(format);

        ImportException refusal = refused(format, sixty);

        assertRefused(refusal, network.recordOf(Kind.ADVISORY, 99), "package.hours", "import.malformed");
        assertNothingImported();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void hours_written_as_a_number_refuse_the_whole_import(String format) {
        HundredCouncils network = WITH_ADVISORIES;
        String number = network.with(Kind.HOUR_BANK, 1, bank -> bank.put("granted", 400)).as(format);

        ImportException refusal = refused(format, number);

        assertRefused(refusal, network.recordOf(Kind.HOUR_BANK, 1), "granted", "import.wrong-type");
        assertTrue(refusal.getMessage().endsWith("expected string"), refusal.getMessage());
        assertNothingImported();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void an_advisory_for_a_period_without_a_bank_refuses_the_whole_import(String format) {
        HundredCouncils network = WITH_ADVISORIES;
        String spoilt = network.with(Kind.ADVISORY, 50, advisory -> advisory.put("period", "2026")).as(format);

        ImportException refusal = refused(format, spoilt);

        assertRefused(refusal, network.recordOf(Kind.ADVISORY, 50), "period", "advisory.no-bank");
        assertTrue(refusal.getMessage().endsWith("There is no hour bank for 2026."), refusal.getMessage());
        assertNothingImported();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void an_entry_of_an_unknown_bank_refuses_the_whole_import(String format) {
        HundredCouncils network = WITH_ADVISORIES;
        String spoilt = network.with(Kind.LEDGER_ENTRY, 1, entry -> entry.put("period", "2024")).as(format);

        ImportException refusal = refused(format, spoilt);

        assertRefused(refusal, network.recordOf(Kind.LEDGER_ENTRY, 1), "period", "advisory.no-bank");
        assertTrue(refusal.getMessage().endsWith("There is no hour bank for 2024."), refusal.getMessage());
        assertNothingImported();
    }

    /** A bank is checked against its entries once they are all in: the refusal names the bank. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_bank_whose_totals_are_not_the_sum_of_its_entries_refuses_the_whole_import(String format) {
        HundredCouncils network = WITH_ADVISORIES;
        String spoilt = network.with(Kind.HOUR_BANK, 1, bank -> bank.put("granted", "401:00")).as(format);

        ImportException refusal = refused(format, spoilt);

        assertRefused(refusal, network.recordOf(Kind.HOUR_BANK, 1), "granted", "advisory.ledger-mismatch");
        assertNothingImported();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_session_s_start_that_is_not_a_date_and_time_refuses_the_whole_import(String format) {
        HundredCouncils network = WITH_ADVISORIES;
        String spoilt = network.with(Kind.ADVISORY, 3, advisory -> {
            ObjectNode session = advisory.withArray("sessions").addObject();
            session.put("id", "5e55e55e-0000-4000-8000-000000000001").put("start", "2025-05-04 10:00")
                    .put("end", "2025-05-04T12:00").put("format", "VIRTUAL").put("status", "PLANNED");
        }).as(format);

        ImportException refusal = refused(format, spoilt);

        assertRefused(refusal, network.recordOf(Kind.ADVISORY, 3), "sessions[0].start", "import.malformed");
        assertNothingImported();
    }

    /** How many records of a kind the store holds. */
    private long stored(Function<Transaction, Long> counting) {
        return store.read(counting);
    }

    private ImportException refused(String format, String text) {
        return assertThrows(ImportException.class, () -> Networks.importInto(store.xarxa(), format, text));
    }

    /** Nothing of the file is in the store: no member, person, partner, policy, bank, entry, advisory or material, no journal entry. */
    private void assertNothingImported() {
        assertEquals(0, store.xarxa().members().count(), "members stored");
        assertEquals(List.of(), store.xarxa().people().list(), "people stored");
        assertEquals(List.of(), store.xarxa().partners().list(), "partners stored");
        assertEquals(List.of(), store.xarxa().fees().policies(), "policies stored");
        assertEquals(0, stored(tx -> tx.advisories().banks().count()), "banks stored");
        assertEquals(0, stored(tx -> tx.advisories().entries().count()), "ledger entries stored");
        assertEquals(0, stored(tx -> tx.advisories().advisories().count()), "advisories stored");
        assertEquals(0, stored(tx -> tx.advisories().products().count()), "materials stored");
        assertEquals(0, store.journalSize(), "journal entries");
    }
}
