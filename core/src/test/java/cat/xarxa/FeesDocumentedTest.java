package cat.xarxa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.common.IneCode;
import cat.xarxa.common.Money;
import cat.xarxa.fee.AssessmentId;
import cat.xarxa.fee.FeeAssessment;
import cat.xarxa.fee.FeeBasis;
import cat.xarxa.fee.FeeByKind;
import cat.xarxa.fee.FeeContext;
import cat.xarxa.fee.FeePolicy;
import cat.xarxa.fee.FeeReminder;
import cat.xarxa.fee.FeeRule;
import cat.xarxa.fee.FeeStatement;
import cat.xarxa.fee.FeeTerms;
import cat.xarxa.fee.FlatFee;
import cat.xarxa.fee.OwedDays;
import cat.xarxa.fee.PerInhabitantFee;
import cat.xarxa.fee.ProratedFee;
import cat.xarxa.fee.Proration;
import cat.xarxa.fee.RecordPayment;
import cat.xarxa.fee.RecordRefund;
import cat.xarxa.fee.TieredFee;
import cat.xarxa.member.AdmitMember;
import cat.xarxa.member.ApplyAsCountyCouncil;
import cat.xarxa.member.ApplyAsPublicBody;
import cat.xarxa.member.ApplyForMembership;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.MemberKind;
import cat.xarxa.member.MemberStatus;
import cat.xarxa.member.Population;
import cat.xarxa.member.RecordPopulation;
import cat.xarxa.member.StatusChange;
import cat.xarxa.memory.MemoryStorageProvider;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The numbers in docs/fees.md are computed again here: each table marked
 * {@code <!-- checked: name -->} must hold exactly the rows the library produces.
 */
class FeesDocumentedTest {

    private static final FeeContext HALF_UP = new FeeContext(RoundingMode.HALF_UP, Map.of());
    private static final TieredFee TIERS = new TieredFee(List.of(
            new TieredFee.Tier(0, 1_000L, Money.euros(150)),
            new TieredFee.Tier(1_001, 5_000L, Money.euros(600)),
            new TieredFee.Tier(5_001, 20_000L, Money.euros(1_500)),
            new TieredFee.Tier(20_001, null, Money.euros(3_000))));
    private static final PerInhabitantFee FIVE_PERCENT =
            new PerInhabitantFee(new BigDecimal("0.05"), Money.euros(150), Money.euros(15_000));
    private static final FeeByKind BY_KIND = new FeeByKind(Map.of(
            MemberKind.MUNICIPALITY, FIVE_PERCENT,
            MemberKind.COUNTY_COUNCIL, new FlatFee(Money.euros(300)),
            MemberKind.OTHER_PUBLIC_BODY, new FlatFee(Money.euros(200))));

    private final Xarxa xarxa = Xarxa.builder().storageProvider(new MemoryStorageProvider())
            .clock(Clock.fixed(Instant.parse("2027-12-31T10:00:00Z"), Xarxa.NETWORK_ZONE)).build();
    private final String page = read();

    @AfterEach
    void close() {
        xarxa.close();
    }

