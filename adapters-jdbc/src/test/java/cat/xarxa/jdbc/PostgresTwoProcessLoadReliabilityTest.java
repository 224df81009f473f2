package cat.xarxa.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.Xarxa;
import cat.xarxa.advisory.EntryKind;
import cat.xarxa.advisory.HourBank;
import cat.xarxa.advisory.LedgerEntry;
import cat.xarxa.advisory.OpenHourBank;
import cat.xarxa.common.Hours;
import cat.xarxa.common.Money;
import cat.xarxa.common.Municipality;
import cat.xarxa.common.Municipalities;
import cat.xarxa.fee.FeeAssessment;
import cat.xarxa.fee.FeePolicy;
import cat.xarxa.fee.FeeStatement;
import cat.xarxa.fee.FeeTerms;
import cat.xarxa.fee.FlatFee;
import cat.xarxa.fee.Payment;
import cat.xarxa.fee.PaymentKind;
import cat.xarxa.member.AdmitMember;
import cat.xarxa.member.ApplyForMembership;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.PersonId;
import cat.xarxa.member.RegisterPerson;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The load from two processes on the same PostgreSQL database, each with its own Xarxa and
 * connections: afterwards the bank agrees with its ledger, no balance is negative, the statements
 * agree with the payments, and the journal holds the events of every accepted command of both.
 */
@RequiresDatabase(variable = PostgresStorageContractTest.URL_VARIABLE, database = "PostgreSQL",
        example = "jdbc:postgresql://127.0.0.1:5432/xarxa_test?user=postgres")
class PostgresTwoProcessLoadReliabilityTest {

    private static final long LOAD_MILLIS = 4_000;

    @Test
    void twoProcessesOnOneDatabaseLeaveTotalsLedgersStatementsAndJournalInAgreement() throws Exception {
        String url = RequiresDatabaseCondition.urlIn(PostgresStorageContractTest.URL_VARIABLE).orElseThrow();
        try (Xarxa xarxa = Xarxa.builder().storage(ServerDatabase.openEmptyStorage(url))
                .clock(ConcurrentLoadReliabilityTest.CLOCK).build()) {
            PersonId technician = xarxa.people().register(new RegisterPerson("Tècnica de càrrega")).orElseThrow();
            List<Municipality> towns = Municipalities.official().all().stream()
                    .filter(town -> town.code().toString().startsWith("17"))
                    .sorted(Comparator.comparing(town -> town.code().toString()))
                    .limit(30)
                    .toList();
            List<MemberId> members = new ArrayList<>();
            for (int i = 0; i < towns.size(); i++) {
                MemberId id = xarxa.members().apply(new ApplyForMembership(towns.get(i).code(), LocalDate.of(2025, 2, 3)))
                        .orElseThrow();
                if (i < 20) {
                    xarxa.members().admit(new AdmitMember(id, LocalDate.of(2025, 4, 22), "AG 2025-04")).orElseThrow();
                }
                members.add(id);
            }
            xarxa.fees().approvePolicy(new FeePolicy(2026, 2025, new FlatFee(Money.euros(1000)), FeeTerms.DEFAULT,
                    LocalDate.of(2026, 3, 20), "AG 2026-03, acord 4")).orElseThrow();
            List<FeeAssessment> assessments = xarxa.fees().assess(2026, LocalDate.of(2026, 4, 1)).orElseThrow().assessed();
            xarxa.advisories().openBank(new OpenHourBank(ConcurrentLoadReliabilityTest.PERIOD, LocalDate.of(2026, 1, 1),
                    LocalDate.of(2026, 12, 31), Hours.of(300), "AG 2026-03, acord 6", LocalDate.of(2026, 3, 20)))
                    .orElseThrow();
            Map<String, Integer> before = journalSizes(xarxa, members, assessments);

            long started = System.nanoTime();
            List<Process> processes = new ArrayList<>();
            for (int p = 0; p < 2; p++) {
                processes.add(new ProcessBuilder(new File(System.getProperty("java.home"), "bin/java").getPath(),
                        "-cp", System.getProperty("java.class.path"), LoadWorkerMain.class.getName(),
                        url, technician.value().toString(), Long.toString(LOAD_MILLIS))
                        .redirectError(ProcessBuilder.Redirect.INHERIT)
                        .start());
            }
            Map<String, Long> tallies = new HashMap<>();
            for (Process process : processes) {
                try (BufferedReader lines = new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = lines.readLine()) != null) {
                        int last = line.lastIndexOf(' ');
                        tallies.merge(line.substring(0, last), Long.parseLong(line.substring(last + 1)), Long::sum);
                    }
                }
                assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the load process ends");
                assertEquals(0, process.exitValue(), "the load process exit code");
            }
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            System.out.println("[reliability] PostgreSQL, 2 processes x 2 threads: commands="
                    + tallies.getOrDefault("count commands", 0L) + " accepted=" + tallies.getOrDefault("count accepted", 0L)
                    + " refused=" + tallies.getOrDefault("count refused", 0L)
                    + " conflictsEscaped=" + tallies.getOrDefault("count conflicts", 0L)
                    + " otherFailures=" + tallies.getOrDefault("count failures", 0L) + " durationMs=" + millis);

