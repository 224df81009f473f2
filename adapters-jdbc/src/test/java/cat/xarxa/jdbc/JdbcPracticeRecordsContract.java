package cat.xarxa.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cat.xarxa.common.ConcurrentUpdateException;
import cat.xarxa.common.MeetingFormat;
import cat.xarxa.member.Member;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.PersonId;
import cat.xarxa.practice.CallId;
import cat.xarxa.practice.PracticeCall;
import cat.xarxa.practice.PracticeSubmission;
import cat.xarxa.practice.PracticeThemes;
import cat.xarxa.practice.SubmissionId;
import cat.xarxa.practice.SubmissionStatus;
import cat.xarxa.practice.SystematisationSheet;
import cat.xarxa.practice.Training;
import cat.xarxa.practice.TrainingId;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * What a database adds to keeping the good-practices bank: a call's priorities and a
 * submission's promoters and themes kept as rows that are replaced whole, read side by side
 * without mixing two owners' rows, even beyond one fetch; the systematisation sheet as columns
 * that are all null until it is completed; submissions in every status; trainings; long texts kept
 * whole. A concrete test per database extends it.
 */
abstract class JdbcPracticeRecordsContract extends JdbcWorkPlanRecordsContract {

    private static final LocalDate OPENS_ON = LocalDate.of(2020, 3, 2);

    private static PracticeCall aCall(List<String> priorities) {
        return new PracticeCall(new CallId(UUID.randomUUID()), "Convocatòria de bones pràctiques 2020", OPENS_ON,
                LocalDate.of(2020, 4, 30), priorities, 0);
    }

    private static SystematisationSheet aSheet(boolean withLessonsAndLink) {
        return new SystematisationSheet("Context:\nla crisi de la Covid-19  ", "Què es va fer", "Resultats",
                withLessonsAndLink ? "Lliçons apreses" : "", withLessonsAndLink ? "https://xarxa.cat/fitxa" : "",
                withLessonsAndLink, LocalDate.of(2020, 7, 1));
    }

    /** A practice just submitted, with, by number, one to three promoters and up to three themes. */
    private static PracticeSubmission aSubmissionNumbered(int number, PracticeCall call, Member council) {
        return PracticeSubmission.submitted(new SubmissionId(UUID.randomUUID()), call.id(), council.id(),
                "Pràctica " + number, List.of("Ajuntament", "Cooperativa " + number, "Ateneu").subList(0, 1 + number % 3),
                number % 2 == 0 ? "Resum" : "Resum\namb salts de línia  ", new PersonId(UUID.randomUUID()),
                PracticeThemes.CALL_2020.subList(number % 4, number % 4 + number % 3), OPENS_ON.plusDays(number % 50));
    }

    /** The same submission in each status, with and without a sheet where the status allows either. */
    private static List<PracticeSubmission> inEveryStatus(PracticeCall call, Member council) {
        LocalDate reviewedOn = LocalDate.of(2020, 5, 15);
        PracticeSubmission submitted = aSubmissionNumbered(1, call, council);
        PracticeSubmission selected = aSubmissionNumbered(2, call, council).reviewed(true, false, reviewedOn);
        PracticeSubmission early = aSubmissionNumbered(3, call, council).reviewed(true, true, reviewedOn);
        PracticeSubmission notSelected = aSubmissionNumbered(4, call, council).reviewed(false, false, reviewedOn);
        PracticeSubmission withSheet = aSubmissionNumbered(5, call, council).reviewed(true, false, reviewedOn)
                .withSheet(aSheet(false));
        PracticeSubmission published = aSubmissionNumbered(6, call, council).reviewed(true, true, reviewedOn)
                .withSheet(aSheet(true)).published(LocalDate.of(2020, 9, 1));
        PracticeSubmission publishedPlain = aSubmissionNumbered(7, call, council).reviewed(true, false, reviewedOn)
                .withSheet(aSheet(false)).published(LocalDate.of(2020, 9, 2));
        return List.of(submitted, selected, early, notSelected, withSheet, published, publishedPlain);
    }

