package cat.xarxa.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.Xarxa;
import cat.xarxa.advisory.AdjustReservation;
import cat.xarxa.advisory.AdvisoryId;
import cat.xarxa.advisory.AdvisoryTopics;
import cat.xarxa.advisory.CancelAdvisory;
import cat.xarxa.advisory.HourBank;
import cat.xarxa.advisory.HourBankReport;
import cat.xarxa.advisory.LedgerEntry;
import cat.xarxa.advisory.OpenHourBank;
import cat.xarxa.advisory.RequestAdvisory;
import cat.xarxa.common.ConcurrentUpdateException;
import cat.xarxa.common.Decision;
import cat.xarxa.common.DomainEvent;
import cat.xarxa.common.Hours;
import cat.xarxa.common.Money;
import cat.xarxa.common.Municipality;
import cat.xarxa.common.Municipalities;
import cat.xarxa.fee.FeeAssessment;
import cat.xarxa.fee.FeePolicy;
import cat.xarxa.fee.FeeRun;
import cat.xarxa.fee.FeeStatement;
import cat.xarxa.fee.FeeTerms;
import cat.xarxa.fee.FlatFee;
import cat.xarxa.fee.Payment;
import cat.xarxa.fee.PaymentKind;
import cat.xarxa.fee.RecordPayment;
import cat.xarxa.member.AdmitMember;
import cat.xarxa.member.ApplyForMembership;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.PersonId;
import cat.xarxa.member.RegisterPerson;
import cat.xarxa.spi.Storage;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Several threads sharing one {@link Xarxa} on one database for a few seconds: advisory requests
 * that reserve hours of the same bank, cancellations and adjustments, fee payments and
 * admissions, at random. Afterwards the bank must agree with its ledger, no balance may be
 * negative, every fee statement must agree with its assessments and payments, and the journal
 * must hold exactly the events of the accepted commands. Run on every database the adapter
 * supports.
 */
abstract class ConcurrentLoadReliabilityTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), Xarxa.NETWORK_ZONE);
    static final String PERIOD = "2026";
    private static final LocalDate APPLIED = LocalDate.of(2025, 2, 3);
    private static final LocalDate ADMITTED = LocalDate.of(2025, 4, 22);
    private static final LocalDate RUN_ON = LocalDate.of(2026, 4, 1);
    private static final LocalDate PAID_ON = LocalDate.of(2026, 5, 4);
    private static final LocalDate ASKED = LocalDate.of(2026, 6, 1);
    private static final LocalDate STATEMENT_ON = LocalDate.of(2026, 6, 1);
    private static final int ADMITTED_COUNCILS = 20;
    private static final int PENDING_COUNCILS = 10;
    private static final long GRANTED_HOURS = 300;
    private static final int THREADS = 4;
    private static final int COMMANDS_PER_THREAD = 400;
    private static final long LOAD_MILLIS = 5_000;
    private static final List<String> TOPICS = List.of(AdvisoryTopics.CARE_POLICIES, AdvisoryTopics.HOUSING_COOPERATIVES);

    /** A Xarxa on an empty, migrated database of this kind, with the given clock. */
    protected abstract Storage openEmptyStorage();

    /** The database, as the figures printed name it. */
    protected abstract String databaseName();

    private final AtomicLong commands = new AtomicLong();
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong conflicts = new AtomicLong();
    private final ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    /** The events of every accepted command, by aggregate type and id. */
    private final Map<String, AtomicLong> journaled = new ConcurrentHashMap<>();
    /** Accepted payments by assessment. */
    private final Map<String, AtomicLong> paymentsAccepted = new ConcurrentHashMap<>();

    @Test
    void concurrentCommandsLeaveTotalsLedgersStatementsAndJournalInAgreement() throws Exception {
        try (Xarxa xarxa = Xarxa.builder().storage(openEmptyStorage()).clock(CLOCK).build()) {
            PersonId technician = xarxa.people().register(new RegisterPerson("Tècnica de càrrega")).orElseThrow();
            List<Municipality> towns = Municipalities.official().all().stream()
                    .filter(town -> town.code().toString().startsWith("08"))
                    .sorted(Comparator.comparing(town -> town.code().toString()))
                    .limit(ADMITTED_COUNCILS + PENDING_COUNCILS)
                    .toList();
            List<MemberId> members = new ArrayList<>();
            ConcurrentLinkedQueue<MemberId> pending = new ConcurrentLinkedQueue<>();
            for (int i = 0; i < towns.size(); i++) {
                MemberId id = xarxa.members().apply(new ApplyForMembership(towns.get(i).code(), APPLIED)).orElseThrow();
                if (i < ADMITTED_COUNCILS) {
                    xarxa.members().admit(new AdmitMember(id, ADMITTED, "AG 2025-04")).orElseThrow();
                    members.add(id);
                } else {
                    pending.add(id);
                }
            }
            xarxa.fees().approvePolicy(new FeePolicy(2026, 2025, new FlatFee(Money.euros(1000)), FeeTerms.DEFAULT,
                    LocalDate.of(2026, 3, 20), "AG 2026-03, acord 4")).orElseThrow();
            FeeRun run = xarxa.fees().assess(2026, RUN_ON).orElseThrow();
            List<FeeAssessment> assessments = run.assessed();
            xarxa.advisories().openBank(new OpenHourBank(PERIOD, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                    Hours.of(GRANTED_HOURS), "AG 2026-03, acord 6", LocalDate.of(2026, 3, 20))).orElseThrow();
            List<MemberId> everyMember = new ArrayList<>(members);
            everyMember.addAll(pending);
            Map<String, Integer> journalBefore = journalSizes(xarxa, everyMember, assessments);
            List<AdvisoryId> requested = java.util.Collections.synchronizedList(new ArrayList<>());

            long started = System.nanoTime();
            long deadline = started + TimeUnit.MILLISECONDS.toNanos(LOAD_MILLIS);
            ExecutorService threads = Executors.newFixedThreadPool(THREADS);
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                running.add(threads.submit(() -> {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    for (int c = 0; c < COMMANDS_PER_THREAD && System.nanoTime() < deadline; c++) {
                        int pick = random.nextInt(100);
                        if (pick < 40) {
                            MemberId member = members.get(random.nextInt(members.size()));
                            String topic = TOPICS.get(random.nextInt(TOPICS.size()));
                            run(() -> xarxa.advisories().request(new RequestAdvisory(member, technician, topic,
                                    "Volem un pla local", null, null, ASKED)), advisory -> requested.add(advisory.id()));
                        } else if (pick < 55) {
                            AdvisoryId advisory = any(requested, random);
                            if (advisory != null) {
                                run(() -> xarxa.advisories().cancel(new CancelAdvisory(advisory, "Ja no cal", ASKED)),
                                        done -> { });
                            }
                        } else if (pick < 65) {
                            AdvisoryId advisory = any(requested, random);
                            if (advisory != null) {
                                run(() -> xarxa.advisories().adjust(new AdjustReservation(advisory, Hours.of(1),
                                        "Una hora més", ASKED)), done -> { });
                            }
                        } else if (pick < 95) {
                            FeeAssessment fee = assessments.get(random.nextInt(assessments.size()));
                            run(() -> xarxa.fees().recordPayment(new RecordPayment(fee.id(), PAID_ON,
                                    Money.euros(random.nextInt(1, 60)), "TRF " + random.nextInt(1_000_000))),
                                    payment -> paymentsAccepted.computeIfAbsent(fee.id().toString(),
                                            key -> new AtomicLong()).incrementAndGet());
                        } else {
                            MemberId candidate = pending.poll();
                            if (candidate != null) {
                                run(() -> xarxa.members().admit(new AdmitMember(candidate, ASKED, "AG 2026-06")),
                                        done -> { });
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> thread : running) {
                thread.get(2, TimeUnit.MINUTES);
            }
            threads.shutdown();
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

            System.out.println("[reliability] " + databaseName() + ": threads=" + THREADS + " commands=" + commands
                    + " accepted=" + accepted + " refused=" + refused + " conflictsEscaped=" + conflicts
                    + " otherFailures=" + failures.size() + " durationMs=" + millis
                    + " commandsPerSecond=" + (millis == 0 ? 0 : commands.get() * 1000 / millis));

            assertTrue(failures.isEmpty(), () -> "commands failed: " + failures);
            assertTrue(accepted.get() > 0, "some commands accepted");
            assertBankAgreesWithItsLedger(xarxa);
            assertStatementsAgreeWithPayments(xarxa, assessments);
            assertJournalHoldsTheAcceptedEvents(xarxa, everyMember, assessments, journalBefore);
        }
    }

    private static AdvisoryId any(List<AdvisoryId> requested, ThreadLocalRandom random) {
        synchronized (requested) {
            return requested.isEmpty() ? null : requested.get(random.nextInt(requested.size()));
        }
    }

    private <T> void run(Supplier<Decision<T>> command, java.util.function.Consumer<T> onAccepted) {
        commands.incrementAndGet();
        try {
            Decision<T> decision = command.get();
            if (decision.isAccepted()) {
                accepted.incrementAndGet();
                for (DomainEvent event : decision.events()) {
                    journaled.computeIfAbsent(event.aggregateType() + "/" + event.aggregateId(), key -> new AtomicLong())
                            .incrementAndGet();
                }
                onAccepted.accept(decision.orElseThrow());
            } else {
                refused.incrementAndGet();
            }
        } catch (ConcurrentUpdateException e) {
            // Nothing of it was stored: a caller would read again and try again.
            conflicts.incrementAndGet();
        } catch (RuntimeException | Error e) {
            failures.add(e);
        }
    }

    private static void assertBankAgreesWithItsLedger(Xarxa xarxa) {
        HourBank bank = xarxa.advisories().bank(PERIOD).orElseThrow();
        Map<cat.xarxa.advisory.EntryKind, Long> minutes = new HashMap<>();
        for (LedgerEntry entry : xarxa.advisories().ledger(PERIOD)) {
            minutes.merge(entry.kind(), entry.hours().toMinutes(), Long::sum);
        }
        long granted = minutes.getOrDefault(cat.xarxa.advisory.EntryKind.GRANT, 0L)
                + minutes.getOrDefault(cat.xarxa.advisory.EntryKind.ENLARGEMENT, 0L);
        long consumed = minutes.getOrDefault(cat.xarxa.advisory.EntryKind.CONSUMPTION, 0L);
        long reserved = minutes.getOrDefault(cat.xarxa.advisory.EntryKind.RESERVATION, 0L)
                - minutes.getOrDefault(cat.xarxa.advisory.EntryKind.RELEASE, 0L) - consumed;
        long expired = minutes.getOrDefault(cat.xarxa.advisory.EntryKind.EXPIRY, 0L);
        assertEquals(granted, bank.granted().toMinutes(), "granted as the ledger sums it");
        assertEquals(reserved, bank.reserved().toMinutes(), "reserved as the ledger sums it");
        assertEquals(consumed, bank.consumed().toMinutes(), "consumed as the ledger sums it");
        assertEquals(expired, bank.expired().toMinutes(), "expired as the ledger sums it");
        assertTrue(bank.available().toMinutes() >= 0, () -> "available hours not negative: " + bank.available());
        assertTrue(reserved >= 0, "reserved hours not negative");
        HourBankReport report = xarxa.advisories().report(PERIOD);
        assertEquals(bank.available(), report.available(), "the report agrees with the bank");
    }

    private void assertStatementsAgreeWithPayments(Xarxa xarxa, List<FeeAssessment> assessments) {
        for (FeeAssessment fee : assessments) {
            List<Payment> payments = xarxa.fees().paymentsOf(fee.member()).stream()
                    .filter(payment -> payment.assessment().equals(fee.id()))
                    .toList();
            long expected = paymentsAccepted.getOrDefault(fee.id().toString(), new AtomicLong()).get();
            assertEquals(expected, payments.size(), () -> "payments stored for " + fee.member());
            Money paid = payments.stream().filter(payment -> payment.kind() == PaymentKind.PAYMENT)
                    .map(Payment::amount).reduce(Money.ZERO, Money::plus);
            Money assessed = xarxa.fees().assessmentsOf(fee.member()).stream()
                    .map(FeeAssessment::assessed).reduce(Money.ZERO, Money::plus);
            FeeStatement statement = xarxa.fees().statement(fee.member(), STATEMENT_ON);
            assertEquals(paid, statement.paid(), () -> "paid by " + fee.member());
            assertEquals(assessed, statement.assessed(), () -> "assessed to " + fee.member());
            assertEquals(assessed.minus(paid).plus(statement.refunded()), statement.balance(),
                    () -> "balance of " + fee.member());
        }
    }

    private void assertJournalHoldsTheAcceptedEvents(Xarxa xarxa, List<MemberId> members,
                                                     List<FeeAssessment> assessments, Map<String, Integer> before) {
        Map<String, Integer> after = new HashMap<>(journalSizes(xarxa, members, assessments));
        for (String key : journaled.keySet()) {
            if (!after.containsKey(key)) {
                String[] typeAndId = key.split("/", 2);
                after.put(key, xarxa.history(typeAndId[0], typeAndId[1]).size());
            }
        }
        // The bank's entries are journaled by the service under the bank, one per ledger entry.
        String bank = HourBank.AGGREGATE_TYPE + "/" + PERIOD;
        assertEquals(xarxa.advisories().ledger(PERIOD).size(), (long) after.remove(bank),
                "journal entries of the hour bank, one per ledger entry");
        for (Map.Entry<String, Integer> entry : after.entrySet()) {
            long expected = before.getOrDefault(entry.getKey(), 0)
                    + journaled.getOrDefault(entry.getKey(), new AtomicLong()).get();
            assertEquals(expected, (long) entry.getValue(), () -> "journal entries of " + entry.getKey());
        }
    }

    private static Map<String, Integer> journalSizes(Xarxa xarxa, List<MemberId> members,
                                                     List<FeeAssessment> assessments) {
        Map<String, Integer> sizes = new HashMap<>();
        sizes.put(HourBank.AGGREGATE_TYPE + "/" + PERIOD, xarxa.history(HourBank.AGGREGATE_TYPE, PERIOD).size());
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
