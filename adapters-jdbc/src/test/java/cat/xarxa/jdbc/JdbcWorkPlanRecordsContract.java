package cat.xarxa.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cat.xarxa.common.ConcurrentUpdateException;
import cat.xarxa.governance.Body;
import cat.xarxa.member.Member;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.MemberKind;
import cat.xarxa.spi.Storage;
import cat.xarxa.workplan.ActionStatus;
import cat.xarxa.workplan.Evidence;
import cat.xarxa.workplan.EvidenceKind;
import cat.xarxa.workplan.Objective;
import cat.xarxa.workplan.PlanAction;
import cat.xarxa.workplan.PlanCell;
import cat.xarxa.workplan.PlanId;
import cat.xarxa.workplan.Responsible;
import cat.xarxa.workplan.StrategicLine;
import cat.xarxa.workplan.WorkPlan;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a database adds to keeping work plans: a plan's lines, objectives and actions, and each
 * action's responsibles, cells and evidence kept as rows that are replaced whole, read side by
 * side without mixing two plans' or two actions' rows, even beyond one fetch; long texts kept
 * whole. It owns the store's lifecycle; {@link JdbcPracticeRecordsContract} extends it, and a
 * concrete test per database extends that.
 */
abstract class JdbcWorkPlanRecordsContract {

    /** Sabadell, a real town council. */
    protected static final String SABADELL = "081878";

    protected static final LocalDate ADOPTED_ON = LocalDate.of(2017, 3, 14);

    protected Storage storage;

    /** A store with no data in it; each test gets a fresh (or emptied) one. */
    protected abstract Storage openEmptyStorage();

    @BeforeEach
    void openStorage() {
        storage = openEmptyStorage();
    }

    @AfterEach
    void closeStorage() {
        storage.close();
    }

    protected static Member aPendingMember(String ineCode, String name) {
        return Member.requestMembership(new MemberId(UUID.randomUUID()), MemberKind.MUNICIPALITY, ineCode, name,
                LocalDate.of(2026, 3, 2)).orElseThrow();
    }

    /** What a stream gives, read to the end, the stream closed. */
    protected static <T> List<T> readWhole(Stream<T> stream) {
        try (stream) {
            return stream.toList();
        }
    }

    /** Lines of text cut to a length, ending in spaces and a line break, which must be kept too. */
    protected static String textOf(String line, int length) {
        return line.repeat(length / line.length() + 1).substring(0, length - 3) + "  \n";
    }

    /** Every body of the network, in order. */
    private static List<Responsible> everyBody() {
        return Arrays.stream(Body.values()).map(Responsible::body).toList();
    }

    private static Evidence anEvidence(EvidenceKind kind, int day) {
        return new Evidence(kind, kind == EvidenceKind.LINK ? "https://xarxa.cat/materials/" + day
                : UUID.randomUUID().toString(), day % 2 == 0 ? "" : "Nota " + day, LocalDate.of(2018, 1, day));
    }

    /**
     * The plan of seed 001, in short: two lines, the first with two objectives (the second without
     * actions), the second with one; actions with every kind of responsible, every body, cells of
     * whole years and of semesters, every status and every kind of evidence.
     */
    private static WorkPlan aFullPlan() {
        PlanAction catalogue = new PlanAction("I.1.1", "Catàleg de formacions\ndels socis  ",
                everyBody(), List.of(Responsible.members(), Responsible.externalService("")),
                List.of(Responsible.externalService("Cooperativa de serveis"), Responsible.other("Qui escaigui")),
                List.of(PlanCell.year(2017), PlanCell.semester(2018, 1), PlanCell.semester(2018, 2)),
                ActionStatus.IN_PROGRESS, 40,
                Arrays.stream(EvidenceKind.values()).map(kind -> anEvidence(kind, kind.ordinal() + 1)).toList());
        PlanAction bank = new PlanAction("I.1.2", "Banc de bones pràctiques", List.of(Responsible.body(Body.TECHNICAL_COMMISSION)),
                List.of(Responsible.body(Body.TECHNICAL_SECRETARIAT)), List.of(), List.of(PlanCell.semester(2019, 1)),
                ActionStatus.DONE, 100, List.of(anEvidence(EvidenceKind.GOOD_PRACTICE, 20)));
        PlanAction dropped = new PlanAction("II.1.1", "Trobada anual", List.of(), List.of(Responsible.members()),
                List.of(), List.of(), ActionStatus.DROPPED, 10, List.of(anEvidence(EvidenceKind.EVENT, 21)));
        PlanAction planned = PlanAction.planned("II.1.2", "Mentories", List.of(Responsible.body(Body.PRESIDENCY)),
                List.of(), List.of(Responsible.other("Ajuntaments mentors")), List.of(PlanCell.year(2019)));
        return new WorkPlan(new PlanId(UUID.randomUUID()), "Pla de treball 2017-2019", 2017, 2019, ADOPTED_ON,
                "AG 2017-03, acord 2", List.of(
                new StrategicLine("I", "Enfortir l'economia social\na cada municipi", List.of(
                        new Objective("I.1", "Compartir coneixement", List.of(catalogue, bank)),
                        new Objective("I.2", "Sense accions encara", List.of()))),
                new StrategicLine("II", "Fer xarxa", List.of(
                        new Objective("II.1", "Trobades", List.of(dropped, planned))))), 0);
    }

