package cat.xarxa.json;

import static cat.xarxa.json.Networks.apply;
import static cat.xarxa.json.Networks.export;
import static cat.xarxa.json.Networks.importInto;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.ImportReport;
import cat.xarxa.Xarxa;
import cat.xarxa.common.Money;
import cat.xarxa.fee.CorrectAssessment;
import cat.xarxa.fee.FeeAssessment;
import cat.xarxa.fee.FeeCorrection;
import cat.xarxa.fee.FeePolicy;
import cat.xarxa.fee.FeeTerms;
import cat.xarxa.fee.FlatFee;
import cat.xarxa.fee.Payment;
import cat.xarxa.fee.PaymentKind;
import cat.xarxa.fee.RecordPayment;
import cat.xarxa.fee.RecordRefund;
import cat.xarxa.json.Networks.Holdings;
import cat.xarxa.member.AdmitMember;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.RecordPopulation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fee area through both formats: policies, assessments with their corrections, payments and
 * refunds are written after the care records, one record a line, and come back the same.
 */
class FeeExportImportTest {

    /** The policy as docs/formats.md shows it, as a person would write it. */
    static final String DOCUMENTED_POLICY = """
            {"year": 2026, "populationYear": 2025, "approvedOn": "2026-03-14", "decision": "AG 2026-03, acord 4", "currency": "EUR",
             "rule": {"type": "by-kind", "rules": {
                "MUNICIPALITY": {"type": "per-inhabitant", "ratePerInhabitant": "0.05", "floor": "150.00", "cap": "15000.00"},
                "COUNTY_COUNCIL": {"type": "flat", "amount": "300.00"},
                "OTHER_PUBLIC_BODY": {"type": "tiers", "tiers": [{"from": 0, "to": 1000, "amount": "150.00"}, {"from": 1001, "amount": "600.00"}]}}},
             "terms": {"dueDays": 60, "graceDays": 30, "proration": "BY_MONTH", "rounding": "HALF_UP", "pendingMembersOwe": false, "reminderDays": [-15, 1, 30]}}
            """;

    /**
     * Sabadell, a member since 2025, and Manlleu, admitted on 15 March 2026, under the documented
     * policy: the 2026 run assesses Sabadell's whole year and ten months of Manlleu's; Manlleu's
     * fee is corrected down by 50 €, Sabadell pays its fee, Manlleu pays more than it owes and is
     * refunded the credit. Ids 00000000-0000-0000-0000-000000000001, …2, … as they are made.
     */
    private static Xarxa aNetworkWithFees() throws IOException {
        AtomicLong counter = new AtomicLong();
        Xarxa xarxa = Xarxa.builder().setting(Xarxa.STORAGE, "memory").ids(() -> new UUID(0, counter.incrementAndGet()))
                .build();
        MemberId sabadell = apply(xarxa, "081878", LocalDate.of(2025, 3, 2));
        xarxa.members().admit(new AdmitMember(sabadell, LocalDate.of(2025, 4, 20), "AG 2025-04")).orElseThrow();
        xarxa.members().recordPopulation(new RecordPopulation(sabadell, 2025, 221_455, "INE, padró 1/1/2025")).orElseThrow();
        MemberId manlleu = apply(xarxa, "081120", LocalDate.of(2026, 1, 9));
        xarxa.members().admit(new AdmitMember(manlleu, LocalDate.of(2026, 3, 15), "AG 2026-03")).orElseThrow();
        xarxa.members().recordPopulation(new RecordPopulation(manlleu, 2025, 21_434, "Idescat, padró 1/1/2025"))
                .orElseThrow();
        xarxa.fees().approvePolicy(XarxaJson.readFeePolicy(
                new ByteArrayInputStream(DOCUMENTED_POLICY.getBytes(StandardCharsets.UTF_8)))).orElseThrow();
        xarxa.fees().assess(2026, LocalDate.of(2026, 4, 1)).orElseThrow();
        FeeAssessment ofSabadell = xarxa.fees().assessmentsOf(sabadell).get(0);
        FeeAssessment ofManlleu = xarxa.fees().assessmentsOf(manlleu).get(0);
        xarxa.fees().correct(new CorrectAssessment(ofManlleu.id(), LocalDate.of(2026, 5, 2), Money.euros("-50.00"),
                "Padró revisat per l'INE")).orElseThrow();
        xarxa.fees().recordPayment(new RecordPayment(ofSabadell.id(), LocalDate.of(2026, 5, 20), ofSabadell.total(),
                "TRF 2026-000123")).orElseThrow();
        xarxa.fees().recordPayment(new RecordPayment(ofManlleu.id(), LocalDate.of(2026, 5, 25), Money.euros("900.00"),
                "TRF 2026-000124")).orElseThrow();
        xarxa.fees().refund(new RecordRefund(manlleu, LocalDate.of(2026, 6, 15), Money.euros("56.92"), "TRF 2026-000200"))
                .orElseThrow();
        return xarxa;
    }

