package cat.xarxa;

import static cat.xarxa.ReasonAssertions.assertRefusedFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.common.Decision;
import cat.xarxa.common.IneCode;
import cat.xarxa.common.JournalEntry;
import cat.xarxa.common.MeetingFormat;
import cat.xarxa.member.AdmitMember;
import cat.xarxa.member.ApplyForMembership;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.PersonId;
import cat.xarxa.member.ReferToAssembly;
import cat.xarxa.member.RegisterPerson;
import cat.xarxa.memory.MemoryStorageProvider;
import cat.xarxa.practice.CallId;
import cat.xarxa.practice.CompleteSheet;
import cat.xarxa.practice.GoodPractices;
import cat.xarxa.practice.OfferTraining;
import cat.xarxa.practice.OpenCall;
import cat.xarxa.practice.PracticeCall;
import cat.xarxa.practice.PracticeSubmission;
import cat.xarxa.practice.PracticeThemes;
import cat.xarxa.practice.PublishPractice;
import cat.xarxa.practice.ReviewSubmission;
import cat.xarxa.practice.SubmissionId;
import cat.xarxa.practice.SubmissionStatus;
import cat.xarxa.practice.SubmitPractice;
import cat.xarxa.practice.SystematisationSheet;
import cat.xarxa.practice.Training;
import cat.xarxa.spi.Storage;
import cat.xarxa.spi.StorageConfig;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The good-practices bank through the facade (seed 003): a call with its deadline, any number of
 * submissions from each member council, the Technical Commission's review and early
 * dissemination, the systematisation sheet of a selected practice, publication and search; and the
 * trainings councils open to the network.
 */
class XarxaGoodPracticesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2021-01-15T10:00:00Z"), Xarxa.NETWORK_ZONE);
    private static final LocalDate APPLIED = LocalDate.of(2018, 2, 3);
    private static final LocalDate ADMITTED = LocalDate.of(2018, 4, 22);
    private static final LocalDate OPENS = LocalDate.of(2020, 3, 2);
    private static final LocalDate DEADLINE = LocalDate.of(2020, 4, 30);
    private static final LocalDate SUBMITTED = LocalDate.of(2020, 4, 10);
    private static final LocalDate REVIEWED = LocalDate.of(2020, 5, 20);
    private static final LocalDate SHEET = LocalDate.of(2020, 7, 1);
    private static final LocalDate PUBLISHED = LocalDate.of(2020, 9, 15);

    private static final String PROCUREMENT = PracticeThemes.RESPONSIBLE_PUBLIC_PROCUREMENT;
    private static final String COVID = PracticeThemes.COVID_19_RESPONSE;

    private final Storage storage = new MemoryStorageProvider().open(new StorageConfig(Map.of(), Map.of()));
    private final Xarxa xarxa = Xarxa.builder().storage(storage).clock(CLOCK).build();
    private final GoodPractices bank = xarxa.goodPractices();
    private final MemberId sabadell = admitted("081878");
    private final MemberId manlleu = admitted("081120");
    private final PersonId marta = xarxa.people().register(new RegisterPerson("Marta Puig")).orElseThrow();
    private final CallId call = bank.open(new OpenCall("Convocatòria de bones pràctiques 2020", OPENS, DEADLINE,
            PracticeThemes.CALL_2020)).orElseThrow().id();

    @AfterEach
    void close() {
        xarxa.close();
    }

    // ---------------------------------------------------------------- fixture

    private MemberId admitted(String ineCode) {
        MemberId id = xarxa.members().apply(new ApplyForMembership(IneCode.parse(ineCode), APPLIED)).orElseThrow();
        xarxa.members().admit(new AdmitMember(id, ADMITTED, "AG 2018-04")).orElseThrow();
        return id;
    }

    private Decision<PracticeSubmission> submit(MemberId council, String title, LocalDate on, String... themes) {
        return bank.submit(new SubmitPractice(call, council, title, List.of("Ajuntament", "Cooperativa local"),
                "Una explicació breu de la pràctica", marta, List.of(themes), on));
    }

    private PracticeSubmission submitted(MemberId council, String title, String... themes) {
        return submit(council, title, SUBMITTED, themes).orElseThrow();
    }

    private Decision<PracticeSubmission> review(SubmissionId id, boolean selected, boolean early, LocalDate on) {
        return bank.review(new ReviewSubmission(id, selected, early, on));
    }

    private Decision<PracticeSubmission> sheet(SubmissionId id, String link, LocalDate on) {
        return bank.completeSheet(new CompleteSheet(id, "Tancament de comerços durant la Covid-19",
                "Una plataforma de venda en línia de proximitat", "120 comerços adherits", "Cal acompanyament tècnic",
                link, true, on));
    }

    private Decision<PracticeSubmission> publish(SubmissionId id, LocalDate on) {
        return bank.publish(new PublishPractice(id, on));
    }

    /** Submitted, selected, with its sheet and published. */
    private PracticeSubmission published(MemberId council, String title, LocalDate on, String... themes) {
        SubmissionId id = submitted(council, title, themes).id();
        review(id, true, false, REVIEWED).orElseThrow();
        sheet(id, null, SHEET).orElseThrow();
        return publish(id, on).orElseThrow();
    }

    private PracticeSubmission stored(SubmissionId id) {
        return bank.submission(id).orElseThrow();
    }

    private List<String> events(SubmissionId id) {
        return xarxa.history(PracticeSubmission.AGGREGATE_TYPE, id.toString()).stream().map(JournalEntry::eventType).toList();
    }

    private static List<SubmissionId> ids(List<PracticeSubmission> submissions) {
        return submissions.stream().map(PracticeSubmission::id).toList();
    }

    // ---------------------------------------------------------------- what nothing written means

    private record Written(long journal, List<PracticeCall> calls, List<PracticeSubmission> submissions,
                           List<Training> trainings) {
    }

    private Written written() {
        return storage.transaction(tx -> {
            try (Stream<PracticeCall> calls = tx.practices().calls();
                 Stream<PracticeSubmission> submissions = tx.practices().submissions();
                 Stream<Training> trainings = tx.practices().trainings()) {
                return new Written(tx.journal().size(), calls.toList(), submissions.toList(), trainings.toList());
            }
        });
    }

    private void assertRefusedAndNothingWritten(String code, Supplier<Decision<?>> command) {
        Written before = written();
        Decision<?> decision = command.get();
        assertRefusedFor(code, decision);
        assertEquals(before, written(), () -> "a refusal wrote something: " + decision.reasons());
    }

    // ---------------------------------------------------------------- the call

    @Test
    void aCallIsOpenFromItsFirstDayToItsDeadlineWithItsPriorities() {
        PracticeCall opened = bank.call(call).orElseThrow();

        assertEquals(List.of(OPENS, DEADLINE), List.of(opened.opensOn(), opened.deadline()));
        assertEquals(PracticeThemes.CALL_2020, opened.priorities());
        assertTrue(opened.openOn(OPENS));
        assertTrue(opened.openOn(DEADLINE));
        assertFalse(opened.openOn(DEADLINE.plusDays(1)));
        assertEquals(List.of(opened), bank.calls());
        assertEquals(List.of("CallOpened"), xarxa.history(PracticeCall.AGGREGATE_TYPE, call.toString()).stream()
                .map(JournalEntry::eventType).toList());
    }

    @Test
    void aCallWhoseDeadlineIsBeforeItsOpeningIsRefused() {
        assertRefusedAndNothingWritten("practice.deadline-before-opening", () -> bank.open(new OpenCall("Convocatòria 2021",
                LocalDate.of(2021, 3, 1), LocalDate.of(2021, 2, 28), List.of(PROCUREMENT))));
        assertTrue(bank.open(new OpenCall("Convocatòria d'un dia", LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 1),
                List.of())).isAccepted(), "a call may last a single day");
    }

    // ---------------------------------------------------------------- submissions

    @Test
    void aMemberCouncilSubmitsAsManyPracticesAsItWants() {
        PracticeSubmission first = submit(sabadell, "Mercat social de proximitat", OPENS, COVID).orElseThrow();
        PracticeSubmission second = submit(sabadell, "Clàusules socials als contractes", DEADLINE, PROCUREMENT).orElseThrow();
        PracticeSubmission third = submit(sabadell, "Cooperativa de joves", SUBMITTED, PracticeThemes.YOUTH).orElseThrow();
        PracticeSubmission other = submit(manlleu, "Habitatge cooperatiu", SUBMITTED, PracticeThemes.INTER_COOPERATION)
                .orElseThrow();

        assertEquals(SubmissionStatus.SUBMITTED, first.status());
        assertEquals(List.of("Ajuntament", "Cooperativa local"), first.promoters());
        assertEquals(marta, first.contact());
        assertEquals(List.of(COVID), first.themes());
        assertEquals(first, stored(first.id()));
        List<SubmissionId> byDay = ids(bank.submissionsTo(call));
        assertEquals(4, byDay.size());
        assertEquals(first.id(), byDay.get(0), "the first day first");
        assertEquals(java.util.Set.of(third.id(), other.id()), java.util.Set.copyOf(byDay.subList(1, 3)));
        assertEquals(second.id(), byDay.get(3), "the last day last");
        assertEquals(List.of("PracticeSubmitted"), events(first.id()));
        assertTrue(xarxa.history(PracticeSubmission.AGGREGATE_TYPE, first.id().toString()).get(0).data().values().stream()
                .noneMatch(v -> v.contains(marta.toString())), "the contact person stays out of the journal");
    }

    @Test
    void aPracticeIsSubmittedOnlyWhileTheCallIsOpen() {
        assertRefusedAndNothingWritten("practice.after-deadline",
                () -> submit(sabadell, "Mercat social", DEADLINE.plusDays(1), COVID));
        assertRefusedAndNothingWritten("practice.call-not-open",
                () -> submit(sabadell, "Mercat social", OPENS.minusDays(1), COVID));
        assertRefusedAndNothingWritten("practice.call-not-found", () -> bank.submit(new SubmitPractice(
                new CallId(new UUID(7, 7)), sabadell, "Mercat social", List.of("Ajuntament"), "Breu", marta, List.of(),
                SUBMITTED)));
        assertEquals(List.of(), bank.submissionsTo(call));
    }

    @Test
    void onlyAFullMemberCouncilSubmits() {
        MemberId vic = xarxa.members().apply(new ApplyForMembership(IneCode.parse("082981"), LocalDate.of(2020, 1, 10)))
                .orElseThrow();
        MemberId girona = xarxa.members().apply(new ApplyForMembership(IneCode.parse("170792"), LocalDate.of(2020, 1, 10)))
                .orElseThrow();
        xarxa.members().referToAssembly(new ReferToAssembly(girona, LocalDate.of(2020, 2, 1), "AG 2020-05")).orElseThrow();

        assertRefusedAndNothingWritten("practice.not-a-member", () -> submit(vic, "Mercat social", SUBMITTED, COVID));
        assertRefusedAndNothingWritten("practice.not-a-member", () -> submit(girona, "Mercat social", SUBMITTED, COVID));
        assertRefusedAndNothingWritten("member.not-found",
                () -> submit(new MemberId(new UUID(7, 7)), "Mercat social", SUBMITTED, COVID));
    }

    @Test
    void theContactPersonIsSomeoneTheNetworkKnows() {
        assertRefusedAndNothingWritten("person.not-found", () -> bank.submit(new SubmitPractice(call, sabadell,
                "Mercat social", List.of("Ajuntament"), "Breu", new PersonId(new UUID(7, 7)), List.of(COVID), SUBMITTED)));
    }

    // ---------------------------------------------------------------- review

    @Test
    void theTechnicalCommissionSelectsAndFlagsForEarlyDissemination() {
        PracticeSubmission practice = submitted(sabadell, "Mercat social", COVID);

        PracticeSubmission reviewed = review(practice.id(), true, true, REVIEWED).orElseThrow();

        assertEquals(SubmissionStatus.SELECTED, reviewed.status());
        assertTrue(reviewed.earlyDissemination());
        assertEquals(REVIEWED, reviewed.reviewedOn());
        assertEquals(reviewed, stored(practice.id()));
        assertEquals(List.of(reviewed), bank.forEarlyDissemination());
        assertEquals(List.of("PracticeSubmitted", "PracticeReviewed"), events(practice.id()));
    }

    @Test
    void aPracticeNotSelectedIsNotDisseminatedEarly() {
        PracticeSubmission practice = submitted(sabadell, "Mercat social", COVID);

        assertRefusedAndNothingWritten("practice.early-needs-selection",
                () -> review(practice.id(), false, true, REVIEWED));
        PracticeSubmission notSelected = review(practice.id(), false, false, REVIEWED).orElseThrow();

        assertEquals(SubmissionStatus.NOT_SELECTED, notSelected.status());
        assertFalse(notSelected.earlyDissemination());
        assertEquals(List.of(), bank.forEarlyDissemination());
    }

    @Test
    void aPracticeIsReviewedOnceAndNotBeforeItWasSubmitted() {
        PracticeSubmission practice = submitted(sabadell, "Mercat social", COVID);
        assertRefusedAndNothingWritten("practice.review-before-submission",
                () -> review(practice.id(), true, false, SUBMITTED.minusDays(1)));
        review(practice.id(), true, false, REVIEWED).orElseThrow();

        assertRefusedAndNothingWritten("practice.illegal-transition", () -> review(practice.id(), true, true, REVIEWED));
        assertRefusedAndNothingWritten("practice.illegal-transition", () -> review(practice.id(), false, false, REVIEWED));
        assertRefusedAndNothingWritten("practice.not-found",
                () -> review(new SubmissionId(new UUID(7, 7)), true, false, REVIEWED));
    }

    @Test
    void theEarlyDisseminationListRunsByReviewDay() {
        PracticeSubmission later = submitted(sabadell, "Mercat social", COVID);
        PracticeSubmission sooner = submitted(manlleu, "Habitatge cooperatiu", PracticeThemes.INTER_COOPERATION);
        PracticeSubmission notEarly = submitted(manlleu, "Joves", PracticeThemes.YOUTH);
        review(later.id(), true, true, REVIEWED.plusDays(3)).orElseThrow();
        review(sooner.id(), true, true, REVIEWED).orElseThrow();
        review(notEarly.id(), true, false, REVIEWED).orElseThrow();

        assertEquals(List.of(sooner.id(), later.id()), ids(bank.forEarlyDissemination()));

        sheet(later.id(), null, SHEET).orElseThrow();
        publish(later.id(), PUBLISHED).orElseThrow();
        assertEquals(List.of(sooner.id(), later.id()), ids(bank.forEarlyDissemination()), "published, still flagged");
    }

    // ---------------------------------------------------------------- the sheet and publication

    @Test
    void theSheetIsCompletedOnlyForASelectedPractice() {
        PracticeSubmission practice = submitted(sabadell, "Mercat social", COVID);
        assertRefusedAndNothingWritten("practice.not-selected", () -> sheet(practice.id(), null, SHEET));
        PracticeSubmission rejected = submitted(manlleu, "Joves", PracticeThemes.YOUTH);
        review(rejected.id(), false, false, REVIEWED).orElseThrow();
        assertRefusedAndNothingWritten("practice.not-selected", () -> sheet(rejected.id(), null, SHEET));

        review(practice.id(), true, false, REVIEWED).orElseThrow();
        assertRefusedAndNothingWritten("practice.link-invalid", () -> sheet(practice.id(), "www.example.cat/fitxa", SHEET));
        assertRefusedAndNothingWritten("practice.sheet-before-review", () -> sheet(practice.id(), null, REVIEWED.minusDays(1)));
        PracticeSubmission withSheet = sheet(practice.id(), " https://xarxa.example.cat/fitxes/mercat-social ", SHEET)
                .orElseThrow();

        SystematisationSheet sheet = withSheet.sheet();
        assertEquals(SubmissionStatus.SELECTED, withSheet.status());
        assertEquals("https://xarxa.example.cat/fitxes/mercat-social", sheet.link());
        assertEquals(SHEET, sheet.completedOn());
        assertTrue(sheet.supported());
        assertEquals(withSheet, stored(practice.id()));
        assertEquals(List.of("PracticeSubmitted", "PracticeReviewed", "SheetCompleted"), events(practice.id()));
    }

    @Test
    void aSelectedPracticeIsPublishedOnceItsSheetIsComplete() {
        PracticeSubmission practice = submitted(sabadell, "Mercat social", COVID);
        assertRefusedAndNothingWritten("practice.illegal-transition", () -> publish(practice.id(), PUBLISHED));
        review(practice.id(), true, false, REVIEWED).orElseThrow();
        assertRefusedAndNothingWritten("practice.sheet-missing", () -> publish(practice.id(), PUBLISHED));
        sheet(practice.id(), null, SHEET).orElseThrow();
        assertRefusedAndNothingWritten("practice.publication-before-sheet", () -> publish(practice.id(), SHEET.minusDays(1)));

        PracticeSubmission published = publish(practice.id(), PUBLISHED).orElseThrow();

        assertEquals(SubmissionStatus.PUBLISHED, published.status());
        assertEquals(PUBLISHED, published.publishedOn());
        assertEquals(published, stored(practice.id()));
        assertEquals(List.of("PracticeSubmitted", "PracticeReviewed", "SheetCompleted", "PracticePublished"),
                events(practice.id()));
        assertRefusedAndNothingWritten("practice.illegal-transition", () -> publish(practice.id(), PUBLISHED));
        assertRefusedAndNothingWritten("practice.not-selected", () -> sheet(practice.id(), null, PUBLISHED));
    }

    @Test
    void aPracticeNotSelectedIsNeverPublished() {
        PracticeSubmission practice = submitted(sabadell, "Mercat social", COVID);
        review(practice.id(), false, false, REVIEWED).orElseThrow();

        assertRefusedAndNothingWritten("practice.illegal-transition", () -> publish(practice.id(), PUBLISHED));
        assertNull(stored(practice.id()).publishedOn());
    }

    @Test
    void thePublishedPracticesAreFoundByThemeAndCouncil() {
        PracticeSubmission market = published(sabadell, "Mercat social", PUBLISHED.plusDays(5), COVID,
                PracticeThemes.INTER_COOPERATION);
        PracticeSubmission clauses = published(sabadell, "Clàusules socials", PUBLISHED, PROCUREMENT);
        PracticeSubmission procurement = published(manlleu, "Compra pública responsable", PUBLISHED.plusDays(1), PROCUREMENT);
        PracticeSubmission selectedOnly = submitted(manlleu, "Reserva de contractes", PROCUREMENT);
        review(selectedOnly.id(), true, true, REVIEWED).orElseThrow();

        assertEquals(List.of(clauses.id(), procurement.id(), market.id()), ids(bank.published(null, null)));
        assertEquals(List.of(clauses.id(), procurement.id()), ids(bank.published(PROCUREMENT, null)));
        assertEquals(List.of(clauses.id()), ids(bank.published(PROCUREMENT, sabadell)));
        assertEquals(List.of(clauses.id(), market.id()), ids(bank.published(null, sabadell)));
        assertEquals(List.of(market.id()), ids(bank.published(PracticeThemes.INTER_COOPERATION, null)));
        assertEquals(List.of(), ids(bank.published(PracticeThemes.YOUTH, null)));
        assertEquals(List.of(), ids(bank.published(COVID, manlleu)));
    }

    // ---------------------------------------------------------------- trainings

    private Decision<Training> offer(MemberId council, String title, String topic, LocalDate from, LocalDate to, String link) {
        return bank.offer(new OfferTraining(council, title, topic, from, to, MeetingFormat.VIRTUAL, 25, link));
    }

    @Test
    void aMemberCouncilOpensATrainingAndTheNetworkFindsItByTopic() {
        Training later = offer(sabadell, "Clàusules socials II", PROCUREMENT, LocalDate.of(2021, 3, 10),
                LocalDate.of(2021, 3, 11), "https://sabadell.example.cat/formacio").orElseThrow();
        Training sooner = offer(manlleu, "Clàusules socials I", PROCUREMENT, LocalDate.of(2021, 2, 3),
                LocalDate.of(2021, 2, 3), null).orElseThrow();
        Training youth = offer(manlleu, "Cooperatives de joves", PracticeThemes.YOUTH, LocalDate.of(2021, 1, 20),
                LocalDate.of(2021, 1, 27), null).orElseThrow();

        assertEquals(List.of(sooner, later), bank.trainings(PROCUREMENT));
        assertEquals(List.of(youth), bank.trainings(PracticeThemes.YOUTH));
        assertEquals(List.of(youth, sooner, later), bank.trainings(null));
        assertEquals(List.of(), bank.trainings(COVID));
        assertEquals(25, later.seats());
        assertEquals("", sooner.link());
        assertEquals(List.of("TrainingOffered"), xarxa.history(Training.AGGREGATE_TYPE, later.id().toString()).stream()
                .map(JournalEntry::eventType).toList());
    }

    @Test
    void aTrainingEndsAfterItStartsHasAWebLinkAndComesFromAFullMember() {
        assertRefusedAndNothingWritten("practice.training-dates", () -> offer(sabadell, "Formació", PROCUREMENT,
                LocalDate.of(2021, 3, 10), LocalDate.of(2021, 3, 9), null));
        assertRefusedAndNothingWritten("practice.link-invalid", () -> offer(sabadell, "Formació", PROCUREMENT,
                LocalDate.of(2021, 3, 10), LocalDate.of(2021, 3, 10), "sabadell/formacio"));
        MemberId vic = xarxa.members().apply(new ApplyForMembership(IneCode.parse("082981"), LocalDate.of(2020, 1, 10)))
                .orElseThrow();
        assertRefusedAndNothingWritten("practice.not-a-member", () -> offer(vic, "Formació", PROCUREMENT,
                LocalDate.of(2021, 3, 10), LocalDate.of(2021, 3, 10), null));
        assertRefusedAndNothingWritten("member.not-found", () -> offer(new MemberId(new UUID(7, 7)), "Formació", PROCUREMENT,
                LocalDate.of(2021, 3, 10), LocalDate.of(2021, 3, 10), null));
    }
}