    private static String read() {
        try {
            return Files.readString(Path.of("../docs/fees.md"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String fee(FeeRule rule, MemberKind kind, Long inhabitants) {
        Population population = inhabitants == null ? null : new Population(2025, inhabitants, "INE");
        return rule.annualFee(new FeeBasis(new MemberId(UUID.randomUUID()), kind, population), HALF_UP).orElseThrow()
                .toString();
    }

    @Test
    void theTiersTableIsWhatTheRuleCharges() {
        for (List<String> row : CheckedTables.table(page, "tiers")) {
            assertEquals(row.get(1), fee(TIERS, MemberKind.MUNICIPALITY, Long.parseLong(row.get(0))), row.toString());
        }
    }

    @Test
    void thePerInhabitantTableIsWhatTheRuleChargesWithinFloorAndCap() {
        for (List<String> row : CheckedTables.table(page, "per-inhabitant")) {
            long inhabitants = Long.parseLong(row.get(0));
            assertEquals(row.get(1), new BigDecimal("0.05").multiply(BigDecimal.valueOf(inhabitants))
                    .setScale(2, RoundingMode.HALF_UP).toPlainString(), row.toString());
            assertEquals(row.get(2), fee(FIVE_PERCENT, MemberKind.MUNICIPALITY, inhabitants), row.toString());
        }
    }

    @Test
    void theByKindTableIsWhatTheAnnualRunAssesses() {
        xarxa.fees().approvePolicy(new FeePolicy(2026, 2025, BY_KIND, FeeTerms.DEFAULT.withProration(Proration.NONE),
                LocalDate.of(2026, 3, 14), "AG 2026-03, acord 4")).orElseThrow();
        LocalDate applied = LocalDate.of(2025, 11, 3);
        List<List<String>> rows = CheckedTables.table(page, "by-kind");
        for (List<String> row : rows) {
            MemberKind kind = MemberKind.valueOf(row.get(1));
            MemberId id = switch (kind) {
                case MUNICIPALITY -> xarxa.members().apply(new ApplyForMembership(
                        IneCode.parse(row.get(0).equals("Sabadell") ? "081878" : "081120"), applied)).orElseThrow();
                case COUNTY_COUNCIL -> xarxa.members().apply(new ApplyAsCountyCouncil("24", row.get(0), applied)).orElseThrow();
                case OTHER_PUBLIC_BODY -> xarxa.members().apply(new ApplyAsPublicBody(row.get(0), "P0801900B", applied))
                        .orElseThrow();
            };
            xarxa.members().admit(new AdmitMember(id, LocalDate.of(2025, 12, 1), "AG 2025-12")).orElseThrow();
            if (!row.get(2).equals("—")) {
                xarxa.members().recordPopulation(new RecordPopulation(id, 2025, Long.parseLong(row.get(2)), "INE")).orElseThrow();
            }
        }

        List<FeeAssessment> assessed = xarxa.fees().assess(2026, LocalDate.of(2026, 4, 1)).orElseThrow().assessed();

        Function<String, String> feeOf = name -> assessed.stream()
                .filter(a -> xarxa.members().find(a.member()).orElseThrow().name().equals(name))
                .findFirst().orElseThrow().assessed().toString();
        for (List<String> row : rows) {
            assertEquals(row.get(3), feeOf.apply(row.get(0)), row.toString());
        }
        assertEquals(rows.size(), assessed.size());
    }

    @Test
    void theProrationTableIsWhatTheRuleOwes() {
        for (List<String> row : CheckedTables.table(page, "proration")) {
            Money annual = Money.euros(row.get(0));
            String[] membership = row.get(1).split(" ", 2);
            LocalDate day = LocalDate.parse("2026 " + membership[1], java.time.format.DateTimeFormatter.ofPattern(
                    "yyyy d MMMM", java.util.Locale.ENGLISH));
            List<StatusChange> history = membership[0].equals("admitted")
                    ? List.of(new StatusChange(MemberStatus.PENDING, day.minusMonths(2), ""),
                    new StatusChange(MemberStatus.MEMBER, day, "AG"))
                    : List.of(new StatusChange(MemberStatus.MEMBER, LocalDate.of(2020, 1, 1), "AG"),
                    new StatusChange(MemberStatus.WITHDRAWN, day, "Ple"));
            ProratedFee prorated = ProratedFee.of(annual, OwedDays.in(history, false, 2026), 2026,
                    Proration.valueOf(row.get(2)), RoundingMode.HALF_UP);

            assertEquals(List.of(row.get(3), row.get(4), row.get(5)), List.of(
                    prorated.owedUnits() + "/" + prorated.unitsInYear(), prorated.amount().toString(),
                    prorated.notOwed().toString()), row.toString());
        }
    }

    /** Sabadell, a member since 2025, assessed 833.33 for 2026 (ten months of 1,000). */
    private AssessmentId sabadellAssessedFor2026(MemberId sabadell) {
        xarxa.fees().approvePolicy(new FeePolicy(2026, 2025, new FlatFee(Money.euros(1_000)), FeeTerms.DEFAULT,
                LocalDate.of(2026, 3, 14), "AG 2026-03")).orElseThrow();
        xarxa.members().admit(new AdmitMember(sabadell, LocalDate.of(2026, 3, 15), "AG 2026-03")).orElseThrow();
        FeeAssessment assessment = xarxa.fees().assess(2026, LocalDate.of(2026, 4, 1)).orElseThrow().assessed().get(0);
        assertEquals(Money.euros("833.33"), assessment.assessed());
        return assessment.id();
    }

    private MemberId sabadell() {
        return xarxa.members().apply(new ApplyForMembership(IneCode.parse("081878"), LocalDate.of(2026, 1, 12))).orElseThrow();
    }

    @Test
    void theStatementTableIsWhatTheAccountShows() {
        MemberId sabadell = sabadell();
        AssessmentId fee2026 = sabadellAssessedFor2026(sabadell);
        xarxa.fees().recordPayment(new RecordPayment(fee2026, LocalDate.of(2026, 5, 20), Money.euros(500), "TRF 1")).orElseThrow();
        xarxa.fees().recordPayment(new RecordPayment(fee2026, LocalDate.of(2026, 6, 10), Money.euros(400), "TRF 2")).orElseThrow();
        xarxa.fees().refund(new RecordRefund(sabadell, LocalDate.of(2026, 6, 15), Money.euros("16.67"), "TRF R1")).orElseThrow();
        xarxa.fees().approvePolicy(new FeePolicy(2027, 2026, new FlatFee(Money.euros(1_000)), FeeTerms.DEFAULT,
                LocalDate.of(2027, 3, 10), "AG 2027-03")).orElseThrow();
        xarxa.fees().assess(2027, LocalDate.of(2027, 4, 1)).orElseThrow();

        for (List<String> row : CheckedTables.table(page, "statement")) {
            FeeStatement s = xarxa.fees().statement(sabadell, LocalDate.parse(row.get(0)));
            assertEquals(row.subList(2, 8), List.of(s.assessed().toString(), s.paid().toString(), s.refunded().toString(),
                    s.credit().toString(), s.outstanding().toString(), s.balance().toString()), row.toString());
        }
    }

    @Test
    void theRemindersTableIsWhatTheScheduleProduces() {
        MemberId sabadell = sabadell();
        AssessmentId fee2026 = sabadellAssessedFor2026(sabadell);
        xarxa.fees().recordPayment(new RecordPayment(fee2026, LocalDate.of(2026, 5, 20), Money.euros(500), "TRF 1")).orElseThrow();

        List<FeeReminder> reminders = xarxa.fees().remindersDue(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

        assertEquals(CheckedTables.table(page, "reminders").stream().map(r -> r.subList(1, 4)).toList(), reminders.stream()
                .map(r -> List.of(Integer.toString(r.daysFromDue()), r.on().toString(), r.outstanding().toString())).toList());
        assertEquals(cat.xarxa.member.Standing.GOOD, xarxa.fees().standingOn(sabadell, LocalDate.of(2026, 6, 30)));
        assertEquals(cat.xarxa.member.Standing.IN_ARREARS, xarxa.fees().standingOn(sabadell, LocalDate.of(2026, 7, 1)));
    }

    @Test
    void everyFeeAndMoneyReasonCodeIsInThePage() throws IOException {
        Properties reasons = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("cat/xarxa/common/Reasons.properties")) {
            reasons.load(in);
        }
        for (String code : reasons.stringPropertyNames()) {
            if (code.startsWith("fee.") || code.startsWith("money.") || code.startsWith("rights.")) {
                assertTrue(page.contains("`" + code + "`"), "docs/fees.md does not list " + code);
            }
        }
    }
}
