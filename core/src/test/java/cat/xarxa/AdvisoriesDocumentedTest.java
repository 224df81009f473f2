package cat.xarxa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.advisory.Advisory;
import cat.xarxa.advisory.AdvisoryTopics;
import cat.xarxa.advisory.CompleteAdvisory;
import cat.xarxa.advisory.DeliverSession;
import cat.xarxa.advisory.HourBank;
import cat.xarxa.advisory.LedgerEntry;
import cat.xarxa.advisory.MergeAdvisories;
import cat.xarxa.advisory.OpenHourBank;
import cat.xarxa.advisory.RequestAdvisory;
import cat.xarxa.advisory.ScheduleSession;
import cat.xarxa.common.Hours;
import cat.xarxa.common.IneCode;
import cat.xarxa.member.AdmitMember;
import cat.xarxa.member.ApplyForMembership;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.PersonId;
import cat.xarxa.member.RegisterPerson;
import cat.xarxa.memory.MemoryStorageProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The worked example of docs/advisories.md, replayed through the facade, row by row. */
class AdvisoriesDocumentedTest {

    // Ids in the order they are made, so that entries of the same day read back in the order entered.
    private final java.util.concurrent.atomic.AtomicLong nextId = new java.util.concurrent.atomic.AtomicLong();
    private final Xarxa xarxa = Xarxa.builder().storageProvider(new MemoryStorageProvider())
            .ids(() -> new java.util.UUID(0, nextId.incrementAndGet()))
            .clock(Clock.fixed(Instant.parse("2026-12-31T10:00:00Z"), Xarxa.NETWORK_ZONE)).build();

    @AfterEach
    void close() {
        xarxa.close();
    }

    private MemberId council(String ineCode) {
        MemberId id = xarxa.members().apply(new ApplyForMembership(IneCode.parse(ineCode), LocalDate.of(2025, 10, 1)))
                .orElseThrow();
        xarxa.members().admit(new AdmitMember(id, LocalDate.of(2025, 11, 20), "AG 2025-11")).orElseThrow();
        return id;
    }

    @Test
    void threeCouncilsOneJointAdvisoryAndFourHoursChargedAsThePageShows() throws IOException {
        xarxa.advisories().openBank(new OpenHourBank("2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                Hours.of(40), "AG 2026-01", LocalDate.of(2026, 1, 20))).orElseThrow();
        PersonId technician = xarxa.people().register(new RegisterPerson("Tècnica d'ESS")).orElseThrow();
        List<Advisory> asked = new ArrayList<>();
        String[][] requests = {{"081878", "2026-03-02"}, {"081120", "2026-03-09"}, {"082981", "2026-03-16"}};
        for (String[] request : requests) {
            asked.add(xarxa.advisories().request(new RequestAdvisory(council(request[0]), technician,
                    AdvisoryTopics.CARE_POLICIES, null, null, null, LocalDate.parse(request[1]))).orElseThrow());
        }
        Advisory joint = xarxa.advisories().merge(new MergeAdvisories(asked.stream().map(Advisory::id).toList(),
                LocalDate.of(2026, 3, 20))).orElseThrow();
        joint = xarxa.advisories().schedule(new ScheduleSession(joint.id(), LocalDateTime.of(2026, 4, 7, 10, 0),
                LocalDateTime.of(2026, 4, 7, 12, 0), null)).orElseThrow();
        joint = xarxa.advisories().schedule(new ScheduleSession(joint.id(), LocalDateTime.of(2026, 4, 21, 10, 0),
                LocalDateTime.of(2026, 4, 21, 12, 0), null)).orElseThrow();
        xarxa.advisories().deliver(new DeliverSession(joint.id(), joint.sessions().get(0).id(), Hours.of(2), joint.members(),
                LocalDate.of(2026, 4, 7))).orElseThrow();
        xarxa.advisories().deliver(new DeliverSession(joint.id(), joint.sessions().get(1).id(), Hours.of(1, 45),
                joint.members(), LocalDate.of(2026, 4, 21))).orElseThrow();
        xarxa.advisories().complete(new CompleteAdvisory(joint.id(), LocalDate.of(2026, 4, 21))).orElseThrow();

        List<List<String>> shown = CheckedTables.table(Files.readString(Path.of("../docs/advisories.md")), "joint-advisory");
        List<LedgerEntry> ledger = xarxa.advisories().ledger("2026");
        assertEquals(shown.size(), ledger.size());
        HourBank running = HourBank.empty("2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        for (int i = 0; i < ledger.size(); i++) {
            running = running.apply(ledger.get(i)).orElseThrow();
            assertEquals(shown.get(i).subList(1, 6), List.of(ledger.get(i).kind().name(), ledger.get(i).hours().toString(),
                    running.reserved().toString(), running.consumed().toString(), running.available().toString()),
                    shown.get(i).get(0));
        }
        assertEquals(running.withVersion(0), xarxa.advisories().bank("2026").orElseThrow().withVersion(0));
        assertEquals(Hours.of(8), xarxa.advisories().report("2026").savedByMerging());
    }
}