    /**
     * A plan with, by number, one or two lines, up to three objectives a line and actions an
     * objective, and up to three responsibles, cells and pieces of evidence an action: what a join
     * would multiply, and nested rows of different lines, objectives and actions to keep apart.
     */
    private static WorkPlan aPlanNumbered(int number) {
        List<StrategicLine> lines = IntStream.range(0, 1 + number % 2).mapToObj(line -> new StrategicLine(
                "L" + line, "Línia " + line, IntStream.range(0, (number + line) % 4).mapToObj(objective -> new Objective(
                        "L" + line + "." + objective, "Objectiu " + objective,
                        IntStream.range(0, (number + objective) % 4).mapToObj(action -> anActionNumbered(number,
                                "L" + line + "." + objective + "." + action, action)).toList())).toList())).toList();
        return new WorkPlan(new PlanId(UUID.randomUUID()), "Pla " + number, 2020 + number % 3, 2022 + number % 3,
                ADOPTED_ON.plusDays(number), number % 2 == 0 ? "" : "Acord " + number, lines, 0);
    }

    private static PlanAction anActionNumbered(int number, String code, int action) {
        List<Responsible> some = List.of(Responsible.body(Body.values()[(number + action) % Body.values().length]),
                Responsible.members(), Responsible.other("Altres " + number));
        return new PlanAction(code, "Acció " + code, some.subList(0, (number + action) % 4),
                some.subList(0, (number + 2 * action) % 4), some.subList(0, (number + 3 * action) % 4),
                List.of(PlanCell.year(2020), PlanCell.semester(2021, 2), PlanCell.semester(2022, 1))
                        .subList(0, (number + action) % 4),
                ActionStatus.IN_PROGRESS, (number * 7 + action) % 100,
                IntStream.range(0, (number + 2 * action) % 4)
                        .mapToObj(piece -> anEvidence(EvidenceKind.values()[piece], piece + 1)).toList());
    }

    @Test
    void aWorkPlanReadsBackWithEveryLineObjectiveActionAndTheirRows() {
        WorkPlan plan = aFullPlan();

        long version = storage.transaction(tx -> tx.workPlans().save(plan));

        assertEquals(1, version);
        assertEquals(Optional.of(plan.withVersion(1)), storage.transaction(tx -> tx.workPlans().plan(plan.id())));
        assertEquals(List.of(plan.withVersion(1)), storage.transaction(tx -> readWhole(tx.workPlans().plans())));
        assertEquals(Optional.empty(), storage.transaction(tx -> tx.workPlans().plan(new PlanId(UUID.randomUUID()))));
    }

    @Test
    void everyWorkPlanStreamsOnceInIdOrderWithItsOwnNestedRowsEvenBeyondOneFetch() {
        List<WorkPlan> saved = IntStream.range(0, JdbcWorkPlans.FETCH_SIZE * 2 + 34)
                .mapToObj(JdbcWorkPlanRecordsContract::aPlanNumbered).toList();
        storage.transaction(tx -> {
            saved.forEach(tx.workPlans()::save);
            return null;
        });

        List<WorkPlan> streamed = storage.transaction(tx -> readWhole(tx.workPlans().plans()));
        WorkPlan richest = saved.stream().max(Comparator.comparingLong(plan -> plan.actions().count())).orElseThrow();

        assertEquals(saved.stream().map(plan -> plan.withVersion(1))
                .sorted(Comparator.comparing(plan -> plan.id().toString())).toList(), streamed);
        assertEquals(Optional.of(richest.withVersion(1)), storage.transaction(tx -> tx.workPlans().plan(richest.id())));
    }

