package cat.xarxa;

import static cat.xarxa.ReasonAssertions.assertExplainedInEachLanguage;
import static cat.xarxa.ReasonAssertions.assertRefusedFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.common.Decision;
import cat.xarxa.common.IneCode;
import cat.xarxa.common.InvalidAmountException;
import cat.xarxa.common.JournalEntry;
import cat.xarxa.common.Money;
import cat.xarxa.common.Reason;
import cat.xarxa.fee.AssessmentId;
import cat.xarxa.fee.BasePlusPerThousandCalculator;
import cat.xarxa.fee.CorrectAssessment;
import cat.xarxa.fee.CustomFee;
import cat.xarxa.fee.CustomFeeCalculator;
import cat.xarxa.fee.FeeAssessment;
import cat.xarxa.fee.FeeBasis;
import cat.xarxa.fee.FeeByKind;
import cat.xarxa.fee.FeeContext;
import cat.xarxa.fee.FeePolicy;
import cat.xarxa.fee.FeeReminder;
import cat.xarxa.fee.FeeRule;
import cat.xarxa.fee.FeeRun;
import cat.xarxa.fee.FeeStatement;
import cat.xarxa.fee.FeeTerms;
import cat.xarxa.fee.FeeTotals;
import cat.xarxa.fee.FeeYearReport;
import cat.xarxa.fee.FlatFee;
import cat.xarxa.fee.Payment;
import cat.xarxa.fee.PaymentId;
import cat.xarxa.fee.PerInhabitantFee;
import cat.xarxa.fee.Proration;
import cat.xarxa.fee.RecordPayment;
import cat.xarxa.fee.RecordRefund;
import cat.xarxa.fee.StatementLine;
import cat.xarxa.fee.TieredFee;
import cat.xarxa.fee.TieredFee.Tier;
import cat.xarxa.member.AdmitMember;
import cat.xarxa.member.ApplyAsCountyCouncil;
import cat.xarxa.member.ApplyAsPublicBody;
import cat.xarxa.member.ApplyForMembership;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.MemberKind;
import cat.xarxa.member.Population;
import cat.xarxa.member.RecordPopulation;
import cat.xarxa.member.ReferToAssembly;
import cat.xarxa.member.Rights;
import cat.xarxa.member.Standing;
import cat.xarxa.member.WithdrawMember;
import cat.xarxa.memory.MemoryStorageProvider;
import cat.xarxa.spi.Storage;
import cat.xarxa.spi.StorageConfig;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The members' annual fees through the facade: policies of each kind, the annual run, proration,
 * corrections, payments and refunds, statements, standing, reminders and the year report.
 */
class XarxaFeesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2028-01-15T10:00:00Z"), Xarxa.NETWORK_ZONE);
    private static final LocalDate APPLIED_2025 = LocalDate.of(2025, 2, 3);
    private static final LocalDate ADMITTED_2025 = LocalDate.of(2025, 4, 22);
    private static final LocalDate APPROVED_ON = LocalDate.of(2026, 3, 20);
    /** The run of 2026: under the default terms due 60 days later, on 31 May, with grace to 30 June. */
    private static final LocalDate RUN_ON = LocalDate.of(2026, 4, 1);
    private static final LocalDate DUE_ON = LocalDate.of(2026, 5, 31);
    private static final LocalDate GRACE_UNTIL = LocalDate.of(2026, 6, 30);

    private static final Locale CATALAN = Locale.forLanguageTag("ca");

    private static final Money THOUSAND = Money.euros(1000);

    private final Storage storage = new MemoryStorageProvider().open(new StorageConfig(Map.of(), Map.of()));
    private final Xarxa xarxa = Xarxa.builder().storage(storage).clock(CLOCK).build();

    @AfterEach
    void close() {
        xarxa.close();
    }

    // ---------------------------------------------------------------- members and policies

    private MemberId townCouncil(Xarxa in, String ineCode, long inhabitants2025) {
        MemberId id = in.members().apply(new ApplyForMembership(IneCode.parse(ineCode), APPLIED_2025)).orElseThrow();
        in.members().admit(new AdmitMember(id, ADMITTED_2025, "AG 2025-04")).orElseThrow();
        in.members().recordPopulation(new RecordPopulation(id, 2025, inhabitants2025, "INE, padró 1/1/2025")).orElseThrow();
        return id;
    }

    private MemberId townCouncil(String ineCode, long inhabitants2025) {
        return townCouncil(xarxa, ineCode, inhabitants2025);
    }

    private MemberId manlleu() {
        return townCouncil("081120", 20_000);
    }

    private MemberId countyCouncil() {
        MemberId id = xarxa.members().apply(new ApplyAsCountyCouncil("24", "Consell Comarcal d'Osona", APPLIED_2025))
                .orElseThrow();
        xarxa.members().admit(new AdmitMember(id, ADMITTED_2025, "AG 2025-04")).orElseThrow();
        return id;
    }

    private MemberId publicBody() {
        MemberId id = xarxa.members().apply(new ApplyAsPublicBody("Consorci de Normalització Lingüística", "P0801900B",
                APPLIED_2025)).orElseThrow();
        xarxa.members().admit(new AdmitMember(id, ADMITTED_2025, "AG 2025-04")).orElseThrow();
        return id;
    }

    private static FeePolicy policy(int year, FeeRule rule, FeeTerms terms) {
        return new FeePolicy(year, year - 1, rule, terms, LocalDate.of(year, 3, 20), "AG " + year + "-03, acord 4");
    }

    private static FeePolicy policy2026(FeeRule rule) {
        return policy(2026, rule, FeeTerms.DEFAULT);
    }

    private static PerInhabitantFee fivePercentOfInhabitants() {
        return new PerInhabitantFee(new BigDecimal("0.05"), Money.euros(150), Money.euros(15_000));
    }

    private FeeRun approveAndRun(FeePolicy policy, LocalDate on) {
        xarxa.fees().approvePolicy(policy).orElseThrow();
        return xarxa.fees().assess(policy.year(), on).orElseThrow();
    }

    private FeeAssessment assessmentOf(FeeRun run, MemberId member) {
        return run.assessed().stream().filter(a -> a.member().equals(member)).findFirst()
                .orElseThrow(() -> new AssertionError(member + " was not assessed by " + run));
    }

    private static Money amountOf(FeeRun run, MemberId member) {
        return run.assessed().stream().filter(a -> a.member().equals(member)).findFirst().orElseThrow().assessed();
    }

    /** A member owing a flat 1,000 € for 2026, assessed on {@link #RUN_ON}. */
    private FeeAssessment aThousandEuroFee() {
        MemberId id = manlleu();
        return assessmentOf(approveAndRun(policy2026(new FlatFee(THOUSAND)), RUN_ON), id);
    }

    private PaymentId pay(FeeAssessment assessment, LocalDate on, String amount) {
        return xarxa.fees().recordPayment(new RecordPayment(assessment.id(), on, Money.euros(amount), "TRF " + on))
                .orElseThrow();
    }

    // ---------------------------------------------------------------- what nothing written means

    private record Written(long journal, List<FeePolicy> policies, List<FeeAssessment> assessments, List<Payment> payments) {
    }

    private Written written() {
        return storage.transaction(tx -> {
            try (Stream<FeePolicy> policies = tx.fees().policies();
                 Stream<FeeAssessment> assessments = tx.fees().assessments();
                 Stream<Payment> payments = tx.fees().payments()) {
                return new Written(tx.journal().size(), policies.toList(), assessments.toList(), payments.toList());
            }
        });
    }



    // ---------------------------------------------------------------- rules

    @Test
    void aTieredPolicySetsEachCouncilsFeeByItsBandOfInhabitantsBothEndsIncluded() {
        MemberId small = townCouncil("171143", 800);
        MemberId atTheTop = townCouncil("081120", 1_000);
        MemberId justAbove = townCouncil("082981", 1_001);
        MemberId large = townCouncil("081878", 216_000);
        TieredFee tiers = new TieredFee(List.of(
                new Tier(20_001, null, Money.euros(4_000)),
                new Tier(0, 1_000L, Money.euros(150)),
                new Tier(1_001, 20_000L, Money.euros(600))));

        FeeRun run = approveAndRun(policy2026(tiers), RUN_ON);

        assertEquals(Money.euros(150), amountOf(run, small));
        assertEquals(Money.euros(150), amountOf(run, atTheTop));
        assertEquals(Money.euros(600), amountOf(run, justAbove));
        assertEquals(Money.euros(4_000), amountOf(run, large));
        assertEquals(Money.euros(4_900), run.total());
        assertEquals(Map.of(), run.notAssessable());
    }

    @Test
    void aRatePerInhabitantIsKeptBetweenTheFloorAndTheCap() {
        MemberId belowTheFloor = townCouncil("171143", 1_200);
        MemberId between = townCouncil("081120", 23_154);
        MemberId aboveTheCap = townCouncil("081878", 400_000);

        FeeRun run = approveAndRun(policy2026(fivePercentOfInhabitants()), RUN_ON);

        assertEquals(Money.euros(150), amountOf(run, belowTheFloor));
        assertEquals(Money.euros("1157.70"), amountOf(run, between));
        assertEquals(Money.euros(15_000), amountOf(run, aboveTheCap));
        assertEquals(new Population(2025, 23_154, "INE, padró 1/1/2025"), assessmentOf(run, between).population());
    }

    @Test
    void theProductOfRateAndInhabitantsIsRoundedByThePolicysRule() {
        MemberId vic = townCouncil("082981", 23_155);
        PerInhabitantFee rate = new PerInhabitantFee(new BigDecimal("0.033"), null, null);
        FeeTerms roundingDown = new FeeTerms(60, 30, Proration.BY_MONTH, RoundingMode.DOWN, false, List.of());

        FeeRun halfUp = approveAndRun(policy(2026, rate, FeeTerms.DEFAULT), RUN_ON);
        FeeRun down = approveAndRun(new FeePolicy(2027, 2025, rate, roundingDown, LocalDate.of(2027, 3, 20), "AG 2027-03, acord 4"),
                LocalDate.of(2027, 4, 1));

        // 0.033 × 23,155 = 764.115 €
        assertEquals(Money.euros("764.12"), amountOf(halfUp, vic));
        assertEquals(Money.euros("764.11"), amountOf(down, vic));
    }

    @Test
    void aFlatFeeIsTheSameForEveryKindOfMemberAndRecordsNoPopulation() {
        MemberId manlleu = manlleu();
        MemberId county = countyCouncil();
        MemberId body = publicBody();

        FeeRun run = approveAndRun(policy2026(new FlatFee(Money.euros(300))), RUN_ON);

        for (MemberId id : List.of(manlleu, county, body)) {
            assertEquals(Money.euros(300), amountOf(run, id));
            assertNull(assessmentOf(run, id).population());
        }
        assertEquals(MemberKind.COUNTY_COUNCIL, assessmentOf(run, county).kind());
    }

    @Test
    void aPolicyByKindGivesEachKindItsRuleAndReportsAKindItLeavesOut() {
        MemberId manlleu = townCouncil("081120", 23_154);
        MemberId county = countyCouncil();
        MemberId body = publicBody();
        FeeByKind byKind = new FeeByKind(Map.of(
                MemberKind.MUNICIPALITY, fivePercentOfInhabitants(),
                MemberKind.COUNTY_COUNCIL, new FlatFee(Money.euros(300))));

        FeeRun run = approveAndRun(policy2026(byKind), RUN_ON);

        assertEquals(Money.euros("1157.70"), amountOf(run, manlleu));
        assertEquals(Money.euros(300), amountOf(run, county));
        assertEquals(Set.of(body), run.notAssessable().keySet());
        assertEquals("fee.no-rule-for-kind", run.notAssessable().get(body).get(0).code());
        assertExplainedInEachLanguage(run.notAssessable().get(body).get(0));
        assertTrue(xarxa.fees().assessmentsOf(body).isEmpty());
    }

    @Test
    void aCustomRuleGivenToTheBuilderComputesTheFeeWithThePolicysRounding() {
        CustomFeeCalculator smallTownDiscount = new CustomFeeCalculator() {
            @Override
            public String name() {
                return "small-town-discount";
            }

            @Override
            public Decision<Money> annualFee(FeeBasis basis, Map<String, String> parameters, FeeContext context) {
                Money amount = Money.parse(parameters.get("amount"));
                boolean small = basis.population() != null
                        && basis.population().inhabitants() < Long.parseLong(parameters.get("below"));
                return Decision.accepted(small ? amount.times(new BigDecimal("0.5"), context.rounding()) : amount, List.of());
            }
        };
        try (Xarxa custom = Xarxa.builder().setting(Xarxa.STORAGE, "memory").clock(CLOCK).feeCalculator(smallTownDiscount)
                .build()) {
            MemberId small = townCouncil(custom, "171143", 800);
            MemberId large = townCouncil(custom, "081878", 216_000);
            custom.fees().approvePolicy(policy2026(new CustomFee("small-town-discount",
                    Map.of("amount", "150.25", "below", "1000")))).orElseThrow();

            FeeRun run = custom.fees().assess(2026, RUN_ON).orElseThrow();

            assertEquals(Money.euros("75.13"), amountOf(run, small));
            assertEquals(Money.euros("150.25"), amountOf(run, large));
            assertEquals(800, assessmentOf(run, small).population().inhabitants());
        }
    }

    @Test
    void aCustomRuleListedForTheServiceLoaderComputesTheFee() {
        MemberId small = townCouncil("171143", 800);
        MemberId large = townCouncil("081878", 216_000);

        FeeRun run = approveAndRun(policy2026(new CustomFee(BasePlusPerThousandCalculator.NAME,
                Map.of("base", "100.00", "perThousand", "10.00"))), RUN_ON);

        assertEquals(Money.euros(110), amountOf(run, small));
        assertEquals(Money.euros(100 + 10 * 216), amountOf(run, large));
    }

    @Test
    void aCalculatorGivenToTheBuilderWinsOverOneFoundWithTheSameName() {
        CustomFeeCalculator oneEuro = new CustomFeeCalculator() {
            @Override
            public String name() {
                return BasePlusPerThousandCalculator.NAME;
            }

            @Override
            public Decision<Money> annualFee(FeeBasis basis, Map<String, String> parameters, FeeContext context) {
                return Decision.accepted(Money.euros(1), List.of());
            }
        };
        try (Xarxa custom = Xarxa.builder().setting(Xarxa.STORAGE, "memory").clock(CLOCK).feeCalculator(oneEuro).build()) {
            MemberId large = townCouncil(custom, "081878", 216_000);
            custom.fees().approvePolicy(policy2026(new CustomFee(BasePlusPerThousandCalculator.NAME,
                    Map.of("base", "100.00", "perThousand", "10.00")))).orElseThrow();

            assertEquals(Money.euros(1), amountOf(custom.fees().assess(2026, RUN_ON).orElseThrow(), large));
        }
    }

    @Test
    void aPolicyNamingACalculatorNobodyPluggedInIsRefused() {
        Written before = written();

        Decision<FeePolicy> refused = xarxa.fees().approvePolicy(policy2026(new CustomFee("solidarity-index", Map.of())));

        assertRefusedFor("fee.unknown-calculator", refused);
        assertEquals(before, written());
    }

    // ---------------------------------------------------------------- the annual run

    @Test
    void byDefaultAnApplicantOwesNothingUntilItIsAdmitted() {
        MemberId member = manlleu();
        MemberId applicant = xarxa.members().apply(new ApplyForMembership(IneCode.parse("081878"), LocalDate.of(2026, 2, 2)))
                .orElseThrow();
        xarxa.members().referToAssembly(new ReferToAssembly(applicant, LocalDate.of(2026, 2, 20), "AG 2026-06")).orElseThrow();

        FeeRun run = approveAndRun(policy2026(new FlatFee(THOUSAND)), RUN_ON);

        assertEquals(List.of(member), run.assessed().stream().map(FeeAssessment::member).toList());
        assertEquals(Map.of(), run.notAssessable());
        assertTrue(xarxa.fees().assessmentsOf(applicant).isEmpty());
    }

    @Test
    void whenPendingMembersOweAnApplicantOwesFromItsApplication() {
        MemberId applicant = xarxa.members().apply(new ApplyForMembership(IneCode.parse("081878"), LocalDate.of(2026, 5, 4)))
                .orElseThrow();
        MemberId withdrawnBefore = manlleu();
        xarxa.members().withdraw(new WithdrawMember(withdrawnBefore, LocalDate.of(2025, 12, 31), "Acord del Ple")).orElseThrow();

        FeeRun run = approveAndRun(policy(2026, new FlatFee(THOUSAND), FeeTerms.DEFAULT.withPendingMembersOwing(true)),
                LocalDate.of(2026, 6, 1));

        // May to December: 8 of 12 months
        FeeAssessment assessment = assessmentOf(run, applicant);
        assertEquals(Money.euros("666.67"), assessment.assessed());
        assertEquals(8, assessment.prorated().owedUnits());
        assertEquals(12, assessment.prorated().unitsInYear());
        assertEquals(1, run.assessed().size());
    }

    @Test
    void theAssessmentRecordsThePopulationOfTheYearThePolicyNames() {
        MemberId manlleu = townCouncil("081120", 23_154);
        xarxa.members().recordPopulation(new RecordPopulation(manlleu, 2024, 22_900, "INE, padró 1/1/2024")).orElseThrow();
        FeePolicy usesTwoYearsBefore = new FeePolicy(2026, 2024, fivePercentOfInhabitants(), FeeTerms.DEFAULT, APPROVED_ON,
                "AG 2026-03, acord 4");

        FeeAssessment assessment = assessmentOf(approveAndRun(usesTwoYearsBefore, RUN_ON), manlleu);

        assertEquals(new Population(2024, 22_900, "INE, padró 1/1/2024"), assessment.population());
        assertEquals(Money.euros(1_145), assessment.assessed());
        assertEquals("22900", xarxa.history(FeeAssessment.AGGREGATE_TYPE, assessment.id().toString()).get(0).data()
                .get("inhabitants"));
    }

    @Test
    void aMemberWithoutAPopulationFigureForThePolicysYearIsReportedNotAssessable() {
        MemberId counted = townCouncil("081120", 23_154);
        MemberId onlyANewerFigure = xarxa.members().apply(new ApplyForMembership(IneCode.parse("081878"), APPLIED_2025))
                .orElseThrow();
        xarxa.members().admit(new AdmitMember(onlyANewerFigure, ADMITTED_2025, "AG 2025-04")).orElseThrow();
        xarxa.members().recordPopulation(new RecordPopulation(onlyANewerFigure, 2026, 216_000, "INE, padró 1/1/2026"))
                .orElseThrow();

        FeeRun run = approveAndRun(policy2026(fivePercentOfInhabitants()), RUN_ON);

        assertEquals(List.of(counted), run.assessed().stream().map(FeeAssessment::member).toList());
        assertEquals(Set.of(onlyANewerFigure), run.notAssessable().keySet());
        assertEquals("fee.no-population", run.notAssessable().get(onlyANewerFigure).get(0).code());
        assertExplainedInEachLanguage(run.notAssessable().get(onlyANewerFigure).get(0));
    }

    @Test
    void runningTheYearAgainAssessesNobodyAndWritesNothing() {
        MemberId manlleu = manlleu();
        MemberId county = countyCouncil();
        FeeRun first = approveAndRun(policy2026(new FlatFee(THOUSAND)), RUN_ON);
        Written afterFirst = written();

        FeeRun second = xarxa.fees().assess(2026, RUN_ON.plusDays(7)).orElseThrow();

        assertEquals(List.of(), second.assessed());
        assertEquals(Money.ZERO, second.total());
        assertEquals(2, second.alreadyAssessed());
        assertEquals(Money.euros(2_000), first.total());
        assertEquals(afterFirst, written());
        assertEquals(Money.euros(2_000), xarxa.fees().yearReport(2026, RUN_ON.plusDays(7)).total().assessed());
        for (MemberId id : List.of(manlleu, county)) {
            List<FeeAssessment> assessments = xarxa.fees().assessmentsOf(id);
            assertEquals(1, assessments.size());
            assertEquals(List.of("FeeAssessed"), xarxa.history(FeeAssessment.AGGREGATE_TYPE,
                    assessments.get(0).id().toString()).stream().map(JournalEntry::eventType).toList());
        }
    }

    @Test
    void aMemberAdmittedAfterTheFirstRunIsAssessedByTheNextForThePartOfTheYearItBelongs() {
        MemberId manlleu = manlleu();
        approveAndRun(policy2026(new FlatFee(THOUSAND)), RUN_ON);
        MemberId girona = xarxa.members().apply(new ApplyForMembership(IneCode.parse("170792"), LocalDate.of(2026, 4, 8)))
                .orElseThrow();
        xarxa.members().admit(new AdmitMember(girona, LocalDate.of(2026, 9, 30), "AG 2026-09")).orElseThrow();

        FeeRun next = xarxa.fees().assess(2026, LocalDate.of(2026, 10, 5)).orElseThrow();

        assertEquals(List.of(girona), next.assessed().stream().map(FeeAssessment::member).toList());
        assertEquals(1, next.alreadyAssessed());
        // September to December: 4 of 12 months
        assertEquals(Money.euros("333.33"), next.total());
        assertEquals(LocalDate.of(2026, 12, 4), assessmentOf(next, girona).dueOn());
        assertEquals(1, xarxa.fees().assessmentsOf(manlleu).size());
    }

    @Test
    void aRunSeesTheHistoryUpToItsDateSoAnAdmissionRecordedAheadWaitsForALaterRun() {
        MemberId manlleu = manlleu();
        MemberId girona = xarxa.members().apply(new ApplyForMembership(IneCode.parse("170792"), LocalDate.of(2026, 2, 2)))
                .orElseThrow();
        xarxa.members().admit(new AdmitMember(girona, LocalDate.of(2026, 6, 10), "AG 2026-06")).orElseThrow();

        FeeRun april = approveAndRun(policy2026(new FlatFee(THOUSAND)), RUN_ON);
        FeeRun july = xarxa.fees().assess(2026, LocalDate.of(2026, 7, 1)).orElseThrow();

        assertEquals(List.of(manlleu), april.assessed().stream().map(FeeAssessment::member).toList());
        assertEquals(List.of(girona), july.assessed().stream().map(FeeAssessment::member).toList());
        // June to December, issued after the admission: 7 of 12 months
        assertEquals(Money.euros("583.33"), july.total());
        assertEquals(LocalDate.of(2026, 7, 1), assessmentOf(july, girona).issuedOn());
    }

    @Test
    void aRunWithoutAPolicyForTheYearIsRefused() {
        manlleu();
        Written before = written();

        Decision<FeeRun> refused = xarxa.fees().assess(2026, RUN_ON);

        assertRefusedFor("fee.no-policy", refused);
        assertEquals(before, written());
    }

    @Test
    void aRunDatedBeforeThePolicyWasApprovedIsRefused() {
        manlleu();
        xarxa.fees().approvePolicy(policy2026(new FlatFee(THOUSAND))).orElseThrow();
        Written before = written();

        Decision<FeeRun> refused = xarxa.fees().assess(2026, APPROVED_ON.minusDays(1));

        assertRefusedFor("fee.run-before-approval", refused);
        assertEquals(before, written());
    }

    // ---------------------------------------------------------------- proration

    @ParameterizedTest(name = "{0}: admitted {1}, withdrawn {2} → {3} € for {4} of {5} units")
    @CsvSource(nullValues = "-", value = {
        // 15 March: from March, 10 of 12 months; 292 of 365 days (1,000 × 292 / 365 = 800 exactly)
        "BY_MONTH, 2026-03-15, -,          833.33,  10, 12",
        "BY_DAY,   2026-03-15, -,          800.00, 292, 365",
        "NONE,     2026-03-15, -,         1000.00,   1, 1",
        // effective 1 July: January to June, 6 months; 181 days (1,000 × 181 / 365 = 495.890...)
        "BY_MONTH, -,          2026-07-01, 500.00,   6, 12",
        "BY_DAY,   -,          2026-07-01, 495.89, 181, 365",
        "NONE,     -,          2026-07-01, 1000.00,  1, 1",
        // effective 15 July: July counts as a month of membership (1,000 × 7 / 12 = 583.333...)
        "BY_MONTH, -,          2026-07-15, 583.33,   7, 12",
    })
    void aMemberThatJoinsOrLeavesDuringTheYearOwesItsShare(Proration proration, LocalDate admittedOn,
                                                          LocalDate withdrawnOn, String owed, int units, int unitsInYear) {
        MemberId id;
        if (admittedOn != null) {
            id = xarxa.members().apply(new ApplyForMembership(IneCode.parse("081120"), LocalDate.of(2026, 1, 12)))
                    .orElseThrow();
            xarxa.members().admit(new AdmitMember(id, admittedOn, "AG 2026-03")).orElseThrow();
        } else {
            id = manlleu();
            xarxa.members().withdraw(new WithdrawMember(id, withdrawnOn, "Acord del Ple")).orElseThrow();
        }

        FeeAssessment assessment = assessmentOf(approveAndRun(policy(2026, new FlatFee(THOUSAND),
                FeeTerms.DEFAULT.withProration(proration)), RUN_ON), id);

        assertEquals(Money.euros(owed), assessment.assessed());
        assertEquals(THOUSAND, assessment.prorated().annualFee());
        assertEquals(THOUSAND, assessment.assessed().plus(assessment.prorated().notOwed()));
        assertEquals(units, assessment.prorated().owedUnits());
        assertEquals(unitsInYear, assessment.prorated().unitsInYear());
        assertEquals(proration, assessment.proration());
    }

    // ---------------------------------------------------------------- corrections

    @Test
    void aCorrectionAddsToOrTakesOffTheFeeAndTheAssessedAmountStays() {
        FeeAssessment fee = aThousandEuroFee();

        FeeAssessment lower = xarxa.fees().correct(new CorrectAssessment(fee.id(), LocalDate.of(2026, 4, 15),
                Money.euros(-100), "Padró revisat per l'INE")).orElseThrow();
        FeeAssessment higher = xarxa.fees().correct(new CorrectAssessment(fee.id(), LocalDate.of(2026, 4, 20),
                Money.euros(50), "Error de transcripció")).orElseThrow();

        assertEquals(Money.euros(900), lower.total());
        assertEquals(Money.euros(950), higher.total());
        assertEquals(THOUSAND, higher.assessed());
        assertEquals(Money.euros(950), xarxa.fees().assessment(fee.id()).orElseThrow().total());
        assertEquals(Money.euros(900), xarxa.fees().statement(fee.member(), LocalDate.of(2026, 4, 17)).assessed());
        assertEquals(List.of("FeeAssessed", "AssessmentCorrected", "AssessmentCorrected"),
                xarxa.history(FeeAssessment.AGGREGATE_TYPE, fee.id().toString()).stream()
                        .map(JournalEntry::eventType).toList());
    }

    @Test
    void aCorrectionCannotTakeTheFeeBelowZero() {
        FeeAssessment fee = aThousandEuroFee();
        Written before = written();

        Decision<FeeAssessment> refused = xarxa.fees().correct(new CorrectAssessment(fee.id(), LocalDate.of(2026, 4, 15),
                Money.euros("-1000.01"), "Exempció"));

        assertRefusedFor("fee.correction-below-zero", refused);
        assertEquals(before, written());
        assertTrue(xarxa.fees().correct(new CorrectAssessment(fee.id(), LocalDate.of(2026, 4, 15), THOUSAND.negated(),
                "Exempció")).isAccepted());
        assertEquals(Money.ZERO, xarxa.fees().assessment(fee.id()).orElseThrow().total());
    }

    @Test
    void aCorrectionOfZeroIsRefused() {
        FeeAssessment fee = aThousandEuroFee();
        Written before = written();

        Decision<FeeAssessment> refused = xarxa.fees().correct(new CorrectAssessment(fee.id(), LocalDate.of(2026, 4, 15),
                Money.ZERO, "Res"));

        assertRefusedFor("fee.correction-zero", refused);
        assertEquals(before, written());
    }

    // ---------------------------------------------------------------- payments and refunds

    @Test
    void aPartialPaymentLeavesTheRestOutstandingAndTheSecondSettlesIt() {
        FeeAssessment fee = aThousandEuroFee();

        pay(fee, LocalDate.of(2026, 4, 10), "400.00");
        FeeStatement partly = xarxa.fees().statement(fee.member(), LocalDate.of(2026, 4, 10));
        pay(fee, LocalDate.of(2026, 5, 5), "600.00");
        FeeStatement settled = xarxa.fees().statement(fee.member(), LocalDate.of(2026, 5, 5));

        assertEquals(Money.euros(600), partly.outstanding());
        assertEquals(Money.euros(400), partly.lines().get(0).paid());
        assertEquals(Money.euros(600), partly.balance());
        assertEquals(Money.ZERO, partly.credit());
        assertEquals(Money.ZERO, settled.outstanding());
        assertEquals(Money.ZERO, settled.balance());
        assertEquals(Money.ZERO, settled.credit());
        assertEquals(THOUSAND, settled.paid());
        assertEquals(2, xarxa.fees().paymentsOf(fee.member()).size());
    }

    @Test
    void anOverpaymentBecomesCreditThatCanBeRefundedButNoMore() {
        FeeAssessment fee = aThousandEuroFee();
        pay(fee, LocalDate.of(2026, 4, 10), "1200.00");
        FeeStatement overpaid = xarxa.fees().statement(fee.member(), LocalDate.of(2026, 4, 10));

        xarxa.fees().refund(new RecordRefund(fee.member(), LocalDate.of(2026, 4, 20), Money.euros(150), "TRF retorn"))
                .orElseThrow();
        Written before = written();
        Decision<PaymentId> tooMuch = xarxa.fees().refund(new RecordRefund(fee.member(), LocalDate.of(2026, 4, 21),
                Money.euros("50.01"), "TRF retorn"));
        Written after = written();
        xarxa.fees().refund(new RecordRefund(fee.member(), LocalDate.of(2026, 4, 21), Money.euros(50), "TRF retorn"))
                .orElseThrow();
        FeeStatement refunded = xarxa.fees().statement(fee.member(), LocalDate.of(2026, 4, 21));

        assertEquals(Money.euros(200), overpaid.credit());
        assertEquals(Money.ZERO, overpaid.outstanding());
        assertEquals(Money.euros(-200), overpaid.balance());
        assertRefusedFor("fee.refund-exceeds-credit", tooMuch);
        assertEquals(before, after);
        assertEquals(Money.ZERO, refunded.credit());
        assertEquals(Money.euros(200), refunded.refunded());
        assertEquals(Money.ZERO, refunded.balance());
    }

    @Test
    void aRefundWithoutCreditIsRefused() {
        FeeAssessment fee = aThousandEuroFee();
        pay(fee, LocalDate.of(2026, 4, 10), "1000.00");
        Written before = written();

        Decision<PaymentId> refused = xarxa.fees().refund(new RecordRefund(fee.member(), LocalDate.of(2026, 4, 20),
                Money.euros(1), null));

        assertRefusedFor("fee.refund-exceeds-credit", refused);
        assertEquals(before, written());
    }

    @Test
    void aRefundDatedBeforeAnotherMayNotTakeTheCreditThatOneAlreadyPaidBack() {
        FeeAssessment fee = aThousandEuroFee();
        pay(fee, LocalDate.of(2026, 4, 10), "1200.00");
        xarxa.fees().refund(new RecordRefund(fee.member(), LocalDate.of(2026, 4, 20), Money.euros(200), "TRF retorn"))
                .orElseThrow();
        pay(fee, LocalDate.of(2026, 5, 10), "100.00");
        Written before = written();

        // 200 € of credit on 15 April and 100 € on 10 May, but none left on 20 April
        Decision<PaymentId> backdated = xarxa.fees().refund(new RecordRefund(fee.member(), LocalDate.of(2026, 4, 15),
                Money.euros(100), "TRF retorn"));

        assertRefusedFor("fee.refund-exceeds-credit", backdated);
        assertEquals(before, written());
        assertTrue(xarxa.fees().refund(new RecordRefund(fee.member(), LocalDate.of(2026, 5, 10), Money.euros(100),
                "TRF retorn")).isAccepted());
        for (LocalDate on : List.of(LocalDate.of(2026, 4, 20), LocalDate.of(2026, 5, 10))) {
            assertEquals(Money.ZERO, xarxa.fees().statement(fee.member(), on).credit());
        }
    }

    @Test
    void aFeeTakenDownAfterItWasPaidLeavesTheDifferenceAsCredit() {
        FeeAssessment fee = aThousandEuroFee();
        pay(fee, LocalDate.of(2026, 4, 10), "1000.00");

        xarxa.fees().correct(new CorrectAssessment(fee.id(), LocalDate.of(2026, 4, 15), Money.euros(-100),
                "Padró revisat")).orElseThrow();

        FeeStatement statement = xarxa.fees().statement(fee.member(), LocalDate.of(2026, 4, 15));
        assertEquals(Money.euros(100), statement.credit());
        assertEquals(Money.ZERO, statement.outstanding());
        assertEquals(Money.euros(-100), statement.balance());
    }

    @Test
    void aFeeRaisedAfterItsOverpaymentWasRefundedIsOwedAgain() {
        FeeAssessment fee = aThousandEuroFee();
        pay(fee, LocalDate.of(2026, 4, 10), "1200.00");
        xarxa.fees().refund(new RecordRefund(fee.member(), LocalDate.of(2026, 4, 20), Money.euros(200), "TRF retorn"))
                .orElseThrow();

        xarxa.fees().correct(new CorrectAssessment(fee.id(), LocalDate.of(2026, 5, 2), Money.euros(30),
                "Padró revisat per l'INE")).orElseThrow();

        FeeStatement statement = xarxa.fees().statement(fee.member(), LocalDate.of(2026, 5, 2));
        assertEquals(Money.euros(30), statement.balance());
        assertEquals(Money.euros(30), statement.outstanding());
        assertEquals(Money.ZERO, statement.credit());
        assertEquals(Money.euros(1000), statement.lines().get(0).paid());
        assertTrue(xarxa.fees().statement(fee.member(), GRACE_UNTIL.plusDays(1)).inArrears());
    }

    @Test
    void creditLeftOnOneYearPaysTheNext() {
        MemberId manlleu = manlleu();
        FeeAssessment first = assessmentOf(approveAndRun(policy2026(new FlatFee(THOUSAND)), RUN_ON), manlleu);
        pay(first, LocalDate.of(2026, 4, 10), "1300.00");

        FeeAssessment second = assessmentOf(approveAndRun(policy(2027, new FlatFee(THOUSAND), FeeTerms.DEFAULT),
                LocalDate.of(2027, 4, 1)), manlleu);

        FeeStatement statement = xarxa.fees().statement(manlleu, LocalDate.of(2027, 4, 1));
        assertEquals(List.of(first.id(), second.id()), statement.lines().stream().map(StatementLine::assessment).toList());
        assertEquals(Money.euros(300), statement.lines().get(1).paid());
        assertEquals(Money.euros(700), statement.outstanding());
        assertEquals(Money.ZERO, statement.credit());
    }

    // ---------------------------------------------------------------- statements, due dates, standing

    @Test
    void theStatementTellsWhatIsDueOverdueAndInArrearsAtEachDate() {
        FeeAssessment fee = aThousandEuroFee();
        MemberId member = fee.member();

        assertEquals(DUE_ON, fee.dueOn());
        assertEquals(GRACE_UNTIL, fee.graceUntil());
        assertEquals(List.of(), xarxa.fees().statement(member, RUN_ON.minusDays(1)).lines());
        assertEquals(Money.ZERO, xarxa.fees().statement(member, RUN_ON.minusDays(1)).balance());

        FeeStatement onDueDate = xarxa.fees().statement(member, DUE_ON);
        assertEquals(THOUSAND, onDueDate.outstanding());
        assertEquals(0, onDueDate.daysOverdue());
        assertFalse(onDueDate.inArrears());

        FeeStatement lastDayOfGrace = xarxa.fees().statement(member, GRACE_UNTIL);
        assertEquals(30, lastDayOfGrace.daysOverdue());
        assertFalse(lastDayOfGrace.inArrears());
        assertEquals(Standing.GOOD, xarxa.fees().standingOn(member, GRACE_UNTIL));

        FeeStatement afterGrace = xarxa.fees().statement(member, GRACE_UNTIL.plusDays(1));
        assertEquals(31, afterGrace.daysOverdue());
        assertTrue(afterGrace.inArrears());
        assertEquals(Standing.IN_ARREARS, xarxa.fees().standingOn(member, GRACE_UNTIL.plusDays(1)));

        pay(fee, LocalDate.of(2026, 7, 10), "1000.00");
        FeeStatement paid = xarxa.fees().statement(member, LocalDate.of(2026, 7, 10));
        assertEquals(0, paid.daysOverdue());
        assertFalse(paid.inArrears());
        assertTrue(xarxa.fees().statement(member, LocalDate.of(2026, 7, 9)).inArrears());
    }

    @Test
    void aMemberInArrearsKeepsItsVoiceAndVoteButLosesTheServicesUntilItPays() {
        FeeAssessment fee = aThousandEuroFee();
        MemberId member = fee.member();
        LocalDate inArrears = GRACE_UNTIL.plusDays(1);

        assertEquals(Rights.FULL, xarxa.members().rightsOn(member, GRACE_UNTIL).orElseThrow());
        assertEquals(Rights.SERVICES_SUSPENDED, xarxa.members().rightsOn(member, inArrears).orElseThrow());
        List<Reason> limits = xarxa.members().rightsLimitsOn(member, inArrears);
        assertEquals(List.of("rights.arrears-suspend-services"), limits.stream().map(Reason::code).toList());
        assertExplainedInEachLanguage(limits.get(0));

        pay(fee, LocalDate.of(2026, 7, 10), "1000.00");

        assertEquals(Rights.FULL, xarxa.members().rightsOn(member, LocalDate.of(2026, 7, 10)).orElseThrow());
        assertEquals(List.of(), xarxa.members().rightsLimitsOn(member, LocalDate.of(2026, 7, 10)));
    }

    @Test
    void aNetworkThatSoChoseTakesTheVoteOfAMemberInArrears() {
        try (Xarxa strict = Xarxa.builder().setting(Xarxa.STORAGE, "memory").clock(CLOCK).arrearsRemoveVote(true).build()) {
            MemberId member = townCouncil(strict, "081120", 20_000);
            strict.fees().approvePolicy(policy2026(new FlatFee(THOUSAND))).orElseThrow();
            strict.fees().assess(2026, RUN_ON).orElseThrow();

            assertEquals(Rights.FULL, strict.members().rightsOn(member, GRACE_UNTIL).orElseThrow());
            assertEquals(Rights.VOICE_WITHOUT_VOTE, strict.members().rightsOn(member, GRACE_UNTIL.plusDays(1)).orElseThrow());
            assertEquals(List.of("rights.arrears-suspend-services", "rights.arrears-remove-vote"),
                    strict.members().rightsLimitsOn(member, GRACE_UNTIL.plusDays(1)).stream().map(Reason::code).toList());
        }
    }

    // ---------------------------------------------------------------- reminders

    @Test
    void remindersFollowThePolicysScheduleAroundTheDueDateAndSkipWhatIsPaid() {
        MemberId unpaid = townCouncil("081120", 20_000);
        MemberId partly = townCouncil("081878", 216_000);
        MemberId paid = townCouncil("082981", 46_000);
        FeeRun run = approveAndRun(policy2026(new FlatFee(THOUSAND)), RUN_ON);
        pay(assessmentOf(run, partly), LocalDate.of(2026, 5, 20), "400.00");
        pay(assessmentOf(run, paid), LocalDate.of(2026, 4, 10), "1000.00");

        List<FeeReminder> reminders = xarxa.fees().remindersDue(RUN_ON, LocalDate.of(2026, 12, 31));

        // the default schedule: 15 days before the due date, the day after it, at the end of the grace
        List<LocalDate> schedule = List.of(LocalDate.of(2026, 5, 16), LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30));
        assertEquals(schedule, reminders.stream().filter(r -> r.member().equals(unpaid)).map(FeeReminder::on).toList());
        assertEquals(List.of(-15, 1, 30), reminders.stream().filter(r -> r.member().equals(unpaid))
                .map(FeeReminder::daysFromDue).toList());
        assertEquals(List.of(THOUSAND, Money.euros(600), Money.euros(600)),
                reminders.stream().filter(r -> r.member().equals(partly)).map(FeeReminder::outstanding).toList());
        assertTrue(reminders.stream().noneMatch(r -> r.member().equals(paid)));
        assertEquals(reminders.stream().map(FeeReminder::on).sorted().toList(),
                reminders.stream().map(FeeReminder::on).toList());

        List<FeeReminder> onlyTheDayAfter = xarxa.fees().remindersDue(LocalDate.of(2026, 5, 17), LocalDate.of(2026, 6, 29));
        assertEquals(Set.of(LocalDate.of(2026, 6, 1)), onlyTheDayAfter.stream().map(FeeReminder::on)
                .collect(java.util.stream.Collectors.toSet()));
        assertEquals(Set.of(unpaid, partly), onlyTheDayAfter.stream().map(FeeReminder::member)
                .collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void aPolicyWithItsOwnScheduleRemindsOnItsOwnDays() {
        MemberId unpaid = manlleu();
        FeeTerms terms = new FeeTerms(30, 10, Proration.BY_MONTH, RoundingMode.HALF_UP, false, List.of(-5, 3));
        FeeAssessment fee = assessmentOf(approveAndRun(policy(2026, new FlatFee(THOUSAND), terms), RUN_ON), unpaid);

        List<FeeReminder> reminders = xarxa.fees().remindersDue(RUN_ON, LocalDate.of(2026, 12, 31));

        assertEquals(LocalDate.of(2026, 5, 1), fee.dueOn());
        assertEquals(List.of(LocalDate.of(2026, 4, 26), LocalDate.of(2026, 5, 4)),
                reminders.stream().map(FeeReminder::on).toList());
        assertTrue(reminders.stream().allMatch(r -> r.assessment().equals(fee.id()) && r.year() == 2026));
    }

    // ---------------------------------------------------------------- the year report

    @Test
    void theYearReportSumsByKindAndByProvinceAndListsArrearsMostOverdueFirst() {
        MemberId manlleu = townCouncil("081120", 20_000);
        MemberId sabadell = townCouncil("081878", 216_000);
        MemberId county = countyCouncil();
        FeeByKind byKind = new FeeByKind(Map.of(
                MemberKind.MUNICIPALITY, fivePercentOfInhabitants(),
                MemberKind.COUNTY_COUNCIL, new FlatFee(Money.euros(300))));
        FeeRun first = approveAndRun(policy2026(byKind), RUN_ON);
        pay(assessmentOf(first, manlleu), LocalDate.of(2026, 4, 20), "1000.00");
        pay(assessmentOf(first, sabadell), LocalDate.of(2026, 5, 10), "5000.00");
        pay(assessmentOf(first, county), LocalDate.of(2026, 5, 11), "300.00");
        MemberId girona = xarxa.members().apply(new ApplyForMembership(IneCode.parse("170792"), LocalDate.of(2026, 3, 2)))
                .orElseThrow();
        xarxa.members().admit(new AdmitMember(girona, LocalDate.of(2026, 5, 4), "AG 2026-05")).orElseThrow();
        xarxa.members().recordPopulation(new RecordPopulation(girona, 2025, 103_000, "INE, padró 1/1/2025")).orElseThrow();
        xarxa.fees().assess(2026, LocalDate.of(2026, 6, 1)).orElseThrow();

        FeeYearReport report = xarxa.fees().yearReport(2026, LocalDate.of(2026, 9, 15));

        // Manlleu 1,000; Sabadell 10,800; the county 300; Girona 5,150 × 8/12 = 3,433.33
        assertEquals(new FeeTotals(4, Money.euros("15533.33"), Money.euros(6_300), Money.euros("9233.33")), report.total());
        assertEquals(Map.of(
                MemberKind.MUNICIPALITY, new FeeTotals(3, Money.euros("15233.33"), Money.euros(6_000), Money.euros("9233.33")),
                MemberKind.COUNTY_COUNCIL, new FeeTotals(1, Money.euros(300), Money.euros(300), Money.ZERO)), report.byKind());
        assertEquals(Map.of(
                "08", new FeeTotals(2, Money.euros(11_800), Money.euros(6_000), Money.euros(5_800)),
                "17", new FeeTotals(1, Money.euros("3433.33"), Money.ZERO, Money.euros("3433.33")),
                FeeYearReport.NO_PROVINCE, new FeeTotals(1, Money.euros(300), Money.euros(300), Money.ZERO)),
                report.byProvince());
        // Sabadell was due on 31 May, Girona on 31 July
        assertEquals(List.of(sabadell, girona), report.inArrears().stream().map(l -> l.member()).toList());
        assertEquals(List.of(107L, 46L), report.inArrears().stream().map(l -> l.daysOverdue()).toList());
        assertEquals(List.of(Money.euros(5_800), Money.euros("3433.33")),
                report.inArrears().stream().map(l -> l.outstanding()).toList());
        assertEquals("Sabadell", report.inArrears().get(0).name());

        FeeYearReport beforeGironaWasAssessed = xarxa.fees().yearReport(2026, LocalDate.of(2026, 5, 31));
        assertEquals(3, beforeGironaWasAssessed.total().assessments());
        assertEquals(List.of(), beforeGironaWasAssessed.inArrears());
    }

    // ---------------------------------------------------------------- bad input

    @Test
    void aNegativeAmountInAPolicyIsRefusedAndNothingIsWritten() {
        Written before = written();

        Decision<FeePolicy> flat = xarxa.fees().approvePolicy(policy2026(new FlatFee(Money.euros(-300))));
        Decision<FeePolicy> tier = xarxa.fees().approvePolicy(policy2026(new TieredFee(List.of(
                new Tier(0, null, Money.euros("-0.01"))))));
        Decision<FeePolicy> floor = xarxa.fees().approvePolicy(policy2026(new PerInhabitantFee(new BigDecimal("0.05"),
                Money.euros(-150), null)));
        Decision<FeePolicy> rate = xarxa.fees().approvePolicy(policy2026(new PerInhabitantFee(new BigDecimal("-0.05"),
                null, null)));

        assertRefusedFor("fee.negative-amount", flat);
        assertRefusedFor("fee.negative-amount", tier);
        assertRefusedFor("fee.negative-amount", floor);
        assertRefusedFor("fee.negative-rate", rate);
        assertEquals(before, written());
        assertEquals(List.of(), xarxa.fees().policies());
    }

    @Test
    void aNegativePaymentOrRefundIsRefusedAndNothingIsWritten() {
        FeeAssessment fee = aThousandEuroFee();
        pay(fee, LocalDate.of(2026, 4, 10), "1200.00");
        Written before = written();

        Decision<PaymentId> payment = xarxa.fees().recordPayment(new RecordPayment(fee.id(), LocalDate.of(2026, 4, 11),
                Money.euros(-10), null));
        Decision<PaymentId> zero = xarxa.fees().recordPayment(new RecordPayment(fee.id(), LocalDate.of(2026, 4, 11),
                Money.ZERO, null));
        Decision<PaymentId> refund = xarxa.fees().refund(new RecordRefund(fee.member(), LocalDate.of(2026, 4, 11),
                Money.euros(-10), null));

        assertRefusedFor("fee.amount-not-positive", payment);
        assertRefusedFor("fee.amount-not-positive", zero);
        assertRefusedFor("fee.amount-not-positive", refund);
        assertEquals(before, written());
        assertEquals(Money.euros(200), xarxa.fees().statement(fee.member(), LocalDate.of(2026, 4, 11)).credit());
    }

    @Test
    void anAmountThatIsNotANumberIsBadInput() {
        FeeAssessment fee = aThousandEuroFee();
        Written before = written();

        InvalidAmountException error = assertThrows(InvalidAmountException.class, () -> xarxa.fees().recordPayment(
                new RecordPayment(fee.id(), LocalDate.of(2026, 4, 10), Money.read("12,5x", "EUR"), null)));

        assertEquals("money.not-a-number", error.reason().code());
        assertExplainedInEachLanguage(error.reason());
        assertTrue(error.message(CATALAN).contains("12,5x"), error.message(CATALAN));
        assertEquals(before, written());
    }

    @Test
    void anAmountInAnotherCurrencyIsBadInput() {
        FeeAssessment fee = aThousandEuroFee();
        Written before = written();

        InvalidAmountException error = assertThrows(InvalidAmountException.class, () -> xarxa.fees().recordPayment(
                new RecordPayment(fee.id(), LocalDate.of(2026, 4, 10), Money.read("1000.00", "USD"), null)));

        assertEquals("money.not-euro", error.reason().code());
        assertExplainedInEachLanguage(error.reason());
        assertEquals(Money.euros("12.50"), Money.read(" 12.5 ", "eur"));
        assertEquals(before, written());
    }

    @Test
    void overlappingTiersAreRefused() {
        Written before = written();

        Decision<FeePolicy> refused = xarxa.fees().approvePolicy(policy2026(new TieredFee(List.of(
                new Tier(0, 1_000L, Money.euros(150)),
                new Tier(1_000, 5_000L, Money.euros(600))))));

        assertRefusedFor("fee.tiers-overlap", refused);
        assertEquals(before, written());
        assertTrue(xarxa.fees().approvePolicy(policy2026(new TieredFee(List.of(
                new Tier(0, 1_000L, Money.euros(150)),
                new Tier(1_001, 5_000L, Money.euros(600)))))).isAccepted());
    }

    @Test
    void aFloorAboveTheCapIsRefused() {
        Written before = written();

        Decision<FeePolicy> refused = xarxa.fees().approvePolicy(policy2026(new PerInhabitantFee(new BigDecimal("0.05"),
                Money.euros(15_000), Money.euros(150))));

        assertRefusedFor("fee.floor-above-cap", refused);
        assertEquals(before, written());
    }

    @Test
    void aSecondPolicyForTheSameYearIsRefusedAndTheFirstStays() {
        FeePolicy first = xarxa.fees().approvePolicy(policy2026(new FlatFee(THOUSAND))).orElseThrow();
        Written before = written();

        Decision<FeePolicy> second = xarxa.fees().approvePolicy(new FeePolicy(2026, 2025, new FlatFee(Money.euros(500)),
                FeeTerms.DEFAULT, LocalDate.of(2026, 6, 10), "AG 2026-06, acord 2"));

        assertRefusedFor("fee.policy-exists", second);
        assertEquals(before, written());
        assertEquals(first, xarxa.fees().policy(2026).orElseThrow());
        assertEquals(List.of("FeePolicyApproved"), xarxa.history(FeePolicy.AGGREGATE_TYPE, "2026").stream()
                .map(JournalEntry::eventType).toList());
    }

    @Test
    void aPaymentForAnUnknownAssessmentIsRefused() {
        aThousandEuroFee();
        Written before = written();

        Decision<PaymentId> refused = xarxa.fees().recordPayment(new RecordPayment(new AssessmentId(new UUID(7, 7)),
                LocalDate.of(2026, 4, 10), THOUSAND, "TRF"));

        assertRefusedFor("fee.assessment-not-found", refused);
        assertEquals(before, written());
    }
}
