package cat.xarxa;

import static cat.xarxa.ReasonAssertions.assertExplainedInEachLanguage;
import static cat.xarxa.ReasonAssertions.assertRefusedFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.advisory.AddProduct;
import cat.xarxa.advisory.AdjustReservation;
import cat.xarxa.advisory.Advisory;
import cat.xarxa.advisory.AdvisoryId;
import cat.xarxa.advisory.AdvisoryPackage;
import cat.xarxa.advisory.AdvisoryProduct;
import cat.xarxa.advisory.AdvisoryStatus;
import cat.xarxa.advisory.AdvisoryTopics;
import cat.xarxa.advisory.AssignProvider;
import cat.xarxa.advisory.CancelAdvisory;
import cat.xarxa.advisory.CancelSession;
import cat.xarxa.advisory.CompleteAdvisory;
import cat.xarxa.advisory.DeliverSession;
import cat.xarxa.advisory.EnlargeHourBank;
import cat.xarxa.advisory.EntryCause;
import cat.xarxa.advisory.EntryKind;
import cat.xarxa.advisory.ExpireHourBank;
import cat.xarxa.advisory.HourBank;
import cat.xarxa.advisory.HourBankReport;
import cat.xarxa.advisory.LedgerEntry;
import cat.xarxa.advisory.MergeAdvisories;
import cat.xarxa.advisory.MergeSuggestion;
import cat.xarxa.advisory.OpenHourBank;
import cat.xarxa.advisory.ProductId;
import cat.xarxa.advisory.ProductKind;
import cat.xarxa.advisory.Provider;
import cat.xarxa.advisory.RequestAdvisory;
import cat.xarxa.advisory.ScheduleSession;
import cat.xarxa.advisory.Session;
import cat.xarxa.advisory.SessionId;
import cat.xarxa.advisory.SessionStatus;
import cat.xarxa.advisory.UnmergeRequest;
import cat.xarxa.common.Decision;
import cat.xarxa.common.Hours;
import cat.xarxa.common.IneCode;
import cat.xarxa.common.MeetingFormat;
import cat.xarxa.common.Reason;
import cat.xarxa.member.AdmitMember;
import cat.xarxa.member.ApplyForMembership;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.PersonId;
import cat.xarxa.member.RegisterPerson;
import cat.xarxa.member.Standing;
import cat.xarxa.member.WithdrawMember;
import cat.xarxa.memory.MemoryStorageProvider;
import cat.xarxa.partner.PartnerId;
import cat.xarxa.partner.PartnerKind;
import cat.xarxa.partner.RegisterPartner;
import cat.xarxa.spi.Storage;
import cat.xarxa.spi.StorageConfig;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The advisory hour bank through the facade: the bank and its ledger, requests and packages,
 * joint advisories, sessions, providers, materials, the end of the period, the report, who may
 * ask and what is refused.
 */
class XarxaAdvisoriesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), Xarxa.NETWORK_ZONE);
    private static final LocalDate APPLIED = LocalDate.of(2025, 2, 3);
    private static final LocalDate ADMITTED = LocalDate.of(2025, 4, 22);
    private static final String PERIOD = "2026";
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 12, 31);
    private static final LocalDate DECIDED = LocalDate.of(2026, 3, 20);
    private static final LocalDate ASKED = LocalDate.of(2026, 6, 1);

    private static final String CARE = AdvisoryTopics.CARE_POLICIES;
    private static final String HOUSING = AdvisoryTopics.HOUSING_COOPERATIVES;


    private final Storage storage = new MemoryStorageProvider().open(new StorageConfig(Map.of(), Map.of()));
    private final Xarxa xarxa = Xarxa.builder().storage(storage).clock(CLOCK).build();
    private final PersonId technician = xarxa.people().register(new RegisterPerson("Tècnica d'ESS")).orElseThrow();
    private List<LedgerEntry> seen = List.of();

    @AfterEach
    void close() {
        xarxa.close();
    }

    // ---------------------------------------------------------------- fixture

    private static MemberId council(Xarxa in, String ineCode) {
        MemberId id = in.members().apply(new ApplyForMembership(IneCode.parse(ineCode), APPLIED)).orElseThrow();
        in.members().admit(new AdmitMember(id, ADMITTED, "AG 2025-04")).orElseThrow();
        return id;
    }

    private MemberId manlleu() {
        return council(xarxa, "081120");
    }

    private MemberId sabadell() {
        return council(xarxa, "081878");
    }

    private MemberId vic() {
        return council(xarxa, "082981");
    }

    private MemberId girona() {
        return council(xarxa, "170792");
    }

    private static HourBank openBank(Xarxa in, long hours) {
        return in.advisories().openBank(new OpenHourBank(PERIOD, FIRST_DAY, LAST_DAY, Hours.of(hours), "AG 2026-03, acord 6",
                DECIDED)).orElseThrow();
    }

    private HourBank openBank() {
        return openBank(xarxa, 40);
    }

    private Decision<Advisory> ask(MemberId member, String topic, AdvisoryPackage pkg, LocalDate on) {
        return xarxa.advisories().request(new RequestAdvisory(member, technician, topic, "Volem un pla local", null, pkg, on));
    }

    private Advisory request(MemberId member, String topic, LocalDate on) {
        return ask(member, topic, null, on).orElseThrow();
    }

    private Advisory request(MemberId member) {
        return request(member, CARE, ASKED);
    }

    private Advisory schedule(Advisory advisory, int day, int hours) {
        LocalDateTime start = LocalDateTime.of(2026, 6, day, 10, 0);
        return xarxa.advisories().schedule(new ScheduleSession(advisory.id(), start, start.plusHours(hours), null))
                .orElseThrow();
    }

    private static SessionId last(Advisory advisory) {
        return advisory.sessions().get(advisory.sessions().size() - 1).id();
    }

    private Decision<Advisory> deliver(Advisory advisory, SessionId session, Hours took, MemberId... attended) {
        return xarxa.advisories().deliver(new DeliverSession(advisory.id(), session, took, List.of(attended),
                LocalDate.of(2026, 6, 20)));
    }

    private Advisory advisory(AdvisoryId id) {
        return xarxa.advisories().advisory(id).orElseThrow();
    }

    private HourBank bank() {
        return xarxa.advisories().bank(PERIOD).orElseThrow();
    }

    /** The entry the last command added (the ledger is by date, so found by what is new). */
    private LedgerEntry lastEntry() {
        List<LedgerEntry> added = xarxa.advisories().ledger(PERIOD).stream().filter(e -> !seen.contains(e)).toList();
        assertEquals(1, added.size(), () -> "entries added: " + added);
        return added.get(0);
    }

    /** Takes note of the ledger as it is now, for {@link #lastEntry()}. */
    private void noteLedger() {
        seen = xarxa.advisories().ledger(PERIOD);
    }

    private static Hours hours(String text) {
        return Hours.parse(text);
    }

    /** The totals of the bank are the sums of its ledger entries by kind. */
    private void assertLedgerAddsUp() {
        HourBank bank = bank();
        List<LedgerEntry> ledger = xarxa.advisories().ledger(PERIOD);
        long granted = sum(ledger, EntryKind.GRANT) + sum(ledger, EntryKind.ENLARGEMENT);
        long consumed = sum(ledger, EntryKind.CONSUMPTION);
        assertEquals(granted, bank.granted().toMinutes(), "granted");
        assertEquals(sum(ledger, EntryKind.RESERVATION) - sum(ledger, EntryKind.RELEASE) - consumed,
                bank.reserved().toMinutes(), "reserved");
        assertEquals(consumed, bank.consumed().toMinutes(), "consumed");
        assertEquals(sum(ledger, EntryKind.EXPIRY), bank.expired().toMinutes(), "expired");
        long held = xarxa.advisories().ledger(PERIOD).stream().map(LedgerEntry::advisory).filter(a -> a != null).distinct()
                .mapToLong(a -> advisory(a).reserved().toMinutes()).sum();
        assertEquals(bank.reserved().toMinutes(), held, "what the advisories hold");
    }

    private static long sum(List<LedgerEntry> ledger, EntryKind kind) {
        return ledger.stream().filter(e -> e.kind() == kind).mapToLong(e -> e.hours().toMinutes()).sum();
    }

    // ---------------------------------------------------------------- what nothing written means

    private record Written(long journal, List<LedgerEntry> ledger, List<HourBank> banks, List<Advisory> advisories,
                           List<AdvisoryProduct> products) {
    }

    private Written written() {
        return storage.transaction(tx -> {
            try (Stream<LedgerEntry> ledger = tx.advisories().entries();
                 Stream<HourBank> banks = tx.advisories().banks();
                 Stream<Advisory> advisories = tx.advisories().advisories();
                 Stream<AdvisoryProduct> products = tx.advisories().products()) {
                return new Written(tx.journal().size(), ledger.toList(), banks.toList(), advisories.toList(),
                        products.toList());
            }
        });
    }



    /** Refused for the code, explained in each language, and the store is as it was. */
    private void assertRefusedAndNothingWritten(String code, java.util.function.Supplier<Decision<?>> command) {
        Written before = written();
        Decision<?> decision = command.get();
        assertRefusedFor(code, decision);
        assertEquals(before, written());
    }

    // ---------------------------------------------------------------- the bank

    @Test
    void aBankIsOpenedWithAGrantAndEnlargedByADecision() {
        HourBank opened = openBank();
        HourBank enlarged = xarxa.advisories().enlarge(new EnlargeHourBank(PERIOD, hours("12:30"), "CE 2026-05, acord 2",
                LocalDate.of(2026, 5, 14))).orElseThrow();

        assertEquals(Hours.of(40), opened.granted());
        assertEquals(hours("52:30"), enlarged.granted());
        assertEquals(hours("52:30"), bank().available());
        List<LedgerEntry> ledger = xarxa.advisories().ledger(PERIOD);
        assertEquals(List.of(EntryKind.GRANT, EntryKind.ENLARGEMENT), ledger.stream().map(LedgerEntry::kind).toList());
        assertEquals(List.of("AG 2026-03, acord 6", "CE 2026-05, acord 2"),
                ledger.stream().map(LedgerEntry::reference).toList());
        assertTrue(ledger.stream().allMatch(e -> e.cause() == EntryCause.DECISION && e.advisory() == null));
        assertEquals(List.of("HoursEntered", "HoursEntered"), xarxa.history(HourBank.AGGREGATE_TYPE, PERIOD).stream()
                .map(e -> e.eventType()).toList());
        assertLedgerAddsUp();
    }

    @Test
    void aPeriodIsOpenedOnceAndEndsAfterItStarts() {
        openBank();

        assertRefusedAndNothingWritten("advisory.bank-exists", () -> xarxa.advisories().openBank(new OpenHourBank(PERIOD,
                FIRST_DAY, LAST_DAY, Hours.of(10), "AG 2026-04", DECIDED)));
        assertRefusedAndNothingWritten("advisory.period-dates", () -> xarxa.advisories().openBank(new OpenHourBank("2027",
                LocalDate.of(2027, 12, 31), LocalDate.of(2027, 1, 1), Hours.of(10), "AG 2026-12", DECIDED)));
        assertRefusedAndNothingWritten("advisory.no-bank", () -> xarxa.advisories().enlarge(new EnlargeHourBank("2030",
                Hours.of(1), "CE", DECIDED)));
    }

    // ---------------------------------------------------------------- requests

    @Test
    void aRequestReservesTheDefaultPackageOfTwoSessionsOfTwoHours() {
        openBank();
        MemberId manlleu = manlleu();
        noteLedger();

        Advisory advisory = request(manlleu);

        assertEquals(AdvisoryPackage.DEFAULT, advisory.pkg());
        assertEquals(new AdvisoryPackage(Hours.of(4), 2), advisory.pkg());
        assertEquals(Hours.of(4), advisory.reserved());
        assertEquals(Hours.ZERO, advisory.consumed());
        assertEquals(AdvisoryStatus.OPEN, advisory.status());
        assertEquals(Provider.SECRETARIAT, advisory.provider());
        assertEquals(List.of(manlleu), advisory.members());
        assertEquals(MeetingFormat.VIRTUAL, advisory.requests().get(0).format());
        assertEquals(Hours.of(4), bank().reserved());
        assertEquals(Hours.of(36), bank().available());
        LedgerEntry reservation = lastEntry();
        assertEquals(EntryKind.RESERVATION, reservation.kind());
        assertEquals(EntryCause.REQUEST, reservation.cause());
        assertEquals(Hours.of(4), reservation.hours());
        assertEquals(advisory.id(), reservation.advisory());
        assertEquals(ASKED, reservation.on());
        assertEquals(List.of(advisory), xarxa.advisories().advisoriesOf(manlleu));
        assertLedgerAddsUp();
    }

    @Test
    void aRequestMayAskForAPackageOfItsOwn() {
        openBank();
        request(manlleu());

        Advisory custom = ask(vic(), HOUSING, new AdvisoryPackage(hours("6:30"), 3), ASKED).orElseThrow();

        assertEquals(hours("6:30"), custom.reserved());
        assertEquals(3, custom.pkg().sessions());
        assertEquals(hours("10:30"), bank().reserved());
        assertEquals(hours("29:30"), bank().available());
        assertLedgerAddsUp();
    }

    @Test
    void aPackageThatDoesNotFitInTheBankIsRefusedWhole() {
        openBank(xarxa, 5);
        request(manlleu());

        MemberId vic = vic();
        assertRefusedAndNothingWritten("advisory.bank-insufficient", () -> ask(vic, CARE, null, ASKED));
        assertEquals(Hours.of(1), bank().available());
    }

    // ---------------------------------------------------------------- joint advisories

    @Test
    void mergeSuggestionsJoinOpenRequestsOfDifferentCouncilsOnATopicWithinTheWindow() {
        openBank(xarxa, 100);
        MemberId manlleu = manlleu();
        MemberId vic = vic();
        MemberId sabadell = sabadell();
        MemberId girona = girona();
        MemberId olot = council(xarxa, "171143");
        Advisory first = request(manlleu, CARE, LocalDate.of(2026, 6, 1));
        Advisory scheduled = request(girona, CARE, LocalDate.of(2026, 6, 5));
        schedule(scheduled, 22, 2);
        Advisory second = request(vic, CARE, LocalDate.of(2026, 6, 10));
        request(manlleu, CARE, LocalDate.of(2026, 6, 15));
        Advisory third = request(sabadell, CARE, LocalDate.of(2026, 6, 20));
        request(olot, CARE, LocalDate.of(2026, 9, 1));
        request(vic, HOUSING, LocalDate.of(2026, 6, 2));

        List<MergeSuggestion> suggestions = xarxa.advisories().mergeSuggestions(PERIOD, 30);

        assertEquals(List.of(new MergeSuggestion(CARE, List.of(first.id(), second.id(), third.id()))), suggestions);
        assertEquals(List.of(), xarxa.advisories().mergeSuggestions(PERIOD, 3));
        assertEquals(List.of(), xarxa.advisories().mergeSuggestions("2030", 30));
    }

    @Test
    void mergingThreeCouncilsRequestsChargesTheBankOnce() {
        openBank();
        MemberId manlleu = manlleu();
        MemberId vic = vic();
        MemberId sabadell = sabadell();
        Advisory first = request(manlleu);
        Advisory second = request(vic);
        Advisory third = request(sabadell);
        assertEquals(Hours.of(12), bank().reserved());

        Advisory joint = xarxa.advisories().merge(new MergeAdvisories(List.of(first.id(), second.id(), third.id()),
                LocalDate.of(2026, 6, 25))).orElseThrow();

        assertEquals(first.id(), joint.id());
        assertTrue(joint.isJoint());
        assertEquals(List.of(manlleu, vic, sabadell), joint.members());
        assertEquals(Hours.of(4), joint.reserved());
        for (Advisory merged : List.of(advisory(second.id()), advisory(third.id()))) {
            assertEquals(AdvisoryStatus.MERGED, merged.status());
            assertEquals(joint.id(), merged.mergedInto());
            assertEquals(Hours.ZERO, merged.reserved());
            assertEquals(List.of(), merged.requests());
        }
        assertEquals(Hours.of(4), bank().reserved());
        assertEquals(Hours.of(36), bank().available());
        List<LedgerEntry> releases = xarxa.advisories().ledger(PERIOD).stream().filter(e -> e.kind() == EntryKind.RELEASE)
                .toList();
        assertEquals(List.of(EntryCause.MERGE, EntryCause.MERGE), releases.stream().map(LedgerEntry::cause).toList());
        assertEquals(java.util.Set.of(second.id(), third.id()), releases.stream().map(LedgerEntry::advisory)
                .collect(java.util.stream.Collectors.toSet()));
        assertEquals(List.of(Hours.of(4), Hours.of(4)), releases.stream().map(LedgerEntry::hours).toList());
        HourBankReport report = xarxa.advisories().report(PERIOD);
        assertEquals(Hours.of(8), report.savedByMerging());
        assertEquals(1, report.jointAdvisories());
        assertEquals(0, report.individualAdvisories());
        assertEquals(List.of(joint), xarxa.advisories().advisoriesOf(vic));
        assertLedgerAddsUp();
    }

    @Test
    void aRequestTakenOutOfAJointAdvisoryBeforeDeliveryReservesItsPackageAgain() {
        openBank();
        MemberId manlleu = manlleu();
        MemberId vic = vic();
        MemberId sabadell = sabadell();
        Advisory joint = xarxa.advisories().merge(new MergeAdvisories(List.of(request(manlleu).id(), request(vic).id(),
                request(sabadell).id()), ASKED)).orElseThrow();
        Advisory scheduled = schedule(joint, 10, 2);
        noteLedger();

        Advisory own = xarxa.advisories().unmerge(new UnmergeRequest(joint.id(), joint.requests().get(1).id(),
                LocalDate.of(2026, 6, 8))).orElseThrow();

        assertEquals(List.of(vic), own.members());
        assertEquals(joint.requests().get(1), own.requests().get(0));
        assertEquals(Hours.of(4), own.reserved());
        assertEquals(AdvisoryStatus.OPEN, own.status());
        Advisory rest = advisory(joint.id());
        assertEquals(List.of(manlleu, sabadell), rest.members());
        assertEquals(Hours.of(4), rest.reserved());
        assertEquals(scheduled.sessions(), rest.sessions());
        assertEquals(Hours.of(8), bank().reserved());
        LedgerEntry again = lastEntry();
        assertEquals(EntryKind.RESERVATION, again.kind());
        assertEquals(EntryCause.UNMERGE, again.cause());
        assertEquals(own.id(), again.advisory());
        assertEquals(Hours.of(4), xarxa.advisories().report(PERIOD).savedByMerging());
        assertLedgerAddsUp();
    }

    @Test
    void aRequestCannotBeTakenOutOnceASessionWasDeliveredNorOutOfAnAdvisoryOfOneCouncil() {
        openBank();
        MemberId manlleu = manlleu();
        MemberId vic = vic();
        Advisory alone = request(sabadell());
        Advisory joint = xarxa.advisories().merge(new MergeAdvisories(List.of(request(manlleu).id(), request(vic).id()),
                ASKED)).orElseThrow();
        Advisory scheduled = schedule(joint, 10, 2);
        deliver(scheduled, last(scheduled), Hours.of(2), manlleu, vic).orElseThrow();

        assertRefusedAndNothingWritten("advisory.unmerge-delivered", () -> xarxa.advisories().unmerge(
                new UnmergeRequest(joint.id(), joint.requests().get(1).id(), ASKED)));
        assertRefusedAndNothingWritten("advisory.unmerge-not-joint", () -> xarxa.advisories().unmerge(
                new UnmergeRequest(alone.id(), alone.requests().get(0).id(), ASKED)));
        assertRefusedAndNothingWritten("advisory.request-not-found", () -> xarxa.advisories().unmerge(
                new UnmergeRequest(joint.id(), alone.requests().get(0).id(), ASKED)));
    }

    // ---------------------------------------------------------------- sessions

    @Test
    void sessionsConsumeWhatTheyReallyTookAndALongerOneNeedsAnAdjustmentFirst() {
        openBank();
        MemberId manlleu = manlleu();
        Advisory advisory = request(manlleu);
        Advisory one = schedule(advisory, 10, 2);
        Advisory two = schedule(one, 17, 2);
        assertEquals(AdvisoryStatus.SCHEDULED, two.status());
        assertEquals(List.of(Hours.of(2), Hours.of(2)), two.sessions().stream().map(Session::planned).toList());
        assertRefusedAndNothingWritten("advisory.session-beyond-reservation", () -> xarxa.advisories().schedule(
                new ScheduleSession(advisory.id(), LocalDateTime.of(2026, 6, 24, 10, 0), LocalDateTime.of(2026, 6, 24, 10, 1),
                        MeetingFormat.HYBRID)));

        noteLedger();
        Advisory afterFirst = deliver(two, one.sessions().get(0).id(), hours("2:15"), manlleu).orElseThrow();

        assertEquals(hours("2:15"), afterFirst.consumed());
        assertEquals(hours("1:45"), afterFirst.reserved());
        assertEquals(SessionStatus.DELIVERED, afterFirst.sessions().get(0).status());
        assertEquals(List.of(manlleu), afterFirst.sessions().get(0).attendance());
        assertEquals(hours("2:15"), bank().consumed());
        assertEquals(hours("1:45"), bank().reserved());
        LedgerEntry consumption = lastEntry();
        assertEquals(EntryKind.CONSUMPTION, consumption.kind());
        assertEquals(EntryCause.SESSION_DELIVERED, consumption.cause());
        assertEquals(one.sessions().get(0).id(), consumption.session());

        SessionId second = last(two);
        assertRefusedAndNothingWritten("advisory.consume-beyond-reserved",
                () -> deliver(two, second, Hours.of(2), manlleu));

        noteLedger();
        Advisory adjusted = xarxa.advisories().adjust(new AdjustReservation(advisory.id(), hours("0:15"),
                "La segona sessió s'allarga", LocalDate.of(2026, 6, 16))).orElseThrow();
        assertEquals(Hours.of(2), adjusted.reserved());
        assertEquals(EntryCause.ADJUSTMENT, lastEntry().cause());
        assertEquals(EntryKind.RESERVATION, lastEntry().kind());
        Advisory afterSecond = deliver(two, second, Hours.of(2), manlleu).orElseThrow();

        assertEquals(hours("4:15"), afterSecond.consumed());
        assertEquals(Hours.ZERO, afterSecond.reserved());
        assertEquals(hours("4:15"), bank().consumed());
        assertEquals(hours("35:45"), bank().available());
        assertRefusedAndNothingWritten("advisory.session-not-planned", () -> deliver(two, second, Hours.of(1), manlleu));
        assertLedgerAddsUp();
    }

    @Test
    void cancellingAPlannedSessionReleasesItsHours() {
        openBank();
        Advisory advisory = request(manlleu());
        Advisory scheduled = schedule(schedule(advisory, 10, 2), 17, 2);
        noteLedger();

        Advisory cancelled = xarxa.advisories().cancelSession(new CancelSession(advisory.id(), last(scheduled),
                LocalDate.of(2026, 6, 9))).orElseThrow();

        assertEquals(SessionStatus.CANCELLED, cancelled.sessions().get(1).status());
        assertEquals(SessionStatus.PLANNED, cancelled.sessions().get(0).status());
        assertEquals(Hours.of(2), cancelled.reserved());
        assertEquals(Hours.of(2), bank().reserved());
        assertEquals(EntryKind.RELEASE, lastEntry().kind());
        assertEquals(EntryCause.SESSION_CANCELLED, lastEntry().cause());
        assertEquals(Hours.of(2), lastEntry().hours());
        assertEquals(last(scheduled), lastEntry().session());
        assertRefusedAndNothingWritten("advisory.session-not-planned", () -> xarxa.advisories().cancelSession(
                new CancelSession(advisory.id(), last(scheduled), LocalDate.of(2026, 6, 9))));
        assertLedgerAddsUp();
    }

    @Test
    void completingAnAdvisoryReleasesTheHoursItDidNotUse() {
        openBank();
        MemberId manlleu = manlleu();
        Advisory advisory = schedule(request(manlleu), 10, 2);
        assertRefusedAndNothingWritten("advisory.sessions-still-planned", () -> xarxa.advisories().complete(
                new CompleteAdvisory(advisory.id(), LocalDate.of(2026, 6, 30))));
        deliver(advisory, last(advisory), hours("1:30"), manlleu).orElseThrow();
        noteLedger();

        Advisory completed = xarxa.advisories().complete(new CompleteAdvisory(advisory.id(), LocalDate.of(2026, 6, 30)))
                .orElseThrow();

        assertEquals(AdvisoryStatus.DELIVERED, completed.status());
        assertEquals(Hours.ZERO, completed.reserved());
        assertEquals(hours("1:30"), completed.consumed());
        assertEquals(Hours.ZERO, bank().reserved());
        assertEquals(hours("38:30"), bank().available());
        assertEquals(EntryKind.RELEASE, lastEntry().kind());
        assertEquals(EntryCause.COMPLETED, lastEntry().cause());
        assertEquals(hours("2:30"), lastEntry().hours());
        assertRefusedAndNothingWritten("advisory.not-active", () -> xarxa.advisories().adjust(new AdjustReservation(
                advisory.id(), Hours.of(1), "Una altra sessió", LocalDate.of(2026, 7, 1))));
        assertLedgerAddsUp();
    }

    @Test
    void anAdvisoryWithNothingDeliveredCannotBeCompleted() {
        openBank();
        Advisory advisory = request(manlleu());

        assertRefusedAndNothingWritten("advisory.nothing-delivered", () -> xarxa.advisories().complete(
                new CompleteAdvisory(advisory.id(), LocalDate.of(2026, 6, 30))));
    }

    @Test
    void cancellingAnAdvisoryReleasesItsReservationAndItsPlannedSessions() {
        openBank();
        Advisory advisory = schedule(ask(manlleu(), CARE, new AdvisoryPackage(Hours.of(6), 3), ASKED).orElseThrow(), 10, 2);
        noteLedger();

        Advisory cancelled = xarxa.advisories().cancel(new CancelAdvisory(advisory.id(), "Canvi de govern",
                LocalDate.of(2026, 6, 5))).orElseThrow();

        assertEquals(AdvisoryStatus.CANCELLED, cancelled.status());
        assertEquals(List.of(SessionStatus.CANCELLED), cancelled.sessions().stream().map(Session::status).toList());
        assertEquals(Hours.ZERO, cancelled.reserved());
        assertEquals(Hours.ZERO, bank().reserved());
        assertEquals(Hours.of(40), bank().available());
        assertEquals(EntryKind.RELEASE, lastEntry().kind());
        assertEquals(EntryCause.CANCELLED, lastEntry().cause());
        assertEquals(Hours.of(6), lastEntry().hours());
        assertRefusedAndNothingWritten("advisory.not-active", () -> xarxa.advisories().schedule(new ScheduleSession(
                advisory.id(), LocalDateTime.of(2026, 6, 12, 10, 0), LocalDateTime.of(2026, 6, 12, 11, 0), null)));
        assertLedgerAddsUp();
    }

    @Test
    void onlyTheCouncilsOfAnAdvisoryAttendItsSessions() {
        openBank();
        MemberId manlleu = manlleu();
        MemberId vic = vic();
        MemberId sabadell = sabadell();
        request(sabadell);
        Advisory joint = schedule(xarxa.advisories().merge(new MergeAdvisories(List.of(request(manlleu).id(),
                request(vic).id()), ASKED)).orElseThrow(), 10, 2);

        assertRefusedAndNothingWritten("advisory.attendee-not-participant",
                () -> deliver(joint, last(joint), Hours.of(2), manlleu, sabadell));
        Advisory delivered = deliver(joint, last(joint), Hours.of(2), manlleu, vic).orElseThrow();

        assertEquals(List.of(manlleu, vic), delivered.sessions().get(0).attendance());
    }

    // ---------------------------------------------------------------- providers and materials

    @Test
    void theSecretariatAnExpertOrAPartnerWithAnotherPartnerDeliverAdvisories() {
        openBank();
        PersonId expert = xarxa.people().register(new RegisterPerson("Tècnica de contractació de Sabadell")).orElseThrow();
        PartnerId federation = xarxa.partners().register(new RegisterPartner(
                "Federació de Cooperatives d'Habitatge de Catalunya", PartnerKind.FEDERATION, null, null)).orElseThrow();
        PartnerId coop57 = xarxa.partners().register(new RegisterPartner("Coop57", PartnerKind.COOPERATIVE, null, null))
                .orElseThrow();
        MemberId manlleu = manlleu();
        MemberId vic = vic();
        MemberId girona = girona();
        Advisory bySecretariat = schedule(request(manlleu), 10, 2);
        Advisory byExpert = xarxa.advisories().assign(new AssignProvider(request(vic).id(), Provider.expert(expert), null))
                .orElseThrow();
        Advisory byPartners = xarxa.advisories().assign(new AssignProvider(request(girona, HOUSING, ASKED).id(),
                Provider.partner(federation), coop57)).orElseThrow();
        byExpert = schedule(byExpert, 11, 1);
        byPartners = schedule(byPartners, 12, 3);
        deliver(bySecretariat, last(bySecretariat), Hours.of(2), manlleu).orElseThrow();
        deliver(byExpert, last(byExpert), Hours.of(1), vic).orElseThrow();
        deliver(byPartners, last(byPartners), Hours.of(3), girona).orElseThrow();

        assertEquals(Provider.SECRETARIAT, advisory(bySecretariat.id()).provider());
        assertEquals(expert, advisory(byExpert.id()).provider().person());
        assertEquals(federation, advisory(byPartners.id()).provider().partner());
        assertEquals(coop57, advisory(byPartners.id()).coProvider());
        assertEquals(Map.of("SECRETARIAT", Hours.of(2), "EXPERT_PERSON:" + expert, Hours.of(1), "PARTNER:" + federation,
                Hours.of(3)), xarxa.advisories().report(PERIOD).consumedByProvider());
    }

    @Test
    void aProviderIsARegisteredPersonOrPartner() {
        openBank();
        Advisory advisory = request(manlleu());

        assertRefusedAndNothingWritten("person.not-found", () -> xarxa.advisories().assign(new AssignProvider(advisory.id(),
                Provider.expert(new PersonId(new UUID(7, 7))), null)));
        assertRefusedAndNothingWritten("partner.not-found", () -> xarxa.advisories().assign(new AssignProvider(advisory.id(),
                Provider.SECRETARIAT, new PartnerId(new UUID(8, 8)))));
        assertRefusedAndNothingWritten("advisory.not-found", () -> xarxa.advisories().assign(new AssignProvider(
                new AdvisoryId(new UUID(9, 9)), Provider.SECRETARIAT, null)));
    }

    @Test
    void materialsAreFoundByTopicOnceTheyArePublished() {
        openBank();
        Advisory advisory = request(manlleu());
        AdvisoryProduct questions = xarxa.advisories().addProduct(new AddProduct(advisory.id(), ProductKind.QUESTIONS,
                "Preguntes freqüents sobre plans de cures", null, null, false)).orElseThrow();
        AdvisoryProduct answers = xarxa.advisories().addProduct(new AddProduct(advisory.id(), ProductKind.ANSWERS,
                "Respostes", "Què cal per a un pla local de cures", "https://xarxa.example/cures", true)).orElseThrow();

        assertEquals(CARE, questions.topic());
        assertEquals(List.of(answers.id()), xarxa.advisories().publishedOn(CARE).stream().map(AdvisoryProduct::id).toList());

        AdvisoryProduct published = xarxa.advisories().publish(questions.id()).orElseThrow();

        assertTrue(published.published());
        assertEquals(java.util.Set.of(questions.id(), answers.id()), xarxa.advisories().publishedOn(CARE).stream()
                .map(AdvisoryProduct::id).collect(java.util.stream.Collectors.toSet()));
        assertEquals(List.of(), xarxa.advisories().publishedOn(HOUSING));
        assertRefusedAndNothingWritten("advisory.product-not-found", () -> xarxa.advisories().publish(
                new ProductId(new UUID(5, 5))));
        assertRefusedAndNothingWritten("advisory.not-found", () -> xarxa.advisories().addProduct(new AddProduct(
                new AdvisoryId(new UUID(5, 5)), ProductKind.SOLUTIONS, "Solucions", null, null, true)));
    }

    // ---------------------------------------------------------------- the end of the period and the report

    @Test
    void whatIsLeftExpiresOnlyOnceThePeriodHasEnded() {
        openBank();
        request(manlleu());
        assertRefusedAndNothingWritten("advisory.period-not-ended", () -> xarxa.advisories().expire(
                new ExpireHourBank(PERIOD, LAST_DAY)));
        noteLedger();

        HourBank expired = xarxa.advisories().expire(new ExpireHourBank(PERIOD, LAST_DAY.plusDays(1))).orElseThrow();

        assertEquals(Hours.of(36), expired.expired());
        assertEquals(Hours.of(4), expired.reserved());
        assertEquals(Hours.ZERO, expired.available());
        assertEquals(EntryKind.EXPIRY, lastEntry().kind());
        assertEquals(EntryCause.PERIOD_END, lastEntry().cause());
        assertEquals(Hours.of(36), lastEntry().hours());
        MemberId vic = vic();
        assertRefusedAndNothingWritten("advisory.bank-insufficient", () -> ask(vic, CARE, null, LAST_DAY));
        assertLedgerAddsUp();
    }

    @Test
    void theReportTellsTheUseByTopicCouncilAndProviderAndJointFromIndividual() {
        openBank();
        MemberId manlleu = manlleu();
        MemberId vic = vic();
        MemberId sabadell = sabadell();
        Advisory joint = schedule(xarxa.advisories().merge(new MergeAdvisories(List.of(request(manlleu).id(),
                request(vic).id()), ASKED)).orElseThrow(), 10, 2);
        Advisory alone = schedule(request(sabadell, HOUSING, ASKED), 11, 3);
        MemberId girona = girona();
        request(girona, HOUSING, ASKED);
        deliver(joint, last(joint), Hours.of(2), manlleu, vic).orElseThrow();
        deliver(alone, last(alone), hours("2:45"), sabadell).orElseThrow();

        HourBankReport report = xarxa.advisories().report(PERIOD);

        assertEquals(Hours.of(40), report.granted());
        assertEquals(hours("4:45"), report.consumed());
        assertEquals(hours("7:15"), report.reserved());
        assertEquals(hours("28:00"), report.available());
        assertEquals(Hours.ZERO, report.expired());
        assertEquals(Map.of(CARE, Hours.of(2), HOUSING, hours("2:45")), report.consumedByTopic());
        assertEquals(Map.of(manlleu, Hours.of(2), vic, Hours.of(2), sabadell, hours("2:45"), girona, Hours.ZERO),
                report.consumedByMember());
        assertEquals(Map.of("SECRETARIAT", hours("4:45")), report.consumedByProvider());
        assertEquals(1, report.jointAdvisories());
        assertEquals(2, report.individualAdvisories());
        assertEquals(Hours.of(4), report.savedByMerging());
        assertLedgerAddsUp();
    }

    // ---------------------------------------------------------------- who may ask

    @Test
    void anApplicantCannotAskForAnAdvisory() {
        openBank();
        MemberId applicant = xarxa.members().apply(new ApplyForMembership(IneCode.parse("081120"), APPLIED)).orElseThrow();

        assertRefusedAndNothingWritten("rights.pending-no-services", () -> ask(applicant, CARE, null, ASKED));
    }

    @Test
    void aWithdrawnCouncilCannotAskForAnAdvisory() {
        openBank();
        MemberId manlleu = manlleu();
        xarxa.members().withdraw(new WithdrawMember(manlleu, LocalDate.of(2026, 3, 1), "Acord de ple")).orElseThrow();

        assertRefusedAndNothingWritten("rights.not-a-member", () -> ask(manlleu, CARE, null, ASKED));
        assertRefusedAndNothingWritten("member.not-found", () -> ask(new MemberId(new UUID(6, 6)), CARE, null, ASKED));
    }

    @Test
    void aCouncilInArrearsCannotAskForAnAdvisory() {
        Storage owed = new MemoryStorageProvider().open(new StorageConfig(Map.of(), Map.of()));
        try (Xarxa inArrears = Xarxa.builder().storage(owed).clock(CLOCK)
                .standingPolicy((member, date) -> Standing.IN_ARREARS).build()) {
            openBank(inArrears, 40);
            MemberId manlleu = council(inArrears, "081120");
            PersonId person = inArrears.people().register(new RegisterPerson("Secretària")).orElseThrow();
            long journal = owed.transaction(tx -> tx.journal().size());

            Decision<Advisory> refused = inArrears.advisories().request(new RequestAdvisory(manlleu, person, CARE, null, null,
                    null, ASKED));

            assertRefusedFor("rights.arrears-suspend-services", refused);
            assertEquals(journal, (long) owed.<Long>transaction(tx -> tx.journal().size()));
            assertEquals(Hours.ZERO, inArrears.advisories().bank(PERIOD).orElseThrow().reserved());
            assertEquals(1, inArrears.advisories().ledger(PERIOD).size());
        }
    }

    // ---------------------------------------------------------------- bad input

    @Test
    void hoursAreNeverNegativeAndZeroHoursAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Hours.parse("-1:00"));
        assertThrows(IllegalArgumentException.class, () -> Hours.ofMinutes(-1));
        assertThrows(IllegalArgumentException.class, () -> Hours.of(1).minus(Hours.of(2)));
        assertRefusedAndNothingWritten("advisory.hours-not-positive", () -> xarxa.advisories().openBank(new OpenHourBank(
                PERIOD, FIRST_DAY, LAST_DAY, Hours.ZERO, "AG 2026-03", DECIDED)));
        openBank();
        MemberId manlleu = manlleu();

        assertRefusedAndNothingWritten("advisory.hours-not-positive", () -> xarxa.advisories().enlarge(new EnlargeHourBank(
                PERIOD, Hours.ZERO, "CE 2026-05", DECIDED)));
        assertRefusedAndNothingWritten("advisory.hours-not-positive", () -> ask(manlleu, CARE,
                new AdvisoryPackage(Hours.ZERO, 2), ASKED));
        assertRefusedAndNothingWritten("advisory.hours-not-positive", () -> ask(manlleu, CARE,
                new AdvisoryPackage(Hours.of(4), 0), ASKED));
        Advisory advisory = schedule(request(manlleu), 10, 2);
        assertRefusedAndNothingWritten("advisory.hours-not-positive", () -> xarxa.advisories().adjust(new AdjustReservation(
                advisory.id(), Hours.ZERO, "res", ASKED)));
        assertRefusedAndNothingWritten("advisory.hours-not-positive", () -> deliver(advisory, last(advisory), Hours.ZERO,
                manlleu));
    }

    @Test
    void aSessionThatEndsBeforeItStartsIsRefused() {
        openBank();
        Advisory advisory = request(manlleu());
        LocalDateTime start = LocalDateTime.of(2026, 6, 10, 12, 0);

        assertRefusedAndNothingWritten("advisory.session-ends-before-start", () -> xarxa.advisories().schedule(
                new ScheduleSession(advisory.id(), start, start.minusHours(2), null)));
        assertRefusedAndNothingWritten("advisory.session-ends-before-start", () -> xarxa.advisories().schedule(
                new ScheduleSession(advisory.id(), start, start, null)));
    }

    @Test
    void requestsOfTheSameCouncilAreNotMerged() {
        openBank();
        MemberId manlleu = manlleu();
        Advisory first = request(manlleu);
        Advisory second = request(manlleu, CARE, ASKED.plusDays(3));

        assertRefusedAndNothingWritten("advisory.merge-same-council", () -> xarxa.advisories().merge(new MergeAdvisories(
                List.of(first.id(), second.id()), ASKED)));
        assertRefusedAndNothingWritten("advisory.merge-twice", () -> xarxa.advisories().merge(new MergeAdvisories(
                List.of(first.id(), first.id()), ASKED)));
    }

    @Test
    void onlyOpenAdvisoriesWithoutSessionsOnTheSameTopicAreMerged() {
        openBank();
        MemberId manlleu = manlleu();
        MemberId vic = vic();
        MemberId sabadell = sabadell();
        MemberId girona = girona();
        Advisory open = request(manlleu);
        Advisory scheduled = schedule(request(vic), 10, 2);
        Advisory delivered = schedule(request(sabadell), 11, 2);
        deliver(delivered, last(delivered), Hours.of(2), sabadell).orElseThrow();
        xarxa.advisories().complete(new CompleteAdvisory(delivered.id(), ASKED.plusDays(20))).orElseThrow();
        Advisory housing = request(girona, HOUSING, ASKED);

        assertRefusedAndNothingWritten("advisory.merge-not-open", () -> xarxa.advisories().merge(new MergeAdvisories(
                List.of(open.id(), scheduled.id()), ASKED)));
        assertRefusedAndNothingWritten("advisory.merge-not-open", () -> xarxa.advisories().merge(new MergeAdvisories(
                List.of(delivered.id(), open.id()), ASKED)));
        assertRefusedAndNothingWritten("advisory.merge-other-topic", () -> xarxa.advisories().merge(new MergeAdvisories(
                List.of(open.id(), housing.id()), ASKED)));
        assertRefusedAndNothingWritten("advisory.not-found", () -> xarxa.advisories().merge(new MergeAdvisories(
                List.of(open.id(), new AdvisoryId(new UUID(4, 4))), ASKED)));
    }

    @Test
    void consumingMoreThanIsReservedWithoutAnAdjustmentIsRefused() {
        openBank();
        MemberId manlleu = manlleu();
        Advisory advisory = schedule(request(manlleu), 10, 4);

        assertRefusedAndNothingWritten("advisory.consume-beyond-reserved", () -> deliver(advisory, last(advisory),
                hours("4:01"), manlleu));
        assertEquals(Hours.of(4), advisory(advisory.id()).reserved());
    }

    @Test
    void aRequestOnAnUnknownTopicOrOutsideEveryBankIsRefused() {
        openBank();
        MemberId manlleu = manlleu();

        assertRefusedAndNothingWritten("advisory.unknown-topic", () -> ask(manlleu, "karaoke", null, ASKED));
        assertRefusedAndNothingWritten("advisory.no-bank-on", () -> ask(manlleu, CARE, null, LocalDate.of(2027, 2, 1)));
        assertRefusedAndNothingWritten("person.not-found", () -> xarxa.advisories().request(new RequestAdvisory(manlleu,
                new PersonId(new UUID(3, 3)), CARE, null, null, null, ASKED)));
    }

    @Test
    void theCatalogueOfTopicsCanBeReplaced() {
        try (Xarxa own = Xarxa.builder().setting(Xarxa.STORAGE, "memory").clock(CLOCK)
                .advisoryTopics(List.of("energy-communities")).build()) {
            openBank(own, 10);
            MemberId manlleu = council(own, "081120");
            PersonId person = own.people().register(new RegisterPerson("Secretària")).orElseThrow();

            Decision<Advisory> energy = own.advisories().request(new RequestAdvisory(manlleu, person, "energy-communities",
                    null, null, null, ASKED));
            Decision<Advisory> care = own.advisories().request(new RequestAdvisory(manlleu, person, CARE, null, null, null,
                    ASKED));

            assertEquals(List.of("energy-communities"), own.advisories().topics());
            assertTrue(energy.isAccepted(), () -> energy.reasons().toString());
            assertRefusedFor("advisory.unknown-topic", care);
        }
    }

    @Test
    void packageTemplatesAreOfferedByNameWithTheDefaultAlwaysThere() {
        AdvisoryPackage shortOne = new AdvisoryPackage(cat.xarxa.common.Hours.of(2), 1);
        try (Xarxa configured = Xarxa.builder().storageProvider(new cat.xarxa.memory.MemoryStorageProvider())
                .advisoryPackages(java.util.Map.of("short", shortOne)).build()) {
            assertEquals(java.util.Map.of("default", AdvisoryPackage.DEFAULT, "short", shortOne),
                    configured.advisories().packages());
        }
        assertThrows(IllegalArgumentException.class, () -> Xarxa.builder().advisoryPackages(
                java.util.Map.of("empty", new AdvisoryPackage(cat.xarxa.common.Hours.ZERO, 1))));
    }
}