    @Test
    void aPlanUpdateReplacesEveryRowOfItWhole() {
        WorkPlan plan = aFullPlan();
        storage.transaction(tx -> tx.workPlans().save(plan));
        PlanAction reported = plan.action("II.1.2").orElseThrow().progressed(ActionStatus.IN_PROGRESS, 30,
                new Evidence(EvidenceKind.LINK, "https://xarxa.cat/mentories", "Primera ronda", LocalDate.of(2019, 2, 1)));
        WorkPlan progressed = plan.with(reported).withVersion(1);
        WorkPlan fewer = new WorkPlan(plan.id(), "Pla de treball 2017-2019 (revisat)", 2017, 2020, ADOPTED_ON.plusDays(1),
                "", List.of(new StrategicLine("II", "Fer xarxa", List.of(new Objective("II.1", "Trobades",
                List.of(reported))))), 2);
        WorkPlan none = new WorkPlan(plan.id(), plan.title(), 2017, 2019, ADOPTED_ON, "AG", List.of(), 3);

        assertEquals(2L, (long) storage.transaction(tx -> tx.workPlans().save(progressed)));
        Optional<WorkPlan> afterProgress = storage.transaction(tx -> tx.workPlans().plan(plan.id()));
        storage.transaction(tx -> tx.workPlans().save(fewer));
        Optional<WorkPlan> afterFewer = storage.transaction(tx -> tx.workPlans().plan(plan.id()));
        storage.transaction(tx -> tx.workPlans().save(none));
        Optional<WorkPlan> afterNone = storage.transaction(tx -> tx.workPlans().plan(plan.id()));
        storage.transaction(tx -> tx.workPlans().save(plan.withVersion(4)));
        Optional<WorkPlan> afterAll = storage.transaction(tx -> tx.workPlans().plan(plan.id()));

        assertEquals(Optional.of(progressed.withVersion(2)), afterProgress);
        assertEquals(List.of(new Evidence(EvidenceKind.LINK, "https://xarxa.cat/mentories", "Primera ronda",
                LocalDate.of(2019, 2, 1))), afterProgress.orElseThrow().action("II.1.2").orElseThrow().evidence());
        assertEquals(Optional.of(fewer.withVersion(3)), afterFewer);
        assertEquals(Optional.of(none.withVersion(4)), afterNone);
        assertEquals(Optional.of(plan.withVersion(5)), afterAll);
    }

    @Test
    void aSecondPlanWithTheSameIdOrAStaleVersionIsAConflict() {
        WorkPlan plan = aFullPlan();
        storage.transaction(tx -> tx.workPlans().save(plan));
        storage.transaction(tx -> tx.workPlans().save(plan.withVersion(1)));

        assertThrows(ConcurrentUpdateException.class, () -> storage.transaction(tx -> tx.workPlans().save(plan)));
        assertThrows(ConcurrentUpdateException.class, () -> storage.transaction(tx ->
                tx.workPlans().save(plan.withVersion(1))));
        assertThrows(ConcurrentUpdateException.class, () -> storage.transaction(tx ->
                tx.workPlans().save(aFullPlan().withVersion(1))));
        assertEquals(Optional.of(plan.withVersion(2)), storage.transaction(tx -> tx.workPlans().plan(plan.id())));
    }

    @Test
    void workPlanTextsAreKeptWholeAtFullLength() {
        String line = "Línia amb «cometes» i accents: àèéíòóúç·l\n";
        PlanAction action = new PlanAction("c".repeat(29) + "·", textOf(line, 500),
                List.of(Responsible.externalService(textOf(line, 200).trim())),
                List.of(Responsible.other(textOf(line, 200).trim())), List.of(), List.of(PlanCell.semester(2999, 2)),
                ActionStatus.DONE, 100, List.of(new Evidence(EvidenceKind.LINK, textOf(line, 500), textOf(line, 500),
                LocalDate.of(2999, 12, 31))));
        WorkPlan plan = new WorkPlan(new PlanId(UUID.randomUUID()), textOf(line, 200), 1900, 2999,
                LocalDate.of(1900, 1, 1), textOf(line, 200), List.of(new StrategicLine("l".repeat(30), textOf(line, 500),
                List.of(new Objective("o".repeat(30), textOf(line, 500), List.of(action))))), 0);

        storage.transaction(tx -> tx.workPlans().save(plan));

        assertEquals(Optional.of(plan.withVersion(1)), storage.transaction(tx -> tx.workPlans().plan(plan.id())));
    }
}
