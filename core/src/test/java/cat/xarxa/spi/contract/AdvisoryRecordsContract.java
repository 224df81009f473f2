package cat.xarxa.spi.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.Xarxa;
import cat.xarxa.advisory.Advisory;
import cat.xarxa.advisory.AdvisoryId;
import cat.xarxa.advisory.AdvisoryPackage;
import cat.xarxa.advisory.AdvisoryProduct;
import cat.xarxa.advisory.AdvisoryRequest;
import cat.xarxa.advisory.AdvisoryStatus;
import cat.xarxa.advisory.EntryCause;
import cat.xarxa.advisory.EntryId;
import cat.xarxa.advisory.EntryKind;
import cat.xarxa.advisory.HourBank;
import cat.xarxa.advisory.LedgerEntry;
import cat.xarxa.advisory.OpenHourBank;
import cat.xarxa.advisory.ProductId;
import cat.xarxa.advisory.ProductKind;
import cat.xarxa.advisory.Provider;
import cat.xarxa.advisory.RequestAdvisory;
import cat.xarxa.advisory.RequestId;
import cat.xarxa.advisory.Session;
import cat.xarxa.advisory.SessionId;
import cat.xarxa.advisory.SessionStatus;
import cat.xarxa.common.ConcurrentUpdateException;
import cat.xarxa.common.Decision;
import cat.xarxa.common.Hours;
import cat.xarxa.common.IneCode;
import cat.xarxa.common.MeetingFormat;
import cat.xarxa.member.AdmitMember;
import cat.xarxa.member.ApplyForMembership;
import cat.xarxa.member.Member;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.PersonId;
import cat.xarxa.member.RegisterPerson;
import cat.xarxa.partner.PartnerId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What every storage must do with hour banks, their ledgers, advisories and their materials.
 * {@link StorageContract} extends it through {@link FeeRecordsContract}.
 */
public abstract class AdvisoryRecordsContract extends FeeRecordsContract {

    private static final LocalDate JAN = LocalDate.of(2026, 1, 1);
    private static final LocalDate DEC = LocalDate.of(2026, 12, 31);

    private static LedgerEntry anEntry(String period, EntryKind kind, long minutes, LocalDate on, AdvisoryId advisory) {
        return new LedgerEntry(new EntryId(UUID.randomUUID()), period, kind, EntryCause.DECISION, Hours.ofMinutes(minutes), on,
                "secretaria@xarxa.cat", "CE 2026-05, acord 2 «bossa»", advisory, advisory == null ? null : new SessionId(UUID.randomUUID()));
    }

    private static Advisory anAdvisory(String period, Member... councils) {
        List<AdvisoryRequest> requests = new ArrayList<>();
        for (Member council : councils) {
            requests.add(new AdvisoryRequest(new RequestId(UUID.randomUUID()), council.id(), new PersonId(UUID.randomUUID()),
                    "care-policies", "Necessitem un pla de cures\namb «cometes»", MeetingFormat.VIRTUAL, AdvisoryPackage.DEFAULT,
                    LocalDate.of(2026, 3, 2)));
        }
        Session delivered = new Session(new SessionId(UUID.randomUUID()), LocalDateTime.of(2026, 4, 7, 10, 0),
                LocalDateTime.of(2026, 4, 7, 12, 0), MeetingFormat.HYBRID, SessionStatus.DELIVERED, Hours.of(2, 15),
                List.of(councils[0].id()));
        Session planned = new Session(new SessionId(UUID.randomUUID()), LocalDateTime.of(2026, 4, 21, 10, 0),
                LocalDateTime.of(2026, 4, 21, 11, 45), MeetingFormat.VIRTUAL, SessionStatus.PLANNED, Hours.ZERO, List.of());
        return new Advisory(new AdvisoryId(UUID.randomUUID()), period, "care-policies", AdvisoryPackage.DEFAULT, requests,
                Provider.partner(new PartnerId(UUID.randomUUID())), new PartnerId(UUID.randomUUID()),
                List.of(delivered, planned), AdvisoryStatus.SCHEDULED, null, Hours.of(1, 45), Hours.of(2, 15), 0);
    }

    @Test
    void aBankReadsBackWithItsTotalsAndAStaleVersionChangesNothing() {
        HourBank bank = new HourBank("2026", JAN, DEC, Hours.of(120), Hours.of(8), Hours.of(10, 30), Hours.ZERO, 0);
        storage.transaction(tx -> tx.advisories().save(bank));
        HourBank enlarged = new HourBank("2026", JAN, DEC, Hours.of(160), Hours.of(8), Hours.of(10, 30), Hours.ZERO, 1);

        assertEquals(2L, (long) storage.transaction(tx -> tx.advisories().save(enlarged)));
        assertThrows(ConcurrentUpdateException.class, () -> storage.transaction(tx -> tx.advisories().save(enlarged)));
        assertEquals(Optional.of(enlarged.withVersion(2)), storage.transaction(tx -> tx.advisories().bank("2026")));
        assertEquals(List.of("2026"), storage.transaction(tx -> {
            try (Stream<HourBank> banks = tx.advisories().banks()) {
                return banks.map(HourBank::period).toList();
            }
        }));
    }