            assertEquals(0L, tallies.getOrDefault("count failures", 0L), "commands failed");
            assertTrue(tallies.getOrDefault("count accepted", 0L) > 0, "some commands accepted");

            HourBank bank = xarxa.advisories().bank(ConcurrentLoadReliabilityTest.PERIOD).orElseThrow();
            List<LedgerEntry> ledger = xarxa.advisories().ledger(ConcurrentLoadReliabilityTest.PERIOD);
            Map<EntryKind, Long> minutes = new HashMap<>();
            ledger.forEach(entry -> minutes.merge(entry.kind(), entry.hours().toMinutes(), Long::sum));
            long consumed = minutes.getOrDefault(EntryKind.CONSUMPTION, 0L);
            assertEquals(minutes.getOrDefault(EntryKind.GRANT, 0L) + minutes.getOrDefault(EntryKind.ENLARGEMENT, 0L),
                    bank.granted().toMinutes(), "granted as the ledger sums it");
            assertEquals(minutes.getOrDefault(EntryKind.RESERVATION, 0L) - minutes.getOrDefault(EntryKind.RELEASE, 0L)
                    - consumed, bank.reserved().toMinutes(), "reserved as the ledger sums it");
            assertEquals(consumed, bank.consumed().toMinutes(), "consumed as the ledger sums it");
            assertTrue(bank.available().toMinutes() >= 0, () -> "available hours not negative: " + bank.available());
            assertEquals(ledger.size(), xarxa.history(HourBank.AGGREGATE_TYPE, ConcurrentLoadReliabilityTest.PERIOD).size(),
                    "journal entries of the hour bank, one per ledger entry");

            for (FeeAssessment fee : assessments) {
                List<Payment> payments = xarxa.fees().paymentsOf(fee.member()).stream()
                        .filter(payment -> payment.assessment().equals(fee.id())).toList();
                assertEquals(tallies.getOrDefault("paid " + fee.id(), 0L), (long) payments.size(),
                        () -> "payments stored for " + fee.member());
                Money paid = payments.stream().filter(payment -> payment.kind() == PaymentKind.PAYMENT)
                        .map(Payment::amount).reduce(Money.ZERO, Money::plus);
                FeeStatement statement = xarxa.fees().statement(fee.member(), LocalDate.of(2026, 6, 1));
                assertEquals(paid, statement.paid(), () -> "paid by " + fee.member());
                assertEquals(fee.assessed(), statement.assessed(), () -> "assessed to " + fee.member());
            }

            Map<String, Integer> after = journalSizes(xarxa, members, assessments);
            for (Map.Entry<String, Integer> entry : after.entrySet()) {
                long expected = before.get(entry.getKey()) + tallies.getOrDefault("event " + entry.getKey(), 0L);
                assertEquals(expected, (long) entry.getValue(), () -> "journal entries of " + entry.getKey());
            }
        }
    }

    private static Map<String, Integer> journalSizes(Xarxa xarxa, List<MemberId> members,
                                                     List<FeeAssessment> assessments) {
        Map<String, Integer> sizes = new HashMap<>();
        for (MemberId member : members) {
            sizes.put("member/" + member, xarxa.history("member", member.toString()).size());
        }
        for (FeeAssessment fee : assessments) {
            sizes.put(FeeAssessment.AGGREGATE_TYPE + "/" + fee.id(),
                    xarxa.history(FeeAssessment.AGGREGATE_TYPE, fee.id().toString()).size());
        }
        return sizes;
    }
}
