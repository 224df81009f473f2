package cat.xarxa.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.common.Money;
import cat.xarxa.fee.AssessmentId;
import cat.xarxa.fee.CustomFee;
import cat.xarxa.fee.FeeAssessment;
import cat.xarxa.fee.FeeCorrection;
import cat.xarxa.fee.FeePolicy;
import cat.xarxa.fee.FeeRule;
import cat.xarxa.fee.FeeTerms;
import cat.xarxa.fee.FlatFee;
import cat.xarxa.fee.Payment;
import cat.xarxa.fee.PaymentId;
import cat.xarxa.fee.PaymentKind;
import cat.xarxa.fee.ProratedFee;
import cat.xarxa.fee.Proration;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.MemberKind;
import cat.xarxa.member.Population;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** A host application's own mapper reads and writes the fee records in the shapes the formats use. */
class FeeJacksonModuleTest {

    private static final JsonMapper HOST = JsonMapper.builder().findAndAddModules().build();

    private static final MemberId SABADELL = new MemberId(UUID.fromString("0a6f3c1e-2b4d-4e8f-9a1b-3c5d7e9f1a2b"));
    private static final AssessmentId FEE_2026 = new AssessmentId(UUID.fromString("a5a5a5a5-0000-4000-8000-000000000001"));

    private static FeeAssessment sabadell2026StoredTwice() {
        return new FeeAssessment(FEE_2026, SABADELL, MemberKind.MUNICIPALITY, 2026,
                new Population(2025, 221_455, "INE, padró 1/1/2025"),
                new ProratedFee(Money.euros("1000.00"), 10, 12, Money.euros("833.33")), Proration.BY_MONTH,
                LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 31), LocalDate.of(2026, 6, 30),
                List.of(new FeeCorrection(LocalDate.of(2026, 5, 2), Money.euros("-33.33"), "Padró revisat")), 2);
    }

    @Test
    void an_assessment_is_written_without_the_store_version_and_reads_back() {
        String json = HOST.writeValueAsString(sabadell2026StoredTwice());

        assertEquals("{\"id\":\"a5a5a5a5-0000-4000-8000-000000000001\",\"member\":\"0a6f3c1e-2b4d-4e8f-9a1b-3c5d7e9f1a2b\","
                + "\"kind\":\"MUNICIPALITY\",\"year\":2026,\"issuedOn\":\"2026-04-01\",\"dueOn\":\"2026-05-31\","
                + "\"graceUntil\":\"2026-06-30\",\"population\":{\"year\":2025,\"inhabitants\":221455,"
                + "\"source\":\"INE, padró 1/1/2025\"},\"proration\":\"BY_MONTH\",\"currency\":\"EUR\","
                + "\"annualFee\":\"1000.00\",\"owedUnits\":10,\"unitsInYear\":12,\"amount\":\"833.33\","
                + "\"corrections\":[{\"on\":\"2026-05-02\",\"amount\":\"-33.33\",\"reason\":\"Padró revisat\"}]}", json);
        assertEquals(sabadell2026StoredTwice().withVersion(0), HOST.readValue(json, FeeAssessment.class));
    }

    @Test
    void a_payment_and_a_refund_read_back_as_written() {
        Payment payment = new Payment(new PaymentId(new UUID(7, 1)), SABADELL, PaymentKind.PAYMENT, FEE_2026,
                LocalDate.of(2026, 5, 20), Money.euros("800.00"), "TRF 2026-000123");
        Payment refund = new Payment(new PaymentId(new UUID(7, 2)), SABADELL, PaymentKind.REFUND, null,
                LocalDate.of(2026, 6, 15), Money.euros("0.50"), "");

        assertEquals(payment, HOST.readValue(HOST.writeValueAsString(payment), Payment.class));
        assertEquals(refund, HOST.readValue(HOST.writeValueAsString(refund), Payment.class));
        assertTrue(HOST.writeValueAsString(refund).contains("\"kind\":\"REFUND\",\"assessment\":null,"));
        assertEquals("\"a5a5a5a5-0000-4000-8000-000000000001\"", HOST.writeValueAsString(FEE_2026));
        assertEquals(FEE_2026, HOST.readValue("\"a5a5a5a5-0000-4000-8000-000000000001\"", AssessmentId.class));
    }

    @Test
    void a_policy_its_rule_and_its_terms_read_back_as_written() {
        FeePolicy policy = new FeePolicy(2027, 2026, new CustomFee("solidarity-index", Map.of("base", "120.00")),
                new FeeTerms(30, 0, Proration.BY_DAY, RoundingMode.HALF_EVEN, true, List.of()), LocalDate.of(2027, 3, 10),
                "AG 2027-03, acord 2");

        assertEquals(policy, HOST.readValue(HOST.writeValueAsString(policy), FeePolicy.class));
        assertEquals("{\"type\":\"flat\",\"amount\":\"300.00\"}", HOST.writeValueAsString(new FlatFee(Money.euros(300))));
        assertEquals(new FlatFee(Money.euros(300)), HOST.readValue("{\"amount\":\"300\",\"type\":\"flat\"}", FeeRule.class));
        assertEquals(FeeTerms.DEFAULT, HOST.readValue(HOST.writeValueAsString(FeeTerms.DEFAULT), FeeTerms.class));
        assertEquals(FeeTerms.DEFAULT, HOST.readValue("{}", FeeTerms.class));
    }

    @Test
    void a_fee_record_that_cannot_be_read_fails_naming_the_field() {
        assertFailsNaming("{\"type\":\"percent\"}", FeeRule.class, "type: unknown value 'percent'");
        assertFailsNaming("{\"type\":\"flat\",\"amount\":\"1.001\"}", FeeRule.class,
                "amount: An amount of euros has at most two decimals: 1.001.");
        assertFailsNaming(HOST.writeValueAsString(sabadell2026StoredTwice()).replace("\"EUR\"", "\"CHF\""),
                FeeAssessment.class, "currency: Accounts are kept in euros (EUR), not in CHF.");
        assertFailsNaming("{\"id\":\"" + new UUID(7, 3) + "\",\"member\":\"" + SABADELL + "\",\"kind\":\"PAYMENT\","
                + "\"on\":\"2026-05-20\",\"amount\":\"1.00\"}", Payment.class, "assessment: expected string");
    }

    private static void assertFailsNaming(String json, Class<?> type, String expected) {
        JacksonException error = assertThrows(JacksonException.class, () -> HOST.readValue(json, type));
        assertTrue(error.getMessage().contains(expected), error.getMessage());
    }
}