    @Test
    void twoUnitsOfWorkSavingTheSameBankVersionCannotBothWin() {
        HourBank bank = HourBank.empty("2026", JAN, DEC);
        storage.transaction(tx -> tx.advisories().save(bank));
        HourBank first = new HourBank("2026", JAN, DEC, Hours.of(10), Hours.ZERO, Hours.ZERO, Hours.ZERO, 1);
        HourBank second = new HourBank("2026", JAN, DEC, Hours.of(20), Hours.ZERO, Hours.ZERO, Hours.ZERO, 1);

        assertThrows(ConcurrentUpdateException.class, () -> storage.transaction(outer -> {
            assertEquals(1L, outer.advisories().bank("2026").orElseThrow().version());
            storage.transaction(inner -> inner.advisories().save(second));
            return outer.advisories().save(first);
        }));

        assertEquals(Hours.of(20), storage.transaction(tx -> tx.advisories().bank("2026")).orElseThrow().granted());
    }

    @Test
    void theLedgerKeepsEveryEntryByDateAndNeverTwice() {
        storage.transaction(tx -> tx.advisories().save(HourBank.empty("2026", JAN, DEC)));
        LedgerEntry grant = anEntry("2026", EntryKind.GRANT, 120 * 60, LocalDate.of(2026, 1, 15), null);
        LedgerEntry reservation = anEntry("2026", EntryKind.RESERVATION, 4 * 60, LocalDate.of(2026, 3, 2),
                new AdvisoryId(UUID.randomUUID()));
        LedgerEntry other = anEntry("2027", EntryKind.GRANT, 60, LocalDate.of(2027, 1, 2), null);
        storage.transaction(tx -> {
            tx.advisories().save(HourBank.empty("2027", JAN.plusYears(1), DEC.plusYears(1)));
            tx.advisories().add(reservation);
            tx.advisories().add(grant);
            tx.advisories().add(other);
            assertEquals(2, tx.advisories().ledger("2026").size());
            return null;
        });

        assertEquals(List.of(grant, reservation), storage.transaction(tx -> tx.advisories().ledger("2026")));
        List<LedgerEntry> byId = new ArrayList<>(List.of(grant, reservation, other));
        byId.sort(Comparator.comparing(e -> e.id().toString()));
        assertEquals(byId, storage.transaction(tx -> {
            try (Stream<LedgerEntry> all = tx.advisories().entries()) {
                return all.toList();
            }
        }));
        assertThrows(ConcurrentUpdateException.class, () -> storage.transaction(tx -> {
            tx.advisories().add(grant);
            return tx.advisories().ledger("2026");
        }));
    }

    @Test
    void anAdvisoryReadsBackWithItsRequestsSessionsAndProvidersInOrder() {
        Member sabadell = aPendingMember(SABADELL, "Sabadell");
        Member manlleu = aPendingMember(MANLLEU, "Manlleu");
        Advisory joint = anAdvisory("2026", sabadell, manlleu);
        storage.transaction(tx -> tx.members().save(sabadell) + tx.members().save(manlleu)
                + tx.advisories().save(HourBank.empty("2026", JAN, DEC)) + tx.advisories().save(joint));

        assertEquals(Optional.of(joint.withVersion(1)), storage.transaction(tx -> tx.advisories().advisory(joint.id())));
        assertEquals(List.of(joint.withVersion(1)), storage.transaction(tx -> tx.advisories().advisoriesIn("2026")));
        assertEquals(List.of(), storage.transaction(tx -> tx.advisories().advisoriesIn("2027")));
    }

