package cat.xarxa.examples;

import cat.xarxa.Xarxa;
import cat.xarxa.common.IneCode;
import cat.xarxa.common.Localisation;
import cat.xarxa.common.Money;
import cat.xarxa.common.Reason;
import cat.xarxa.fee.FeeAssessment;
import cat.xarxa.fee.FeePolicy;
import cat.xarxa.fee.FeeRun;
import cat.xarxa.fee.FeeStatement;
import cat.xarxa.fee.FeeYearReport;
import cat.xarxa.fee.RecordPayment;
import cat.xarxa.json.XarxaJson;
import cat.xarxa.member.AdmitMember;
import cat.xarxa.member.ApplyAsCountyCouncil;
import cat.xarxa.member.ApplyForMembership;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.RecordPopulation;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A year of fees, as a technical secretariat lives it, on a throwaway in-memory store. The
 * assembly's policy is read from a JSON file: town councils pay 0.05 € per inhabitant, between
 * 150 € and 15,000 €, and county councils 300 €. The year is run, Manlleu (admitted in June) pays
 * for seven months, one council pays in part and one not at all, and the secretariat asks for the
 * reminders, a statement, the standing of each council and the year's report.
 *
 * <p>Its test ({@code AnnualFeeRunTest}) runs it with the build; from an IDE, run
 * {@link #main(String[])}.
 */
public final class AnnualFeeRun {

    private static final Locale CATALAN = Localisation.CATALAN;

    private AnnualFeeRun() {
    }

    public static void main(String[] args) {
        run(System.out);
    }

    /** Reads the policy the examples ship, {@code fee-policy-2026.json}. */
    public static FeePolicy policy2026() {
        try (InputStream in = AnnualFeeRun.class.getResourceAsStream("fee-policy-2026.json")) {
            return XarxaJson.readFeePolicy(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tells the year to {@code out}. */
    public static void run(PrintStream out) {
        Clock endOfYear = Clock.fixed(Instant.parse("2026-12-31T12:00:00Z"), Xarxa.NETWORK_ZONE);
        try (Xarxa xarxa = Xarxa.builder().setting(Xarxa.STORAGE, "memory").clock(endOfYear).build()) {
            MemberId sabadell = member(xarxa, "081878", 216_520, LocalDate.of(2025, 11, 20));
            MemberId vic = member(xarxa, "082981", 48_964, LocalDate.of(2025, 11, 20));
            MemberId manlleu = member(xarxa, "081120", 21_000, LocalDate.of(2026, 6, 10));
            MemberId osona = xarxa.members().apply(new ApplyAsCountyCouncil("24", "Consell Comarcal d'Osona",
                    LocalDate.of(2025, 10, 2))).orElseThrow();
            xarxa.members().admit(new AdmitMember(osona, LocalDate.of(2025, 11, 20), "AG 2025-11")).orElseThrow();

            FeePolicy policy = policy2026();
            xarxa.fees().approvePolicy(policy).orElseThrow();
            out.println("Policy " + policy.year() + " approved (" + policy.decisionReference() + ")");

            FeeRun april = xarxa.fees().assess(2026, LocalDate.of(2026, 4, 1)).orElseThrow();
            out.println("Run of 1 April: " + april.assessed().size() + " assessments, " + april.total() + " €");
            FeeRun july = xarxa.fees().assess(2026, LocalDate.of(2026, 7, 1)).orElseThrow();
            out.println("Run of 1 July: " + july.assessed().size() + " new (" + july.alreadyAssessed()
                    + " already assessed), " + july.total() + " €");
            for (FeeRun run : new FeeRun[] {april, july}) {
                for (FeeAssessment a : run.assessed()) {
                    out.println("  " + xarxa.members().find(a.member()).orElseThrow().name() + ": " + a.assessed() + " € ("
                            + a.prorated().owedUnits() + "/" + a.prorated().unitsInYear() + " of " + a.prorated().annualFee()
                            + " €), due " + a.dueOn());
                }
            }

            pay(xarxa, sabadell, "10826.00", LocalDate.of(2026, 5, 20));
            pay(xarxa, vic, "1000.00", LocalDate.of(2026, 6, 15));
            pay(xarxa, osona, "350.00", LocalDate.of(2026, 5, 2));

            xarxa.fees().remindersDue(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 7, 31)).forEach(r -> out.println(
                    "Remind " + xarxa.members().find(r.member()).orElseThrow().name() + " on " + r.on() + " ("
                            + r.daysFromDue() + " days from due): " + r.outstanding() + " €"));

            FeeStatement osonaStatement = xarxa.fees().statement(osona, LocalDate.of(2026, 12, 31));
            out.println("Consell Comarcal d'Osona: paid " + osonaStatement.paid() + " €, credit " + osonaStatement.credit() + " €");

            LocalDate autumn = LocalDate.of(2026, 10, 1);
            for (MemberId id : new MemberId[] {sabadell, vic}) {
                String name = xarxa.members().find(id).orElseThrow().name();
                out.println(name + " on " + autumn + ": " + xarxa.members().rightsOn(id, autumn).orElseThrow());
                xarxa.members().rightsLimitsOn(id, autumn).forEach(r -> out.println("  " + r.message(CATALAN)));
            }

            FeeYearReport report = xarxa.fees().yearReport(2026, autumn);
            out.println("2026 on " + autumn + ": assessed " + report.total().assessed() + " €, collected "
                    + report.total().collected() + " €, outstanding " + report.total().outstanding() + " €");
            report.inArrears().forEach(l -> out.println("  in arrears: " + l.name() + ", " + l.outstanding() + " €, "
                    + l.daysOverdue() + " days"));
            Reason wrong = xarxa.fees().approvePolicy(policy).reasons().get(0);
            out.println("Approving it again: " + wrong.message(CATALAN));
        }
    }

    private static MemberId member(Xarxa xarxa, String ineCode, long inhabitants, LocalDate admittedOn) {
        MemberId id = xarxa.members().apply(new ApplyForMembership(IneCode.parse(ineCode), admittedOn.minusMonths(1)))
                .orElseThrow();
        xarxa.members().admit(new AdmitMember(id, admittedOn, "AG " + admittedOn.getYear() + "-" + admittedOn.getMonthValue()))
                .orElseThrow();
        xarxa.members().recordPopulation(new RecordPopulation(id, 2025, inhabitants, "INE, padró 1/1/2025")).orElseThrow();
        return id;
    }

    private static void pay(Xarxa xarxa, MemberId member, String amount, LocalDate on) {
        FeeAssessment assessment = xarxa.fees().assessmentsOf(member).get(0);
        xarxa.fees().recordPayment(new RecordPayment(assessment.id(), on, Money.read(amount, "EUR"), "TRF " + on)).orElseThrow();
    }
}