    @Test
    void the_json_document_holds_the_fee_records_after_the_care_records_one_a_line() throws IOException {
        try (Xarxa xarxa = aNetworkWithFees()) {
            String json = export(xarxa, "json");

            assertEquals("""
                    "partners":[],"needs":[],"contacts":[],"meetings":[],"feePolicies":[
                    {"year":2026,"populationYear":2025,"approvedOn":"2026-03-14","decision":"AG 2026-03, acord 4",\
                    "currency":"EUR","rule":{"type":"by-kind","rules":{"MUNICIPALITY":{"type":"per-inhabitant",\
                    "ratePerInhabitant":"0.05","floor":"150.00","cap":"15000.00"},"COUNTY_COUNCIL":{"type":"flat",\
                    "amount":"300.00"},"OTHER_PUBLIC_BODY":{"type":"tiers","tiers":[{"from":0,"to":1000,"amount":"150.00"},\
                    {"from":1001,"amount":"600.00"}]}}},"terms":{"dueDays":60,"graceDays":30,"proration":"BY_MONTH",\
                    "rounding":"HALF_UP","pendingMembersOwe":false,"reminderDays":[-15,1,30]}}],"feeAssessments":[
                    {"id":"00000000-0000-0000-0000-000000000003","member":"00000000-0000-0000-0000-000000000001",\
                    "kind":"MUNICIPALITY","year":2026,"issuedOn":"2026-04-01","dueOn":"2026-05-31","graceUntil":"2026-06-30",\
                    "population":{"year":2025,"inhabitants":221455,"source":"INE, padró 1/1/2025"},"proration":"BY_MONTH",\
                    "currency":"EUR","annualFee":"11072.75","owedUnits":12,"unitsInYear":12,"amount":"11072.75",\
                    "corrections":[]},
                    {"id":"00000000-0000-0000-0000-000000000004","member":"00000000-0000-0000-0000-000000000002",\
                    "kind":"MUNICIPALITY","year":2026,"issuedOn":"2026-04-01","dueOn":"2026-05-31","graceUntil":"2026-06-30",\
                    "population":{"year":2025,"inhabitants":21434,"source":"Idescat, padró 1/1/2025"},"proration":"BY_MONTH",\
                    "currency":"EUR","annualFee":"1071.70","owedUnits":10,"unitsInYear":12,"amount":"893.08",\
                    "corrections":[{"on":"2026-05-02","amount":"-50.00","reason":"Padró revisat per l'INE"}]}],"feePayments":[
                    {"id":"00000000-0000-0000-0000-000000000005","member":"00000000-0000-0000-0000-000000000001",\
                    "kind":"PAYMENT","assessment":"00000000-0000-0000-0000-000000000003","on":"2026-05-20","currency":"EUR",\
                    "amount":"11072.75","reference":"TRF 2026-000123"},
                    {"id":"00000000-0000-0000-0000-000000000006","member":"00000000-0000-0000-0000-000000000002",\
                    "kind":"PAYMENT","assessment":"00000000-0000-0000-0000-000000000004","on":"2026-05-25","currency":"EUR",\
                    "amount":"900.00","reference":"TRF 2026-000124"},
                    {"id":"00000000-0000-0000-0000-000000000007","member":"00000000-0000-0000-0000-000000000002",\
                    "kind":"REFUND","assessment":null,"on":"2026-06-15","currency":"EUR","amount":"56.92",\
                    "reference":"TRF 2026-000200"}],"hourBanks":[],"ledgerEntries":[],"advisories":[],"advisoryProducts":[],"mentorProfiles":[],"mentorships":[],"workingGroups":[],"groupBudgets":[],"budgetEntries":[],\
                    "bodySeats":[],"events":[],"decisions":[],"practiceCalls":[],"practiceSubmissions":[],"trainings":[],"workPlans":[]}
                    """, json.substring(json.indexOf("\"partners\"")));
            assertEquals(9, json.lines().count(), "the opening line, the members, the policy, the assessments and "
                    + "the payments, the last of which closes the document");
        }
    }