    @Test
    void aRequestMovesBetweenAdvisoriesInOneUnitOfWorkAndAStaleAdvisoryChangesNothing() {
        Member sabadell = aPendingMember(SABADELL, "Sabadell");
        Member manlleu = aPendingMember(MANLLEU, "Manlleu");
        Advisory first = anAdvisory("2026", sabadell);
        Advisory second = anAdvisory("2026", manlleu);
        storage.transaction(tx -> tx.members().save(sabadell) + tx.members().save(manlleu)
                + tx.advisories().save(HourBank.empty("2026", JAN, DEC)) + tx.advisories().save(first)
                + tx.advisories().save(second));
        Advisory merged = new Advisory(first.id(), "2026", first.topic(), first.pkg(),
                List.of(first.requests().get(0), second.requests().get(0)), Provider.SECRETARIAT, null, List.of(),
                AdvisoryStatus.OPEN, null, Hours.of(4), Hours.ZERO, 1);
        Advisory emptied = second.withVersion(1).mergedInto(first.id());

        storage.transaction(tx -> tx.advisories().save(emptied) + tx.advisories().save(merged));

        assertEquals(Optional.of(merged.withVersion(2)), storage.transaction(tx -> tx.advisories().advisory(first.id())));
        assertEquals(Optional.of(emptied.withVersion(2)), storage.transaction(tx -> tx.advisories().advisory(second.id())));
        assertThrows(ConcurrentUpdateException.class, () -> storage.transaction(tx -> tx.advisories().save(merged)));
    }

    @Test
    void aProductReadsBackAndIsPublishedOnce() {
        Member sabadell = aPendingMember(SABADELL, "Sabadell");
        Advisory advisory = anAdvisory("2026", sabadell);
        AdvisoryProduct product = new AdvisoryProduct(new ProductId(UUID.randomUUID()), advisory.id(), "care-policies",
                ProductKind.QUESTIONS, "Preguntes freqüents sobre plans de cures", "Línia 1\nLínia 2", "https://xarxa.cat/q",
                false, 0);
        storage.transaction(tx -> tx.members().save(sabadell) + tx.advisories().save(HourBank.empty("2026", JAN, DEC))
                + tx.advisories().save(advisory) + tx.advisories().save(product));

        assertEquals(2L, (long) storage.transaction(tx -> tx.advisories().save(product.withVersion(1).publishedVersion())));
        assertThrows(ConcurrentUpdateException.class, () -> storage.transaction(tx ->
                tx.advisories().save(product.withVersion(1).publishedVersion())));
        assertEquals(List.of(product.publishedVersion().withVersion(2)), storage.transaction(tx -> {
            try (Stream<AdvisoryProduct> all = tx.advisories().products()) {
                return all.toList();
            }
        }));
    }

    /**
     * Eight threads reserving on one bank at once through the facade: exactly as many requests
     * succeed as fit, the balance never goes below zero, and the ledger adds up to the bank.
     */
    @Test
    void eightThreadsReservingOnOneBankGetExactlyWhatFitsAndTheLedgerAddsUp() throws Exception {
        Xarxa xarxa = Xarxa.builder().storage(storage).discoverListeners(false)
                .clock(Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), Xarxa.NETWORK_ZONE)).build();
        MemberId council = xarxa.members().apply(new ApplyForMembership(IneCode.parse(SABADELL), LocalDate.of(2026, 1, 5)))
                .orElseThrow();
        xarxa.members().admit(new AdmitMember(council, LocalDate.of(2026, 1, 20), "AG 2026-01")).orElseThrow();
        PersonId technician = xarxa.people().register(new RegisterPerson("Tècnica d'ESS")).orElseThrow();
        xarxa.advisories().openBank(new OpenHourBank("2026", JAN, DEC, Hours.of(40), "AG 2026-01, acord 3",
                LocalDate.of(2026, 1, 20))).orElseThrow();
        int threads = 8;
        int attemptsEach = 3;

        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < threads * attemptsEach; i++) {
                Callable<Boolean> request = () -> xarxa.advisories().request(new RequestAdvisory(council, technician,
                        "care-policies", null, null, null, LocalDate.of(2026, 3, 2))).isAccepted();
                outcomes.add(pool.submit(request));
            }
            int accepted = 0;
            for (Future<Boolean> outcome : outcomes) {
                accepted += outcome.get() ? 1 : 0;
            }

            assertEquals(10, accepted, "40 hours hold exactly ten packages of four");
            HourBank bank = xarxa.advisories().bank("2026").orElseThrow();
            assertEquals(Hours.of(40), bank.reserved());
            assertEquals(Hours.ZERO, bank.available());
            List<LedgerEntry> ledger = xarxa.advisories().ledger("2026");
            long reservedMinutes = ledger.stream().filter(e -> e.kind() == EntryKind.RESERVATION)
                    .mapToLong(e -> e.hours().toMinutes()).sum();
            assertEquals(bank.reserved().toMinutes(), reservedMinutes);
            assertEquals(11, ledger.size());
        } finally {
            pool.shutdownNow();
        }
        assertTrue(xarxa.advisories().request(new RequestAdvisory(council, technician, "care-policies", null, null, null,
                LocalDate.of(2026, 3, 2))).isRejected());
    }
}
