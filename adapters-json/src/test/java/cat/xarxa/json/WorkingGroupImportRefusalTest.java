package cat.xarxa.json;

import static cat.xarxa.json.ImportRefusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.ImportReport;
import cat.xarxa.common.Money;
import cat.xarxa.json.HundredCouncils.Kind;
import cat.xarxa.spi.ImportException;
import cat.xarxa.spi.Transaction;
import cat.xarxa.workinggroup.GroupBudget;
import cat.xarxa.workinggroup.GroupStatus;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.ObjectNode;

/**
 * The working-group records are all or nothing too: an unknown status, a product made with a
 * partner the network does not have, a budget whose totals are not the sum of its entries, or an
 * entry of a budget the file does not hold refuses the whole import, naming the record, its line
 * and the field by its path inside the record, with a stable code and in Catalan, Spanish and
 * English; the store keeps no member, person, mentorship, group, budget, entry or journal entry.
 * In {@link HundredCouncils#withWorkingGroups()} group {@code g} is record {@code 874 + g}, budget
 * {@code b} record {@code 884 + b} and entry {@code e} record {@code 894 + e}.
 */
class WorkingGroupImportRefusalTest {

    /** Immutable: each test spoils a copy. */
    private static final HundredCouncils WITH_GROUPS = HundredCouncils.withWorkingGroups();
    /** A partner the network does not have. */
    private static final String STRANGER = "0d0d0d0d-0000-4000-8000-000000000002";

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
    void the_network_with_its_working_groups_imports_whole(String format) {
        HundredCouncils network = WITH_GROUPS;

        ImportReport report = Networks.importInto(store.xarxa(), format, network.as(format));

        List<GroupBudget> budgets = store.read(tx -> tx.workingGroups().budgets().toList());
        assertAll(
                () -> assertEquals(875, network.recordOf(Kind.WORKING_GROUP, 1)),
                () -> assertEquals(885, network.recordOf(Kind.GROUP_BUDGET, 1)),
                () -> assertEquals(895, network.recordOf(Kind.BUDGET_ENTRY, 1)),
                () -> assertEquals(HundredCouncils.GROUPS, report.workingGroups(), "groups reported"),
                () -> assertEquals(HundredCouncils.GROUPS, report.groupBudgets(), "budgets reported"),
                () -> assertEquals(HundredCouncils.GROUPS * HundredCouncils.ENTRIES_PER_BUDGET, report.budgetEntries(),
                        "entries reported"),
                () -> assertEquals(List.of(GroupStatus.PROPOSED, GroupStatus.ACTIVE, GroupStatus.CLOSED),
                        store.read(tx -> tx.workingGroups().groups().limit(3).map(g -> g.status()).toList()),
                        "the first three, in id order"),
                () -> assertEquals(HundredCouncils.GROUPS * HundredCouncils.ENTRIES_PER_BUDGET,
                        stored(tx -> tx.workingGroups().entries().count())),
                () -> assertEquals(HundredCouncils.GROUPS, budgets.size()),
                () -> assertTrue(budgets.stream().allMatch(b -> b.allocated().equals(Money.euros(5_000))
                        && b.committed().equals(Money.euros(400)) && b.spent().equals(Money.euros(800))
                        && b.remaining().equals(Money.euros(3_800))), budgets.toString()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void an_unknown_status_in_the_history_refuses_the_whole_import_and_lists_the_known_ones(String format) {
        HundredCouncils network = WITH_GROUPS;
        String suspended = network.with(Kind.WORKING_GROUP, 2, group ->
                ((ObjectNode) group.withArray("history").get(1)).put("status", "SUSPENDED")).as(format);

        ImportException refusal = refused(format, suspended);

        assertRefused(refusal, network.recordOf(Kind.WORKING_GROUP, 2), "history[1].status", "import.unknown-value");
        assertTrue(refusal.getMessage().endsWith("unknown value 'SUSPENDED'; expected one of PROPOSED, ACTIVE, CLOSED"),
                refusal.getMessage());
        assertNothingImported();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_product_made_with_a_partner_the_network_does_not_have_refuses_the_whole_import(String format) {
        HundredCouncils network = WITH_GROUPS;
        String stranger = network.with(Kind.WORKING_GROUP, 3, group ->
                ((ObjectNode) group.withArray("products").get(0)).putArray("partners").add(STRANGER)).as(format);

        ImportException refusal = refused(format, stranger);

        assertRefused(refusal, network.recordOf(Kind.WORKING_GROUP, 3), "products[0].partners", "partner.not-found");
        assertTrue(refusal.getMessage().endsWith("There is no partner with id " + STRANGER + "."), refusal.getMessage());
        assertNothingImported();
    }

    /** Budget 4 has spent 800.00 of its entries; a record that says 900.00 does not add up. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_budget_whose_totals_are_not_the_sum_of_its_entries_refuses_the_whole_import(String format) {
        HundredCouncils network = WITH_GROUPS;
        String overspent = network.with(Kind.GROUP_BUDGET, 4, budget -> budget.put("spent", "900.00")).as(format);

        ImportException refusal = refused(format, overspent);

        assertRefused(refusal, network.recordOf(Kind.GROUP_BUDGET, 4), "allocated", "group.ledger-mismatch");
        assertTrue(refusal.getMessage().contains("are not the sum of its entries"), refusal.getMessage());
        assertNothingImported();
    }

    /** Entry 7 is group 3's allocation of 2025; the file holds no budget of 2024 for it. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void an_entry_of_a_budget_the_file_does_not_hold_refuses_the_whole_import(String format) {
        HundredCouncils network = WITH_GROUPS;
        String elsewhere = network.with(Kind.BUDGET_ENTRY, 7, entry -> entry.put("year", 2024)).as(format);

        ImportException refusal = refused(format, elsewhere);

        assertRefused(refusal, network.recordOf(Kind.BUDGET_ENTRY, 7), "group", "group.not-found");
        assertTrue(refusal.getMessage().endsWith("/2024."), refusal.getMessage());
        assertNothingImported();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void an_amount_in_another_currency_refuses_the_whole_import(String format) {
        HundredCouncils network = WITH_GROUPS;
        String dollars = network.with(Kind.BUDGET_ENTRY, 2, entry -> entry.put("currency", "USD")).as(format);

        ImportException refusal = refused(format, dollars);

        assertRefused(refusal, network.recordOf(Kind.BUDGET_ENTRY, 2), "currency", "money.not-euro");
        assertNothingImported();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_published_product_without_its_date_refuses_the_whole_import(String format) {
        HundredCouncils network = WITH_GROUPS;
        String undated = network.with(Kind.WORKING_GROUP, 3, group ->
                ((ObjectNode) group.withArray("products").get(0)).putNull("publishedOn")).as(format);

        ImportException refusal = refused(format, undated);

        assertRefused(refusal, network.recordOf(Kind.WORKING_GROUP, 3), "products[0].publishedOn", "import.malformed");
        assertNothingImported();
    }

    /** How many records of a kind the store holds. */
    private long stored(Function<Transaction, Long> counting) {
        return store.read(counting);
    }

    private ImportException refused(String format, String text) {
        return assertThrows(ImportException.class, () -> Networks.importInto(store.xarxa(), format, text));
    }

    /** Nothing of the file is in the store: no member, person, mentorship, group, budget or entry, no journal entry. */
    private void assertNothingImported() {
        assertEquals(0, store.xarxa().members().count(), "members stored");
        assertEquals(List.of(), store.xarxa().people().list(), "people stored");
        assertEquals(0, stored(tx -> tx.mentorships().mentorships().count()), "mentorships stored");
        assertEquals(0, stored(tx -> tx.workingGroups().groups().count()), "groups stored");
        assertEquals(0, stored(tx -> tx.workingGroups().budgets().count()), "budgets stored");
        assertEquals(0, stored(tx -> tx.workingGroups().entries().count()), "budget entries stored");
        assertEquals(0, store.journalSize(), "journal entries");
    }
}