    @Test
    void the_json_lines_file_has_a_line_per_policy_assessment_and_payment_after_the_members() throws IOException {
        try (Xarxa xarxa = aNetworkWithFees()) {
            List<String> lines = export(xarxa, "jsonl").lines().toList();

            assertEquals(9, lines.size());
            assertAll(
                    () -> assertTrue(lines.get(3).startsWith("{\"type\":\"fee-policy\",\"year\":2026,\"populationYear\":2025,"
                            + "\"approvedOn\":\"2026-03-14\",\"decision\":\"AG 2026-03, acord 4\",\"currency\":\"EUR\","
                            + "\"rule\":{\"type\":\"by-kind\",\"rules\":{"), lines.get(3)),
                    () -> assertEquals("{\"type\":\"fee-assessment\",\"id\":\"00000000-0000-0000-0000-000000000004\","
                            + "\"member\":\"00000000-0000-0000-0000-000000000002\",\"kind\":\"MUNICIPALITY\",\"year\":2026,"
                            + "\"issuedOn\":\"2026-04-01\",\"dueOn\":\"2026-05-31\",\"graceUntil\":\"2026-06-30\","
                            + "\"population\":{\"year\":2025,\"inhabitants\":21434,\"source\":\"Idescat, padró 1/1/2025\"},"
                            + "\"proration\":\"BY_MONTH\",\"currency\":\"EUR\",\"annualFee\":\"1071.70\",\"owedUnits\":10,"
                            + "\"unitsInYear\":12,\"amount\":\"893.08\",\"corrections\":[{\"on\":\"2026-05-02\","
                            + "\"amount\":\"-50.00\",\"reason\":\"Padró revisat per l'INE\"}]}", lines.get(5)),
                    () -> assertEquals("{\"type\":\"fee-payment\",\"id\":\"00000000-0000-0000-0000-000000000007\","
                            + "\"member\":\"00000000-0000-0000-0000-000000000002\",\"kind\":\"REFUND\",\"assessment\":null,"
                            + "\"on\":\"2026-06-15\",\"currency\":\"EUR\",\"amount\":\"56.92\","
                            + "\"reference\":\"TRF 2026-000200\"}", lines.get(8)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void the_fee_records_imported_into_another_network_export_the_same_bytes(String format) throws IOException {
        try (Xarxa original = aNetworkWithFees(); Xarxa copy = Networks.inMemory()) {
            String first = export(original, format);

            ImportReport report = importInto(copy, format, first);

            assertEquals(new ImportReport(format, 2, 0, 0, 0, 0, 0, 1, 2, 3), report);
            assertEquals(first, export(copy, format));
            assertEquals(Holdings.of(original), Holdings.of(copy));
            MemberId manlleu = MemberId.parse("00000000-0000-0000-0000-000000000002");
            assertEquals(original.fees().statement(manlleu, LocalDate.of(2026, 12, 31)),
                    copy.fees().statement(manlleu, LocalDate.of(2026, 12, 31)), "the account comes out the same");
        }
    }

    /**
     * A hand-made file may leave out a policy's terms and currency, an assessment's population
     * and corrections, a correction's reason and a payment's reference and currency; and a
     * {@code null} array of fee records is none.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_hand_made_file_may_leave_out_what_is_optional_in_the_fee_records(String format) {
        String sabadell = "0a6f3c1e-2b4d-4e8f-9a1b-3c5d7e9f1a2b";
        String assessment = "a5a50000-0000-4000-8000-000000000001";
        String member = "\"id\":\"" + sabadell + "\",\"kind\":\"MUNICIPALITY\",\"officialCode\":\"081878\","
                + "\"name\":\"Sabadell\",\"history\":[{\"status\":\"MEMBER\",\"since\":\"2024-01-01\"}]";
        String policy = "\"year\":2025,\"populationYear\":2024,\"approvedOn\":\"2025-03-01\",\"decision\":\"AG 2025-03\","
                + "\"rule\":{\"amount\":\"300.00\",\"type\":\"flat\"}";
        String assessed = "\"id\":\"" + assessment + "\",\"member\":\"" + sabadell + "\",\"kind\":\"MUNICIPALITY\","
                + "\"year\":2025,\"issuedOn\":\"2025-04-01\",\"dueOn\":\"2025-05-31\",\"graceUntil\":\"2025-06-30\","
                + "\"proration\":\"NONE\",\"annualFee\":\"300.00\",\"owedUnits\":1,\"unitsInYear\":1,\"amount\":\"300\","
                + "\"corrections\":[{\"on\":\"2025-04-02\",\"amount\":\"-0.5\"}]";
        String paid = "\"id\":\"b0b00000-0000-4000-8000-000000000001\",\"member\":\"" + sabadell + "\",\"kind\":\"PAYMENT\","
                + "\"assessment\":\"" + assessment + "\",\"on\":\"2025-05-02\",\"amount\":\"299.50\"";
        String text = format.equals("json")
                ? "{\"members\":[{" + member + "}],\"feePolicies\":[{" + policy + "}],\"feeAssessments\":[{" + assessed
                        + "}],\"feePayments\":[{" + paid + "}]}"
                : "{\"type\":\"member\"," + member + "}\n{\"type\":\"fee-policy\"," + policy + "}\n"
                        + "{\"type\":\"fee-assessment\"," + assessed + "}\n{\"type\":\"fee-payment\"," + paid + "}\n";
        try (Xarxa xarxa = Networks.inMemory()) {
            assertEquals(new ImportReport(format, 1, 0, 0, 0, 0, 0, 1, 1, 1), importInto(xarxa, format, text));

            MemberId member0 = MemberId.parse(sabadell);
            FeePolicy imported = xarxa.fees().policy(2025).orElseThrow();
            FeeAssessment fee = xarxa.fees().assessmentsOf(member0).get(0);
            Payment payment = xarxa.fees().paymentsOf(member0).get(0);
            assertAll(
                    () -> assertEquals(FeeTerms.DEFAULT, imported.terms()),
                    () -> assertEquals(new FlatFee(Money.euros(300)), imported.rule()),
                    () -> assertNull(fee.population()),
                    () -> assertEquals(Money.euros("300.00"), fee.assessed(), "300 is 300.00"),
                    () -> assertEquals(List.of(new FeeCorrection(LocalDate.of(2025, 4, 2), Money.euros("-0.50"), "")),
                            fee.corrections()),
                    () -> assertEquals(PaymentKind.PAYMENT, payment.kind()),
                    () -> assertEquals("", payment.reference()));
        }
    }

    @Test
    void null_arrays_of_fee_records_are_none() {
        String member = "{\"id\":\"0a6f3c1e-2b4d-4e8f-9a1b-3c5d7e9f1a2b\",\"kind\":\"MUNICIPALITY\",\"officialCode\":\"081878\","
                + "\"name\":\"Sabadell\",\"history\":[{\"status\":\"APPLIED\",\"since\":\"2024-01-01\"}]}";
        try (Xarxa xarxa = Networks.inMemory()) {
            assertEquals(new ImportReport("json", 1), importInto(xarxa, "json",
                    "{\"members\":[" + member + "],\"feePolicies\":null,\"feeAssessments\":null,\"feePayments\":null}"));
        }
    }
}
