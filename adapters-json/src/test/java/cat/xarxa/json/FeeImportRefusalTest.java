package cat.xarxa.json;

import static cat.xarxa.json.ImportRefusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.ImportReport;
import cat.xarxa.common.Localisation;
import cat.xarxa.json.HundredCouncils.Kind;
import cat.xarxa.spi.ImportException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.ObjectNode;

/**
 * The fee records are all or nothing too: a wrong amount, currency or rule, or a fee record the
 * network's rules do not allow, refuses the whole import, naming the record, its line and the
 * field by its path inside the record, with a stable code and in Catalan, Spanish and English;
 * the store keeps no member, person, policy or journal entry. In {@link HundredCouncils#withFees()}
 * the policies are records 431 and 432, assessment {@code n} is record {@code 432 + n} and
 * payment {@code n} is record {@code 532 + n}.
 */
class FeeImportRefusalTest {

    /** Immutable: each test spoils a copy. */
    private static final HundredCouncils WITH_FEES = HundredCouncils.withFees();

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
    void the_network_with_its_fees_imports_whole(String format) {
        HundredCouncils network = WITH_FEES;

        ImportReport report = Networks.importInto(store.xarxa(), format, network.as(format));

        assertEquals(new ImportReport(format, HundredCouncils.COUNT, HundredCouncils.CONTACTS, HundredCouncils.PARTNERS,
                HundredCouncils.COUNT, HundredCouncils.COUNT, HundredCouncils.COUNT, 2, HundredCouncils.COUNT,
                HundredCouncils.COUNT), report);
        assertEquals(432, network.recordOf(Kind.FEE_POLICY, 2));
        assertEquals(433, network.recordOf(Kind.FEE_ASSESSMENT, 1));
        assertEquals(533, network.recordOf(Kind.FEE_PAYMENT, 1));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_currency_other_than_euros_refuses_the_whole_import(String format) {
        HundredCouncils network = WITH_FEES;
        String dollars = network.with(Kind.FEE_PAYMENT, 40, payment -> payment.put("currency", "USD")).as(format);

        ImportException refusal = refused(format, dollars);

        assertRefused(refusal, network.recordOf(Kind.FEE_PAYMENT, 40), "currency", "money.not-euro");
        assertTrue(refusal.message(Localisation.CATALAN).endsWith("Els comptes es porten en euros (EUR), no en USD."),
                refusal.message(Localisation.CATALAN));
        assertTrue(refusal.getMessage().endsWith("Accounts are kept in euros (EUR), not in USD."), refusal.getMessage());
        assertNothingImported();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void euros_written_in_small_letters_are_euros(String format) {
        HundredCouncils network = WITH_FEES;
        String lowerCase = network.with(Kind.FEE_PAYMENT, 40, payment -> payment.put("currency", "eur"))
                .with(Kind.FEE_ASSESSMENT, 7, assessment -> assessment.remove("currency"))
                .as(format);

        assertEquals(HundredCouncils.COUNT, Networks.importInto(store.xarxa(), format, lowerCase).payments());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void an_amount_that_is_not_a_number_refuses_the_whole_import(String format) {
        HundredCouncils network = WITH_FEES;
        String words = network.with(Kind.FEE_ASSESSMENT, 12, assessment -> assessment.put("annualFee", "mil euros"))
                .as(format);

        ImportException refusal = refused(format, words);

        assertRefused(refusal, network.recordOf(Kind.FEE_ASSESSMENT, 12), "annualFee", "money.not-a-number");
        assertTrue(refusal.getMessage().endsWith("field annualFee: Not an amount of euros: \"mil euros\"."),
                refusal.getMessage());
        assertNothingImported();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void an_amount_written_as_a_number_refuses_the_whole_import(String format) {
        HundredCouncils network = WITH_FEES;
        String number = network.with(Kind.FEE_PAYMENT, 3, payment -> payment.put("amount", 150.0)).as(format);

        ImportException refusal = refused(format, number);

        assertRefused(refusal, network.recordOf(Kind.FEE_PAYMENT, 3), "amount", "import.wrong-type");
        assertTrue(refusal.getMessage().endsWith("expected string"), refusal.getMessage());
        assertNothingImported();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void three_decimals_in_a_policy_s_rule_refuse_the_whole_import_naming_the_rule(String format) {
        HundredCouncils network = WITH_FEES;
        String mills = network.with(Kind.FEE_POLICY, 2, policy ->
                ((ObjectNode) policy.get("rule").get("rules").get("MUNICIPALITY")).put("floor", "150.005")).as(format);

        ImportException refusal = refused(format, mills);

        assertRefused(refusal, network.recordOf(Kind.FEE_POLICY, 2), "rule.rules.MUNICIPALITY.floor",
                "money.too-many-decimals");
        assertTrue(refusal.getMessage().endsWith("An amount of euros has at most two decimals: 150.005."),
                refusal.getMessage());
        assertNothingImported();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void three_decimals_in_a_correction_refuse_the_whole_import_naming_the_correction(String format) {
        HundredCouncils network = WITH_FEES;
        String mills = network.with(Kind.FEE_ASSESSMENT, 99, assessment ->
                ((ObjectNode) assessment.withArray("corrections").get(0)).put("amount", "-10.001")).as(format);

        ImportException refusal = refused(format, mills);

        assertRefused(refusal, network.recordOf(Kind.FEE_ASSESSMENT, 99), "corrections[0].amount",
                "money.too-many-decimals");
        assertNothingImported();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void an_unknown_rule_type_refuses_the_whole_import_and_lists_the_known_ones(String format) {
        HundredCouncils network = WITH_FEES;
        String percent = network.with(Kind.FEE_POLICY, 2, policy ->
                ((ObjectNode) policy.get("rule").get("rules").get("COUNTY_COUNCIL")).put("type", "percent")).as(format);

        ImportException refusal = refused(format, percent);

        assertRefused(refusal, network.recordOf(Kind.FEE_POLICY, 2), "rule.rules.COUNTY_COUNCIL.type",
                "import.unknown-value");
        assertTrue(refusal.getMessage().endsWith("unknown value 'percent'; expected one of flat, tiers, per-inhabitant, "
                + "by-kind, custom"), refusal.getMessage());
        assertNothingImported();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_payment_for_an_assessment_that_is_not_there_refuses_the_whole_import(String format) {
        HundredCouncils network = WITH_FEES;
        String nothing = "a5a5a5a5-0000-4000-8000-00000000dead";
        String spoilt = network.with(Kind.FEE_PAYMENT, 77, payment -> payment.put("assessment", nothing)).as(format);

        ImportException refusal = refused(format, spoilt);

        assertRefused(refusal, network.recordOf(Kind.FEE_PAYMENT, 77), "assessment", "fee.assessment-not-found");
        assertTrue(refusal.getMessage().endsWith("There is no fee assessment " + nothing + "."), refusal.getMessage());
        assertNothingImported();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void an_assessment_of_a_year_without_a_policy_refuses_the_whole_import(String format) {
        HundredCouncils network = WITH_FEES;
        String spoilt = network.with(Kind.FEE_ASSESSMENT, 1, assessment -> assessment.put("year", 2026)).as(format);

        ImportException refusal = refused(format, spoilt);

        assertRefused(refusal, network.recordOf(Kind.FEE_ASSESSMENT, 1), "year", "fee.no-policy");
        assertTrue(refusal.getMessage().endsWith("The year 2026 has no approved fee policy."), refusal.getMessage());
        assertNothingImported();
    }

    /** The second policy of a year is refused, whatever the first one says. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_second_policy_for_a_year_refuses_the_whole_import(String format) {
        HundredCouncils network = WITH_FEES;
        String twice = network.with(Kind.FEE_POLICY, 1, policy -> policy.put("year", HundredCouncils.FEE_YEAR))
                .as(format);

        ImportException refusal = refused(format, twice);

        assertRefused(refusal, network.recordOf(Kind.FEE_POLICY, 2), "year", "fee.policy-exists");
        assertTrue(refusal.getMessage().endsWith("The year 2025 already has an approved fee policy (AG 2024-03, acord 2)."),
                refusal.getMessage());
        assertNothingImported();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_policy_the_assembly_could_not_approve_refuses_the_whole_import(String format) {
        HundredCouncils network = WITH_FEES;
        String floorAboveCap = network.with(Kind.FEE_POLICY, 2, policy ->
                ((ObjectNode) policy.get("rule").get("rules").get("MUNICIPALITY")).put("floor", "20000.00")).as(format);

        ImportException refusal = refused(format, floorAboveCap);

        assertRefused(refusal, network.recordOf(Kind.FEE_POLICY, 2), "", "fee.floor-above-cap");
        assertNothingImported();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_payment_without_the_assessment_it_pays_refuses_the_whole_import(String format) {
        HundredCouncils network = WITH_FEES;
        String spoilt = network.with(Kind.FEE_PAYMENT, 5, payment -> payment.remove("assessment")).as(format);

        ImportException refusal = refused(format, spoilt);

        assertRefused(refusal, network.recordOf(Kind.FEE_PAYMENT, 5), "assessment", "import.wrong-type");
        assertNothingImported();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void an_assessment_due_before_it_was_issued_refuses_the_whole_import(String format) {
        HundredCouncils network = WITH_FEES;
        String spoilt = network.with(Kind.FEE_ASSESSMENT, 50, assessment -> assessment.put("dueOn", "2025-03-01"))
                .as(format);

        ImportException refusal = refused(format, spoilt);

        assertRefused(refusal, network.recordOf(Kind.FEE_ASSESSMENT, 50), "dueOn", "import.malformed");
        assertNothingImported();
    }

    private ImportException refused(String format, String text) {
        return assertThrows(ImportException.class, () -> Networks.importInto(store.xarxa(), format, text));
    }

    /** Nothing of the file is in the store: no member, person, partner or policy, and no journal entry. */
    private void assertNothingImported() {
        assertEquals(0, store.xarxa().members().count(), "members stored");
        assertEquals(List.of(), store.xarxa().people().list(), "people stored");
        assertEquals(List.of(), store.xarxa().partners().list(), "partners stored");
        assertEquals(List.of(), store.xarxa().fees().policies(), "policies stored");
        assertEquals(0, store.journalSize(), "journal entries");
    }
}
