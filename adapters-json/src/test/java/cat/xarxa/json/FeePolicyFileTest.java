package cat.xarxa.json;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.common.Localisation;
import cat.xarxa.common.Money;
import cat.xarxa.common.Reason;
import cat.xarxa.fee.CustomFee;
import cat.xarxa.fee.FeeByKind;
import cat.xarxa.fee.FeePolicy;
import cat.xarxa.fee.FeeTerms;
import cat.xarxa.fee.FlatFee;
import cat.xarxa.fee.PerInhabitantFee;
import cat.xarxa.fee.Proration;
import cat.xarxa.fee.TieredFee;
import cat.xarxa.member.MemberKind;
import cat.xarxa.spi.ImportException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * A fee policy kept as a file of its own ({@link XarxaJson#readFeePolicy},
 * {@link XarxaJson#writeFeePolicy}): read as data, written back the same, refused in the import's
 * words, naming the field by its path.
 */
class FeePolicyFileTest {

    /** The documented policy, as the domain holds it. */
    private static final FeePolicy DOCUMENTED = new FeePolicy(2026, 2025, new FeeByKind(Map.of(
            MemberKind.MUNICIPALITY, new PerInhabitantFee(new BigDecimal("0.05"), Money.euros(150), Money.euros(15_000)),
            MemberKind.COUNTY_COUNCIL, new FlatFee(Money.euros(300)),
            MemberKind.OTHER_PUBLIC_BODY, new TieredFee(List.of(new TieredFee.Tier(0, 1_000L, Money.euros(150)),
                    new TieredFee.Tier(1_001, null, Money.euros(600)))))),
            FeeTerms.DEFAULT, LocalDate.of(2026, 3, 14), "AG 2026-03, acord 4");

    private static FeePolicy read(String text) throws IOException {
        return XarxaJson.readFeePolicy(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String written(FeePolicy policy) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XarxaJson.writeFeePolicy(policy, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static ImportException refused(String text) {
        return assertThrows(ImportException.class, () -> read(text));
    }

    @Test
    void the_documented_policy_reads_as_written() throws IOException {
        assertEquals(DOCUMENTED, read(FeeExportImportTest.DOCUMENTED_POLICY));
    }

    @Test
    void a_policy_is_written_indented_in_the_documented_shape() throws IOException {
        assertEquals("""
                {
                  "year": 2026,
                  "populationYear": 2025,
                  "approvedOn": "2026-03-14",
                  "decision": "AG 2026-03, acord 4",
                  "currency": "EUR",
                  "rule": {
                    "type": "by-kind",
                    "rules": {
                      "MUNICIPALITY": {
                        "type": "per-inhabitant",
                        "ratePerInhabitant": "0.05",
                        "floor": "150.00",
                        "cap": "15000.00"
                      },
                      "COUNTY_COUNCIL": {
                        "type": "flat",
                        "amount": "300.00"
                      },
                      "OTHER_PUBLIC_BODY": {
                        "type": "tiers",
                        "tiers": [ {
                          "from": 0,
                          "to": 1000,
                          "amount": "150.00"
                        }, {
                          "from": 1001,
                          "amount": "600.00"
                        } ]
                      }
                    }
                  },
                  "terms": {
                    "dueDays": 60,
                    "graceDays": 30,
                    "proration": "BY_MONTH",
                    "rounding": "HALF_UP",
                    "pendingMembersOwe": false,
                    "reminderDays": [ -15, 1, 30 ]
                  }
                }
                """, written(DOCUMENTED));
    }

    @Property(tries = 200)
    void any_policy_written_reads_back_equal(@ForAll("policies") FeePolicy policy) throws IOException {
        assertEquals(policy, read(written(policy)));
    }

    @Provide
    Arbitrary<FeePolicy> policies() {
        return FeeArbitraries.policies();
    }

    @Test
    void a_custom_rule_names_its_calculator_and_gives_its_parameters() throws IOException {
        FeePolicy policy = read("""
                {"year": 2027, "populationYear": 2026, "approvedOn": "2027-03-10", "decision": "AG 2027-03, acord 2",
                 "rule": {"type": "custom", "name": "solidarity-index", "parameters": {"base": "120.00"}}}
                """);

        assertEquals(new CustomFee("solidarity-index", Map.of("base", "120.00")), policy.rule());
    }

    @Test
    void terms_and_each_of_their_fields_may_be_left_out() throws IOException {
        String withoutTerms = """
                {"year": 2026, "populationYear": 2025, "approvedOn": "2026-03-14", "decision": "AG 2026-03",
                 "rule": {"type": "flat", "amount": "300.00"}}
                """;
        String someTerms = withoutTerms.replace("}}", "}, \"terms\": {\"proration\": \"BY_DAY\", \"graceDays\": 15}}");

        assertEquals(FeeTerms.DEFAULT, read(withoutTerms).terms());
        assertEquals(new FeeTerms(60, 15, Proration.BY_DAY, RoundingMode.HALF_UP, false, List.of(-15, 1, 30)),
                read(someTerms).terms());
    }

    @Test
    void reading_does_not_judge_the_policy_as_the_assembly_would() throws IOException {
        FeePolicy floorAboveCap = read("""
                {"year": 2026, "populationYear": 2027, "approvedOn": "2026-03-14",
                 "rule": {"type": "per-inhabitant", "ratePerInhabitant": "-0.0000001", "floor": "900.00", "cap": "100.00"},
                 "terms": {"dueDays": 400, "rounding": "UNNECESSARY", "reminderDays": [30, 1]}}
                """);

        assertEquals("", floorAboveCap.decisionReference());
        assertFalse(floorAboveCap.problems(floorAboveCap.context(Map.of())).isEmpty(), "the approval refuses it");
    }

    @Test
    void an_unknown_rule_type_is_refused_naming_its_path_and_the_known_ones() {
        ImportException refusal = refused("""
                {"year": 2026, "populationYear": 2025, "approvedOn": "2026-03-14", "decision": "AG 2026-03",
                 "rule": {"type": "by-kind", "rules": {"COUNTY_COUNCIL": {"type": "percent", "amount": "3"}}}}
                """);

        assertRefused(refusal, 1, "rule.rules.COUNTY_COUNCIL.type", "import.unknown-value");
        assertTrue(refusal.getMessage().endsWith("unknown value 'percent'; expected one of flat, tiers, per-inhabitant, "
                + "by-kind, custom"), refusal.getMessage());
    }

    @Test
    void another_currency_is_refused() {
        ImportException refusal = refused("""
                {"year": 2026, "populationYear": 2025, "approvedOn": "2026-03-14", "decision": "AG 2026-03", "currency": "GBP",
                 "rule": {"type": "custom", "name": "solidarity-index"}}
                """);

        assertRefused(refusal, 1, "currency", "money.not-euro");
        assertTrue(refusal.message(Localisation.SPANISH).endsWith("Las cuentas se llevan en euros (EUR), no en GBP."),
                refusal.message(Localisation.SPANISH));
    }

    @Test
    void an_amount_that_is_not_one_is_refused_naming_its_band() {
        ImportException notANumber = refused("""
                {"year": 2026, "populationYear": 2025, "approvedOn": "2026-03-14", "decision": "AG 2026-03",
                 "rule": {"type": "tiers", "tiers": [{"from": 0, "to": 1000, "amount": "150.00"},
                                                    {"from": 1001, "amount": "sis-cents"}]}}
                """);
        ImportException mills = refused("""
                {"year": 2026, "populationYear": 2025, "approvedOn": "2026-03-14", "decision": "AG 2026-03",
                 "rule": {"type": "flat", "amount": "300.001"}}
                """);
        ImportException rate = refused("""
                {"year": 2026, "populationYear": 2025, "approvedOn": "2026-03-14", "decision": "AG 2026-03",
                 "rule": {"type": "per-inhabitant", "ratePerInhabitant": "5%"}}
                """);

        assertRefused(notANumber, 1, "rule.tiers[1].amount", "money.not-a-number");
        assertRefused(mills, 1, "rule.amount", "money.too-many-decimals");
        assertRefused(rate, 1, "rule.ratePerInhabitant", "money.not-a-number");
    }

    @Test
    void a_missing_or_mistyped_value_is_refused_naming_its_path() {
        ImportException noYear = refused("""
                {"populationYear": 2025, "approvedOn": "2026-03-14", "rule": {"type": "flat", "amount": "1.00"}}
                """);
        ImportException noRule = refused("""
                {"year": 2026, "populationYear": 2025, "approvedOn": "2026-03-14"}
                """);
        ImportException reminders = refused("""
                {"year": 2026, "populationYear": 2025, "approvedOn": "2026-03-14", "rule": {"type": "flat", "amount": "1.00"},
                 "terms": {"reminderDays": [-15, "1"]}}
                """);
        ImportException kind = refused("""
                {"year": 2026, "populationYear": 2025, "approvedOn": "2026-03-14",
                 "rule": {"type": "by-kind", "rules": {"CITY": {"type": "flat", "amount": "1.00"}}}}
                """);
        ImportException date = refused("""
                {"year": 2026, "populationYear": 2025, "approvedOn": "14/03/2026", "rule": {"type": "flat", "amount": "1.00"}}
                """);

        assertRefused(noYear, 1, "year", "import.wrong-type");
        assertRefused(noRule, 1, "rule", "import.wrong-type");
        assertRefused(reminders, 1, "terms.reminderDays[1]", "import.wrong-type");
        assertRefused(kind, 1, "rule.rules.CITY", "import.unknown-value");
        assertRefused(date, 1, "approvedOn", "import.malformed");
        assertTrue(noYear.getMessage().endsWith("field year: expected integer"), noYear.getMessage());
    }

    @Test
    void text_that_is_not_one_json_object_is_refused() {
        assertTrue(refused("").getMessage().contains("the input is empty"));
        assertTrue(refused("{\"year\": 2026,").getMessage().contains("this is not valid JSON"));
        assertTrue(refused("{\"year\": 2026}\n{}").getMessage().contains("there is more after the end of the document"));
        assertEquals("", refused("[]").field());
        assertEquals(3, refused("\n\n{\"year\": \"2026\"}").location().line(), "the line the policy starts on");
    }

    @Test
    void the_streams_are_left_open() throws IOException {
        AtomicBoolean inClosed = new AtomicBoolean();
        AtomicBoolean outClosed = new AtomicBoolean();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        XarxaJson.writeFeePolicy(DOCUMENTED, new FilterOutputStream(bytes) {
            @Override
            public void close() {
                outClosed.set(true);
            }
        });
        XarxaJson.readFeePolicy(new FilterInputStream(new ByteArrayInputStream(bytes.toByteArray())) {
            @Override
            public void close() {
                inClosed.set(true);
            }
        });

        assertFalse(outClosed.get(), "output closed");
        assertFalse(inClosed.get(), "input closed");
    }

    /** The policy is record 1, named by the line its object starts on, whichever line the field is on. */
    private static void assertRefused(ImportException refusal, long line, String field, String code) {
        String catalan = refusal.message(Localisation.CATALAN);
        assertAll(
                () -> assertEquals(1, refusal.location().index(), "record"),
                () -> assertEquals(line, refusal.location().line(), "line"),
                () -> assertEquals(field, refusal.field(), "field"),
                () -> assertEquals(code, refusal.problemReason().map(Reason::code).orElse("none"), "code"),
                () -> assertTrue(catalan.contains("registre 1 (línia " + line + "), camp " + field), catalan));
    }
}