    private static Training aTraining(Member council, MeetingFormat format, String link) {
        return new Training(new TrainingId(UUID.randomUUID()), council.id(), "Compra pública responsable",
                "responsible-public-procurement", LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 5 + format.ordinal()),
                format, 10 + format.ordinal(), link, 0);
    }

    private static <T> List<T> inIdOrder(List<T> records, java.util.function.Function<T, Object> id) {
        return records.stream().sorted(Comparator.comparing(record -> id.apply(record).toString())).toList();
    }

    @Test
    void callsReadBackWithTheirPrioritiesInOrderAndStreamInIdOrder() {
        List<PracticeCall> calls = List.of(aCall(PracticeThemes.CALL_2020), aCall(List.of()),
                aCall(List.of("youth", "care-policies")));

        storage.transaction(tx -> {
            calls.forEach(tx.practices()::save);
            return null;
        });

        assertEquals(Optional.of(calls.get(0).withVersion(1)), storage.transaction(tx ->
                tx.practices().call(calls.get(0).id())));
        assertEquals(inIdOrder(calls.stream().map(call -> call.withVersion(1)).toList(), PracticeCall::id),
                storage.transaction(tx -> readWhole(tx.practices().calls())));
        assertEquals(Optional.empty(), storage.transaction(tx -> tx.practices().call(new CallId(UUID.randomUUID()))));
    }

    @Test
    void submissionsInEveryStatusReadBackWithOrWithoutTheirSheet() {
        Member sabadell = aPendingMember(SABADELL, "Sabadell");
        PracticeCall call = aCall(PracticeThemes.CALL_2020);
        List<PracticeSubmission> submissions = inEveryStatus(call, sabadell);

        // The council is new in the same unit of work: it is written before the submissions that name it.
        storage.transaction(tx -> {
            tx.members().save(sabadell);
            tx.practices().save(call);
            submissions.forEach(tx.practices()::save);
            return null;
        });

        assertEquals(Arrays.stream(SubmissionStatus.values()).toList(),
                submissions.stream().map(PracticeSubmission::status).distinct().sorted().toList());
        for (PracticeSubmission submission : submissions) {
            assertEquals(Optional.of(submission.withVersion(1)), storage.transaction(tx ->
                    tx.practices().submission(submission.id())));
        }
        assertEquals(inIdOrder(submissions.stream().map(submission -> submission.withVersion(1)).toList(),
                PracticeSubmission::id), storage.transaction(tx -> readWhole(tx.practices().submissions())));
    }

    @Test
    void everyCallAndSubmissionStreamsOnceWithItsOwnRowsEvenBeyondOneFetch() {
        Member sabadell = aPendingMember(SABADELL, "Sabadell");
        List<PracticeCall> calls = IntStream.range(0, JdbcPracticeCalls.FETCH_SIZE * 2 + 34)
                .mapToObj(number -> aCall(PracticeThemes.CALL_2020.subList(0, number % 7))).toList();
        List<PracticeSubmission> submissions = IntStream.range(0, JdbcPracticeSubmissions.FETCH_SIZE * 2 + 34)
                .mapToObj(number -> aSubmissionNumbered(number, calls.get(number % 3), sabadell)).toList();
        storage.transaction(tx -> {
            tx.members().save(sabadell);
            calls.forEach(tx.practices()::save);
            submissions.forEach(tx.practices()::save);
            return null;
        });

        assertEquals(inIdOrder(calls.stream().map(call -> call.withVersion(1)).toList(), PracticeCall::id),
                storage.transaction(tx -> readWhole(tx.practices().calls())));
        assertEquals(inIdOrder(submissions.stream().map(submission -> submission.withVersion(1)).toList(),
                PracticeSubmission::id), storage.transaction(tx -> readWhole(tx.practices().submissions())));
    }

    @Test
    void aSubmissionGoesThroughItsLifeAndItsPromotersAndThemesAreReplacedWhole() {
        Member sabadell = aPendingMember(SABADELL, "Sabadell");
        PracticeCall call = aCall(PracticeThemes.CALL_2020);
        PracticeSubmission submitted = aSubmissionNumbered(5, call, sabadell);
        storage.transaction(tx -> tx.members().save(sabadell) + tx.practices().save(call) + tx.practices().save(submitted));
        PracticeSubmission reviewed = submitted.withVersion(1).reviewed(true, true, LocalDate.of(2020, 5, 15));
        PracticeSubmission completed = reviewed.withVersion(2).withSheet(aSheet(true));
        PracticeSubmission published = completed.withVersion(3).published(LocalDate.of(2020, 9, 1));
        // As an import may restore it: one promoter and no theme left.
        PracticeSubmission fewer = new PracticeSubmission(submitted.id(), call.id(), sabadell.id(), "Pràctica revisada",
                List.of("Ateneu cooperatiu"), "Resum nou", submitted.contact(), List.of(), submitted.submittedOn(),
                SubmissionStatus.PUBLISHED, true, reviewed.reviewedOn(), aSheet(false), published.publishedOn(), 4);

        List<Long> versions = List.of(storage.transaction(tx -> tx.practices().save(reviewed)),
                storage.transaction(tx -> tx.practices().save(completed)),
                storage.transaction(tx -> tx.practices().save(published)),
                storage.transaction(tx -> tx.practices().save(fewer)));

        assertEquals(List.of(2L, 3L, 4L, 5L), versions);
        assertEquals(3, submitted.promoters().size());
        assertEquals(2, submitted.themes().size());
        assertEquals(Optional.of(fewer.withVersion(5)), storage.transaction(tx -> tx.practices().submission(submitted.id())));
        PracticeCall fewerPriorities = new PracticeCall(call.id(), "Convocatòria 2020 (ampliada)", OPENS_ON,
                LocalDate.of(2020, 5, 31), List.of("youth"), 1);
        assertEquals(2L, (long) storage.transaction(tx -> tx.practices().save(fewerPriorities)));
        assertEquals(Optional.of(fewerPriorities.withVersion(2)), storage.transaction(tx -> tx.practices().call(call.id())));
    }

    @Test
    void trainingsReadBackInEveryFormatAndStreamInIdOrder() {
        Member sabadell = aPendingMember(SABADELL, "Sabadell");
        List<Training> trainings = Arrays.stream(MeetingFormat.values())
                .map(format -> aTraining(sabadell, format, format == MeetingFormat.VIRTUAL ? "" : "https://xarxa.cat/f"))
                .toList();
        storage.transaction(tx -> {
            tx.members().save(sabadell);
            trainings.forEach(tx.practices()::save);
            return null;
        });
        Training moved = new Training(trainings.get(0).id(), sabadell.id(), "Compra pública responsable (II)",
                "care-policies", LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 3), MeetingFormat.HYBRID, 1, "", 1);

        assertEquals(inIdOrder(trainings.stream().map(training -> training.withVersion(1)).toList(), Training::id),
                storage.transaction(tx -> readWhole(tx.practices().trainings())));
        assertEquals(2L, (long) storage.transaction(tx -> tx.practices().save(moved)));
        assertEquals(Optional.of(moved.withVersion(2)), storage.transaction(tx -> tx.practices().training(moved.id())));
        assertEquals(Optional.empty(), storage.transaction(tx -> tx.practices().training(new TrainingId(UUID.randomUUID()))));
    }

    @Test
    void aSecondCallSubmissionOrTrainingWithTheSameIdOrAStaleVersionIsAConflict() {
        Member sabadell = aPendingMember(SABADELL, "Sabadell");
        PracticeCall call = aCall(PracticeThemes.CALL_2020);
        PracticeSubmission submission = aSubmissionNumbered(2, call, sabadell);
        Training training = aTraining(sabadell, MeetingFormat.IN_PERSON, "");
        storage.transaction(tx -> tx.members().save(sabadell) + tx.practices().save(call)
                + tx.practices().save(submission) + tx.practices().save(training));

        assertThrows(ConcurrentUpdateException.class, () -> storage.transaction(tx -> tx.practices().save(call)));
        assertThrows(ConcurrentUpdateException.class, () -> storage.transaction(tx -> tx.practices().save(submission)));
        assertThrows(ConcurrentUpdateException.class, () -> storage.transaction(tx -> tx.practices().save(training)));
        assertThrows(ConcurrentUpdateException.class, () -> storage.transaction(tx ->
                tx.practices().save(call.withVersion(2))));
        assertThrows(ConcurrentUpdateException.class, () -> storage.transaction(tx ->
                tx.practices().save(submission.withVersion(2))));
        assertThrows(ConcurrentUpdateException.class, () -> storage.transaction(tx ->
                tx.practices().save(training.withVersion(2))));
        assertThrows(ConcurrentUpdateException.class, () -> storage.transaction(tx ->
                tx.practices().save(aTraining(sabadell, MeetingFormat.VIRTUAL, "").withVersion(1))));
        assertEquals(List.of(Optional.of(call.withVersion(1)), Optional.of(submission.withVersion(1)),
                Optional.of(training.withVersion(1))), storage.transaction(tx -> List.of(
                tx.practices().call(call.id()), tx.practices().submission(submission.id()),
                tx.practices().training(training.id()))));
    }

    @Test
    void practiceTextsAreKeptWholeAtFullLength() {
        Member sabadell = aPendingMember(SABADELL, "Sabadell");
        String line = "Línia amb «cometes» i accents: àèéíòóúç·l\n";
        String tag = "t".repeat(59) + "·";
        PracticeCall call = new PracticeCall(new CallId(UUID.randomUUID()), textOf(line, 200), OPENS_ON, OPENS_ON,
                List.of(tag), 0);
        PracticeSubmission submission = new PracticeSubmission(new SubmissionId(UUID.randomUUID()), call.id(),
                sabadell.id(), textOf(line, 200), IntStream.range(0, 20).mapToObj(i -> textOf(line, 200)).toList(),
                textOf(line, 2_000), new PersonId(UUID.randomUUID()), List.of(tag, tag), OPENS_ON,
                SubmissionStatus.PUBLISHED, true, OPENS_ON, new SystematisationSheet(textOf(line, 4_000),
                textOf(line, 4_000), textOf(line, 4_000), textOf(line, 4_000), textOf(line, 500), false, OPENS_ON),
                OPENS_ON, 0);
        Training training = new Training(new TrainingId(UUID.randomUUID()), sabadell.id(), textOf(line, 200), tag,
                OPENS_ON, OPENS_ON, MeetingFormat.VIRTUAL, 10_000, textOf(line, 500), 0);

        storage.transaction(tx -> tx.members().save(sabadell) + tx.practices().save(call) + tx.practices().save(submission)
                + tx.practices().save(training));

        assertEquals(List.of(Optional.of(call.withVersion(1)), Optional.of(submission.withVersion(1)),
                Optional.of(training.withVersion(1))), storage.transaction(tx -> List.of(
                tx.practices().call(call.id()), tx.practices().submission(submission.id()),
                tx.practices().training(training.id()))));
    }
}
