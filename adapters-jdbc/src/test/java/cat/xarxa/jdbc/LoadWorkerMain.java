package cat.xarxa.jdbc;

import cat.xarxa.Xarxa;
import cat.xarxa.advisory.AdvisoryId;
import cat.xarxa.advisory.AdvisoryTopics;
import cat.xarxa.advisory.CancelAdvisory;
import cat.xarxa.advisory.RequestAdvisory;
import cat.xarxa.common.ConcurrentUpdateException;
import cat.xarxa.common.Decision;
import cat.xarxa.common.DomainEvent;
import cat.xarxa.common.Money;
import cat.xarxa.fee.FeeAssessment;
import cat.xarxa.fee.RecordPayment;
import cat.xarxa.member.AdmitMember;
import cat.xarxa.member.Member;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.MemberStatus;
import cat.xarxa.member.PersonId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One process of the load from several processes: opens Xarxa on the database at the URL given,
 * runs random commands from two threads for the time given, and prints what was accepted, one
 * {@code name key count} a line, for the test that started it to add up.
 */
public final class LoadWorkerMain {

    private final Map<String, AtomicLong> tallies = new ConcurrentHashMap<>();

    public static void main(String[] args) throws Exception {
        new LoadWorkerMain().run(args[0], new PersonId(UUID.fromString(args[1])), Long.parseLong(args[2]));
    }

    private void run(String url, PersonId technician, long millis) throws Exception {
        try (Xarxa xarxa = Xarxa.builder()
                .setting(JdbcStorageProvider.URL, url)
                .setting(JdbcStorageProvider.MIGRATE, "false")
                .clock(ConcurrentLoadReliabilityTest.CLOCK)
                .build()) {
            List<MemberId> members = new ArrayList<>();
            List<MemberId> pending = new ArrayList<>();
            List<FeeAssessment> assessments = new ArrayList<>();
            for (Member member : xarxa.members().list()) {
                (member.status() == MemberStatus.MEMBER ? members : pending).add(member.id());
                assessments.addAll(xarxa.fees().assessmentsOf(member.id()));
            }
            List<AdvisoryId> requested = Collections.synchronizedList(new ArrayList<>());
            long deadline = System.nanoTime() + millis * 1_000_000;
            Thread[] threads = new Thread[2];
            for (int t = 0; t < threads.length; t++) {
                threads[t] = new Thread(() -> {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    while (System.nanoTime() < deadline) {
                        int pick = random.nextInt(100);
                        if (pick < 45) {
                            MemberId member = members.get(random.nextInt(members.size()));
                            command(() -> xarxa.advisories().request(new RequestAdvisory(member, technician,
                                    AdvisoryTopics.CARE_POLICIES, "Volem un pla local", null, null,
                                    LocalDate.of(2026, 6, 1))), advisory -> requested.add(advisory.id()));
                        } else if (pick < 60) {
                            AdvisoryId advisory;
                            synchronized (requested) {
                                advisory = requested.isEmpty() ? null : requested.get(random.nextInt(requested.size()));
                            }
                            if (advisory != null) {
                                command(() -> xarxa.advisories().cancel(new CancelAdvisory(advisory, "Ja no cal",
                                        LocalDate.of(2026, 6, 1))), done -> { });
                            }
                        } else if (pick < 95) {
                            FeeAssessment fee = assessments.get(random.nextInt(assessments.size()));
                            command(() -> xarxa.fees().recordPayment(new RecordPayment(fee.id(), LocalDate.of(2026, 5, 4),
                                    Money.euros(random.nextInt(1, 60)), "TRF " + random.nextInt(1_000_000))),
                                    payment -> add("paid", fee.id().toString()));
                        } else {
                            MemberId candidate = pending.get(random.nextInt(pending.size()));
                            command(() -> xarxa.members().admit(new AdmitMember(candidate, LocalDate.of(2026, 6, 1),
                                    "AG 2026-06")), done -> { });
                        }
                    }
                });
                threads[t].start();
            }
            for (Thread thread : threads) {
                thread.join();
            }
        }
        tallies.forEach((key, count) -> System.out.println(key + " " + count));
        System.out.flush();
    }

    private void add(String name, String key) {
        tallies.computeIfAbsent(name + " " + key, k -> new AtomicLong()).incrementAndGet();
    }

    private <T> void command(Supplier<Decision<T>> command, Consumer<T> onAccepted) {
        add("count", "commands");
        try {
            Decision<T> decision = command.get();
            if (decision.isAccepted()) {
                add("count", "accepted");
                for (DomainEvent event : decision.events()) {
                    add("event", event.aggregateType() + "/" + event.aggregateId());
                }
                onAccepted.accept(decision.orElseThrow());
            } else {
                add("count", "refused");
            }
        } catch (ConcurrentUpdateException e) {
            add("count", "conflicts");
        } catch (RuntimeException | Error e) {
            add("count", "failures");
            e.printStackTrace();
        }
    }
}
