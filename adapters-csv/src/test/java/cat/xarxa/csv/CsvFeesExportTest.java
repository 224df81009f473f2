package cat.xarxa.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cat.xarxa.Xarxa;
import cat.xarxa.common.Money;
import cat.xarxa.fee.AssessmentId;
import cat.xarxa.fee.CorrectAssessment;
import cat.xarxa.fee.FeeAssessment;
import cat.xarxa.fee.FeeByKind;
import cat.xarxa.fee.FeePolicy;
import cat.xarxa.fee.FeeTerms;
import cat.xarxa.fee.FlatFee;
import cat.xarxa.fee.PerInhabitantFee;
import cat.xarxa.fee.RecordPayment;
import cat.xarxa.member.AdmitMember;
import cat.xarxa.member.ApplyAsCountyCouncil;
import cat.xarxa.member.ApplyForMembership;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.MemberKind;
import cat.xarxa.member.RecordPopulation;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvFeesExportTest {

    private static final String HEADER = "year,member_official_code,member_name,kind,province,population_year,inhabitants,"
            + "annual_fee,proration,owed_share,assessed,corrections,total,paid,outstanding,issued_on,due_on,days_overdue,"
            + "in_arrears,as_of\r\n";

    /** 0.05 € an inhabitant, between 150 € and 15,000 €. */
    private static final PerInhabitantFee PER_INHABITANT = new PerInhabitantFee(new BigDecimal("0.05"),
            Money.euros(150), Money.euros(15_000));

    /** A network on the in-memory store whose "today" is 30 September 2026 in the network's zone. */
    private static Xarxa aNetworkOn30September2026() {
        return Xarxa.builder().setting(Xarxa.STORAGE, "memory")
                .clock(Clock.fixed(Instant.parse("2026-09-30T10:00:00Z"), Xarxa.NETWORK_ZONE)).build();
    }

    private static MemberId admitted(Xarxa xarxa, String ineCode, LocalDate appliedOn, LocalDate admittedOn) {
        MemberId id = xarxa.members().apply(new ApplyForMembership(ineCode, null, appliedOn)).orElseThrow();
        xarxa.members().admit(new AdmitMember(id, admittedOn, "AG " + admittedOn)).orElseThrow();
        return id;
    }

    private static void population(Xarxa xarxa, MemberId member, int year, long inhabitants) {
        xarxa.members().recordPopulation(new RecordPopulation(member, year, inhabitants, "INE, padró 1/1/" + year))
                .orElseThrow();
    }

    private static AssessmentId assessmentOf(Xarxa xarxa, MemberId member, int year) {
        return xarxa.fees().assessmentsOf(member).stream().filter(a -> a.year() == year).map(FeeAssessment::id)
                .findFirst().orElseThrow();
    }

    private static void pay(Xarxa xarxa, MemberId member, int year, LocalDate on, String amount) {
        xarxa.fees().recordPayment(new RecordPayment(assessmentOf(xarxa, member, year), on, Money.euros(amount), "TRF"))
                .orElseThrow();
    }

    private static String export(Xarxa xarxa) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        xarxa.export("csv-fees", out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void every_assessment_is_a_row_by_year_and_code_with_what_is_paid_and_outstanding_on_the_day_of_the_export() {
        try (Xarxa xarxa = aNetworkOn30September2026()) {
            MemberId sabadell = admitted(xarxa, "081878", LocalDate.of(2024, 11, 4), LocalDate.of(2024, 12, 12));
            population(xarxa, sabadell, 2024, 219_163);
            population(xarxa, sabadell, 2025, 221_455);
            MemberId girona = admitted(xarxa, "170792", LocalDate.of(2024, 10, 1), LocalDate.of(2024, 12, 12));
            population(xarxa, girona, 2024, 103_369);
            population(xarxa, girona, 2025, 105_000);
            MemberId manlleu = admitted(xarxa, "081120", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 6, 10));
            population(xarxa, manlleu, 2025, 21_000);
            MemberId osona = xarxa.members().apply(new ApplyAsCountyCouncil("24", "Consell Comarcal d'Osona, seu de Vic",
                    LocalDate.of(2025, 11, 3))).orElseThrow();
            xarxa.members().admit(new AdmitMember(osona, LocalDate.of(2026, 1, 20), "AG 2026-01")).orElseThrow();

            xarxa.fees().approvePolicy(new FeePolicy(2025, 2024, PER_INHABITANT, FeeTerms.DEFAULT,
                    LocalDate.of(2025, 2, 1), "AG 2025-02, acord 3")).orElseThrow();
            xarxa.fees().approvePolicy(new FeePolicy(2026, 2025, new FeeByKind(Map.of(MemberKind.MUNICIPALITY,
                    PER_INHABITANT, MemberKind.COUNTY_COUNCIL, new FlatFee(Money.euros(300)))), FeeTerms.DEFAULT,
                    LocalDate.of(2026, 2, 2), "AG 2026-02, acord 4")).orElseThrow();
            xarxa.fees().assess(2025, LocalDate.of(2025, 3, 1)).orElseThrow();
            xarxa.fees().assess(2026, LocalDate.of(2026, 7, 1)).orElseThrow();

            // Sabadell pays 100 € too much for 2025: the credit goes to its 2026 fee.
            pay(xarxa, sabadell, 2025, LocalDate.of(2025, 4, 15), "11058.15");
            // Manlleu pays part of its fee for the seven months it belonged.
            pay(xarxa, manlleu, 2026, LocalDate.of(2026, 8, 1), "300.00");
            pay(xarxa, girona, 2026, LocalDate.of(2026, 8, 20), "5250.00");
            xarxa.fees().correct(new CorrectAssessment(assessmentOf(xarxa, osona, 2026), LocalDate.of(2026, 7, 15),
                    Money.euros("-50.00"), "Bonificació per adhesió")).orElseThrow();
            pay(xarxa, osona, 2026, LocalDate.of(2026, 8, 10), "250.00");

            assertEquals(HEADER
                    + "2025,081878,Sabadell,MUNICIPALITY,08,2024,219163,10958.15,BY_MONTH,12/12,10958.15,0.00,10958.15,"
                    + "10958.15,0.00,2025-03-01,2025-04-30,0,no,2026-09-30\r\n"
                    + "2025,170792,Girona,MUNICIPALITY,17,2024,103369,5168.45,BY_MONTH,12/12,5168.45,0.00,5168.45,"
                    + "0.00,5168.45,2025-03-01,2025-04-30,518,yes,2026-09-30\r\n"
                    + "2026,081120,Manlleu,MUNICIPALITY,08,2025,21000,1050.00,BY_MONTH,7/12,612.50,0.00,612.50,"
                    + "300.00,312.50,2026-07-01,2026-08-30,31,yes,2026-09-30\r\n"
                    + "2026,081878,Sabadell,MUNICIPALITY,08,2025,221455,11072.75,BY_MONTH,12/12,11072.75,0.00,11072.75,"
                    + "100.00,10972.75,2026-07-01,2026-08-30,31,yes,2026-09-30\r\n"
                    + "2026,170792,Girona,MUNICIPALITY,17,2025,105000,5250.00,BY_MONTH,12/12,5250.00,0.00,5250.00,"
                    + "5250.00,0.00,2026-07-01,2026-08-30,0,no,2026-09-30\r\n"
                    + "2026,24,\"Consell Comarcal d'Osona, seu de Vic\",COUNTY_COUNCIL,,,,300.00,BY_MONTH,12/12,300.00,"
                    + "-50.00,250.00,250.00,0.00,2026-07-01,2026-08-30,0,no,2026-09-30\r\n",
                    export(xarxa));
        }
    }

    @Test
    void an_assessment_issued_after_the_day_of_the_export_is_not_in_the_file_yet() {
        try (Xarxa xarxa = aNetworkOn30September2026()) {
            MemberId manlleu = admitted(xarxa, "081120", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 6, 10));
            population(xarxa, manlleu, 2026, 21_000);
            xarxa.fees().approvePolicy(new FeePolicy(2027, 2026, PER_INHABITANT, FeeTerms.DEFAULT,
                    LocalDate.of(2026, 9, 1), "AG 2026-09, acord 2")).orElseThrow();
            xarxa.fees().assess(2027, LocalDate.of(2026, 10, 1)).orElseThrow();

            assertEquals(HEADER, export(xarxa));
        }
    }

    @Test
    void a_network_without_fees_exports_the_header_alone() {
        try (Xarxa xarxa = aNetworkOn30September2026()) {
            admitted(xarxa, "081120", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 6, 10));

            assertEquals(HEADER, export(xarxa));
        }
    }
}
