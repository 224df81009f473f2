package cat.xarxa;

import static cat.xarxa.ReasonAssertions.assertRefusedFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.advisory.AdvisoryId;
import cat.xarxa.advisory.AdvisoryTopics;
import cat.xarxa.advisory.OpenHourBank;
import cat.xarxa.advisory.RequestAdvisory;
import cat.xarxa.common.Decision;
import cat.xarxa.common.Hours;
import cat.xarxa.common.IneCode;
import cat.xarxa.common.JournalEntry;
import cat.xarxa.common.MeetingFormat;
import cat.xarxa.governance.Body;
import cat.xarxa.governance.EventKind;
import cat.xarxa.governance.ScheduleEvent;
import cat.xarxa.member.AdmitMember;
import cat.xarxa.member.ApplyForMembership;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.PersonId;
import cat.xarxa.member.RegisterPerson;
import cat.xarxa.memory.MemoryStorageProvider;
import cat.xarxa.practice.OfferTraining;
import cat.xarxa.practice.OpenCall;
import cat.xarxa.practice.PracticeThemes;
import cat.xarxa.practice.SubmitPractice;
import cat.xarxa.spi.Storage;
import cat.xarxa.spi.StorageConfig;
import cat.xarxa.workinggroup.ChangeGroupStatus;
import cat.xarxa.workinggroup.GroupProductId;
import cat.xarxa.workinggroup.GroupStatus;
import cat.xarxa.workinggroup.ProductKind;
import cat.xarxa.workinggroup.ProductStatus;
import cat.xarxa.workinggroup.ProposeWorkingGroup;
import cat.xarxa.workinggroup.RecordGroupProduct;
import cat.xarxa.workinggroup.WorkingGroupId;
import cat.xarxa.workplan.ActionStatus;
import cat.xarxa.workplan.AdoptWorkPlan;
import cat.xarxa.workplan.Evidence;
import cat.xarxa.workplan.EvidenceKind;
import cat.xarxa.workplan.Objective;
import cat.xarxa.workplan.PlanAction;
import cat.xarxa.workplan.PlanCell;
import cat.xarxa.workplan.PlanId;
import cat.xarxa.workplan.PlanProgress;
import cat.xarxa.workplan.ReportProgress;
import cat.xarxa.workplan.Responsible;
import cat.xarxa.workplan.StrategicLine;
import cat.xarxa.workplan.WorkPlan;
import cat.xarxa.workplan.WorkPlans;
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
 * Work plans through the facade (seed 001): adopted as data, strategic lines to objectives to
 * actions with who sets the basic lines, who executes and when; each action's progress reported
 * only forward, with evidence that points at something the network holds.
 */
class XarxaWorkPlansTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), Xarxa.NETWORK_ZONE);
    private static final LocalDate ADOPTED = LocalDate.of(2017, 5, 17);
    private static final LocalDate REPORTED = LocalDate.of(2018, 12, 15);

    private final Storage storage = new MemoryStorageProvider().open(new StorageConfig(Map.of(), Map.of()));
    private final Xarxa xarxa = Xarxa.builder().storage(storage).clock(CLOCK).build();
    private final WorkPlans plans = xarxa.workPlans();

    @AfterEach
    void close() {
        xarxa.close();
    }

    // ---------------------------------------------------------------- fixture

    private static final Responsible TECHNICAL_COMMISSION = Responsible.body(Body.TECHNICAL_COMMISSION);
    private static final Responsible SECRETARIAT = Responsible.body(Body.TECHNICAL_SECRETARIAT);
    private static final Responsible EXECUTIVE = Responsible.body(Body.EXECUTIVE_COMMISSION);

    private static PlanAction action(String code, List<Responsible> basicLines, List<Responsible> execution,
                                     List<Responsible> support, PlanCell... when) {
        return PlanAction.planned(code, "Acció " + code, basicLines, execution, support, List.of(when));
    }

    /** The 2017–2019 plan: two strategic lines, three actions. */
    private static List<StrategicLine> twoLines() {
        return List.of(
                new StrategicLine("I", "Enfortir l'economia social i solidària a cada municipi", List.of(
                        new Objective("I.1", "Dotar els ajuntaments d'eines de promoció", List.of(
                                action("I.1.1", List.of(TECHNICAL_COMMISSION), List.of(SECRETARIAT), List.of(),
                                        PlanCell.year(2017), PlanCell.semester(2018, 1)),
                                action("I.1.2", List.of(Responsible.members()),
                                        List.of(Responsible.externalService("Servei especialitzat en compra pública")),
                                        List.of(), PlanCell.semester(2018, 2)))))),
                new StrategicLine("II", "Articular la xarxa", List.of(
                        new Objective("II.1", "Fer créixer la xarxa", List.of(
                                action("II.1.1", List.of(TECHNICAL_COMMISSION), List.of(EXECUTIVE), List.of(SECRETARIAT),
                                        PlanCell.parse("2019-S1")))))));
    }

    private Decision<WorkPlan> adopt(String title, int first, int last, List<StrategicLine> lines) {
        return plans.adopt(new AdoptWorkPlan(title, first, last, ADOPTED, "AG 2017-05", lines));
    }

    private WorkPlan plan() {
        return adopt("Pla de treball 2017-2019", 2017, 2019, twoLines()).orElseThrow();
    }

    private Decision<WorkPlan> report(PlanId plan, String action, ActionStatus status, int progress, Evidence evidence) {
        return plans.report(new ReportProgress(plan, action, status, progress, evidence, REPORTED));
    }

    private static Evidence evidence(EvidenceKind kind, Object reference) {
        return new Evidence(kind, reference.toString(), "", REPORTED);
    }

    private PlanAction action(PlanId plan, String code) {
        return plans.plan(plan).orElseThrow().action(code).orElseThrow();
    }

    private GroupProductId productOf(WorkingGroupId group) {
        return xarxa.workingGroups().group(group).orElseThrow().products().get(0).id();
    }

    private static List<String> codes(List<PlanAction> actions) {
        return actions.stream().map(PlanAction::code).toList();
    }

    private MemberId council(String ineCode) {
        MemberId id = xarxa.members().apply(new ApplyForMembership(IneCode.parse(ineCode), LocalDate.of(2017, 5, 1)))
                .orElseThrow();
        xarxa.members().admit(new AdmitMember(id, ADOPTED, "AG 2017-05")).orElseThrow();
        return id;
    }

    // ---------------------------------------------------------------- what nothing written means

    private record Written(long journal, List<WorkPlan> plans) {
    }

    private Written written() {
        return storage.transaction(tx -> {
            try (Stream<WorkPlan> all = tx.workPlans().plans()) {
                return new Written(tx.journal().size(), all.toList());
            }
        });
    }

    private void assertRefusedAndNothingWritten(String code, Supplier<Decision<?>> command) {
        Written before = written();
        Decision<?> decision = command.get();
        assertRefusedFor(code, decision);
        assertEquals(before, written(), () -> "a refusal wrote something: " + decision.reasons());
    }

    // ---------------------------------------------------------------- adopting

    @Test
    void aPlanOfTwoLinesIsAdoptedWithEveryActionPlannedAtZero() {
        WorkPlan plan = plan();

        WorkPlan stored = plans.plan(plan.id()).orElseThrow();
        assertEquals(plan, stored);
        assertEquals(List.of("I", "II"), stored.lines().stream().map(StrategicLine::code).toList());
        assertEquals(List.of("I.1.1", "I.1.2", "II.1.1"), stored.actions().map(PlanAction::code).toList());
        assertTrue(stored.actions().allMatch(a -> a.status() == ActionStatus.PLANNED && a.progress() == 0
                && a.evidence().isEmpty()));
        assertEquals(List.of(PlanCell.year(2017), PlanCell.semester(2018, 1)), stored.action("I.1.1").orElseThrow().when());
        assertEquals("2019-S1", stored.action("II.1.1").orElseThrow().when().get(0).toString());
        assertEquals(List.of(TECHNICAL_COMMISSION, EXECUTIVE, SECRETARIAT), stored.action("II.1.1").orElseThrow().responsibles());
        assertEquals("AG 2017-05", stored.reference());
        assertEquals(List.of("WorkPlanAdopted"), xarxa.history(WorkPlan.AGGREGATE_TYPE, plan.id().toString()).stream()
                .map(JournalEntry::eventType).toList());
        assertEquals(List.of(stored), plans.plans());
    }

    @Test
    void aPlanWhosePeriodRunsBackwardsIsRefused() {
        assertRefusedAndNothingWritten("plan.period-backwards", () -> adopt("Pla", 2019, 2017, twoLines()));
    }

    @Test
    void aPlanUsesEachCodeOnce() {
        List<StrategicLine> lines = List.of(new StrategicLine("I", "Línia", List.of(new Objective("I.1", "Objectiu",
                List.of(action("I.1.1", List.of(TECHNICAL_COMMISSION), List.of(), List.of(), PlanCell.year(2017)),
                        action("I.1.1", List.of(TECHNICAL_COMMISSION), List.of(), List.of(), PlanCell.year(2018)))))));
        assertRefusedAndNothingWritten("plan.duplicate-code", () -> adopt("Pla", 2017, 2019, lines));
        List<StrategicLine> sameAsLine = List.of(new StrategicLine("I", "Línia", List.of(new Objective("I", "Objectiu",
                List.of(action("I.1.1", List.of(TECHNICAL_COMMISSION), List.of(), List.of()))))));
        assertRefusedAndNothingWritten("plan.duplicate-code", () -> adopt("Pla", 2017, 2019, sameAsLine));
    }

    @Test
    void anActionPlannedOutsideThePeriodIsRefused() {
        List<StrategicLine> lines = List.of(new StrategicLine("I", "Línia", List.of(new Objective("I.1", "Objectiu",
                List.of(action("I.1.1", List.of(TECHNICAL_COMMISSION), List.of(SECRETARIAT), List.of(),
                        PlanCell.year(2019), PlanCell.semester(2020, 1)))))));
        assertRefusedAndNothingWritten("plan.cell-outside-period", () -> adopt("Pla", 2017, 2019, lines));
    }

    @Test
    void anActionThatNamesNoOneForItsBasicLinesNorItsExecutionIsRefused() {
        List<StrategicLine> lines = List.of(new StrategicLine("I", "Línia", List.of(new Objective("I.1", "Objectiu",
                List.of(action("I.1.1", List.of(), List.of(), List.of(SECRETARIAT), PlanCell.year(2017)))))));
        assertRefusedAndNothingWritten("plan.action-without-responsible", () -> adopt("Pla", 2017, 2019, lines));

        List<StrategicLine> executedOnly = List.of(new StrategicLine("I", "Línia", List.of(new Objective("I.1", "Objectiu",
                List.of(action("I.1.1", List.of(), List.of(Responsible.other("Qui s'escaigui")), List.of()))))));
        assertTrue(adopt("Pla", 2017, 2019, executedOnly).isAccepted(), "executed by someone is enough");
    }

    @Test
    void aPlanIsAdoptedWithoutProgress() {
        PlanAction started = new PlanAction("I.1.1", "Acció", List.of(TECHNICAL_COMMISSION), List.of(), List.of(), List.of(),
                ActionStatus.IN_PROGRESS, 20, List.of());
        List<StrategicLine> lines = List.of(new StrategicLine("I", "Línia", List.of(new Objective("I.1", "Objectiu",
                List.of(started)))));
        assertRefusedAndNothingWritten("plan.adopted-with-progress", () -> adopt("Pla", 2017, 2019, lines));
    }

    // ---------------------------------------------------------------- progress

    @Test
    void anActionMovesForwardUntilDoneAtOneHundred() {
        WorkPlan plan = plan();
        Evidence guide = evidence(EvidenceKind.LINK, "https://xarxa.example.cat/guia-compra-publica");

        report(plan.id(), "I.1.1", ActionStatus.IN_PROGRESS, 40, null).orElseThrow();
        report(plan.id(), "I.1.1", ActionStatus.IN_PROGRESS, 70, guide).orElseThrow();
        WorkPlan done = report(plan.id(), "I.1.1", ActionStatus.DONE, 100, null).orElseThrow();

        PlanAction action = done.action("I.1.1").orElseThrow();
        assertEquals(List.of(ActionStatus.DONE, 100, List.of(guide)), List.of(action.status(), action.progress(),
                action.evidence()));
        assertEquals(done, plans.plan(plan.id()).orElseThrow());
        assertEquals(List.of("WorkPlanAdopted", "ActionProgressed", "ActionProgressed", "ActionProgressed"),
                xarxa.history(WorkPlan.AGGREGATE_TYPE, plan.id().toString()).stream().map(JournalEntry::eventType).toList());
        assertEquals(ActionStatus.PLANNED, done.action("I.1.2").orElseThrow().status(), "the other actions stay as they were");

        assertRefusedAndNothingWritten("plan.illegal-transition",
                () -> report(plan.id(), "I.1.1", ActionStatus.IN_PROGRESS, 100, null));
        assertRefusedAndNothingWritten("plan.illegal-transition",
                () -> report(plan.id(), "I.1.1", ActionStatus.DONE, 100, null));
    }

    @Test
    void aDroppedActionStaysDroppedWithItsEvidence() {
        WorkPlan plan = plan();
        Evidence note = evidence(EvidenceKind.LINK, "http://xarxa.example.cat/acta-ce-2018-10");
        report(plan.id(), "I.1.2", ActionStatus.IN_PROGRESS, 30, note).orElseThrow();

        PlanAction dropped = report(plan.id(), "I.1.2", ActionStatus.DROPPED, 30, null).orElseThrow().action("I.1.2")
                .orElseThrow();

        assertEquals(List.of(note), dropped.evidence());
        assertRefusedAndNothingWritten("plan.illegal-transition",
                () -> report(plan.id(), "I.1.2", ActionStatus.IN_PROGRESS, 40, null));
        assertRefusedAndNothingWritten("plan.illegal-transition",
                () -> report(plan.id(), "I.1.2", ActionStatus.PLANNED, 0, null));
    }

    @Test
    void anInProgressActionDoesNotGoBackToPlanned() {
        WorkPlan plan = plan();
        report(plan.id(), "II.1.1", ActionStatus.PLANNED, 0, null).orElseThrow();
        report(plan.id(), "II.1.1", ActionStatus.IN_PROGRESS, 10, null).orElseThrow();

        assertRefusedAndNothingWritten("plan.illegal-transition",
                () -> report(plan.id(), "II.1.1", ActionStatus.PLANNED, 10, null));
    }

    @Test
    void doneMeansOneHundred() {
        WorkPlan plan = plan();
        assertRefusedAndNothingWritten("plan.done-below-100", () -> report(plan.id(), "I.1.1", ActionStatus.DONE, 90, null));
        assertEquals(ActionStatus.DONE, report(plan.id(), "I.1.1", ActionStatus.DONE, 100, null).orElseThrow()
                .action("I.1.1").orElseThrow().status(), "straight from planned to done");
    }

    @Test
    void aReportNamesAPlanAndOneOfItsActions() {
        WorkPlan plan = plan();
        assertRefusedAndNothingWritten("plan.not-found",
                () -> report(new PlanId(new UUID(7, 7)), "I.1.1", ActionStatus.IN_PROGRESS, 10, null));
        assertRefusedAndNothingWritten("plan.action-not-found",
                () -> report(plan.id(), "I.9.9", ActionStatus.IN_PROGRESS, 10, null));
        assertRefusedAndNothingWritten("plan.action-not-found",
                () -> report(plan.id(), "I.1", ActionStatus.IN_PROGRESS, 10, null));
    }

    // ---------------------------------------------------------------- evidence

    @Test
    void evidencePointsAtAnEventAnAdvisoryAPracticeATrainingAProductOrALink() {
        WorkPlan plan = plan();
        MemberId sabadell = council("081878");
        PersonId marta = xarxa.people().register(new RegisterPerson("Marta Puig")).orElseThrow();
        var event = xarxa.governance().schedule(new ScheduleEvent(EventKind.WORKING_GROUPS_PLENARY, "Plenari", LocalDate.of(2018,
                2, 8), null, null, MeetingFormat.IN_PERSON, "Sabadell", null)).orElseThrow().id();
        xarxa.advisories().openBank(new OpenHourBank("2018", LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31), Hours.of(40),
                "AG 2018-03", LocalDate.of(2018, 3, 1))).orElseThrow();
        AdvisoryId advisory = xarxa.advisories().request(new RequestAdvisory(sabadell, marta,
                AdvisoryTopics.RESPONSIBLE_PUBLIC_PROCUREMENT, "Clàusules socials", null, null, LocalDate.of(2018, 4, 3)))
                .orElseThrow().id();
        var call = xarxa.goodPractices().open(new OpenCall("Bones pràctiques 2018", LocalDate.of(2018, 3, 1),
                LocalDate.of(2018, 4, 30), PracticeThemes.CALL_2020)).orElseThrow().id();
        var practice = xarxa.goodPractices().submit(new SubmitPractice(call, sabadell, "Mercat social", List.of("Ajuntament"),
                "Un mercat de proximitat", marta, List.of(PracticeThemes.INTER_COOPERATION), LocalDate.of(2018, 4, 10)))
                .orElseThrow().id();
        var training = xarxa.goodPractices().offer(new OfferTraining(sabadell, "Formació en compra pública",
                PracticeThemes.RESPONSIBLE_PUBLIC_PROCUREMENT, LocalDate.of(2018, 10, 2), LocalDate.of(2018, 10, 3),
                MeetingFormat.VIRTUAL, 20, null)).orElseThrow().id();
        WorkingGroupId group = xarxa.workingGroups().propose(new ProposeWorkingGroup("Compra pública", "procurement", null,
                null, List.of(sabadell), null, LocalDate.of(2018, 1, 15), "CE 2018-01")).orElseThrow().id();
        xarxa.workingGroups().changeStatus(new ChangeGroupStatus(group, GroupStatus.ACTIVE, LocalDate.of(2018, 2, 1), "CE"))
                .orElseThrow();
        xarxa.workingGroups().product(new RecordGroupProduct(group, null, "Guia", ProductKind.GUIDE, ProductStatus.PUBLISHED,
                LocalDate.of(2018, 11, 5), List.of())).orElseThrow();

        List<Evidence> all = List.of(evidence(EvidenceKind.EVENT, event), evidence(EvidenceKind.ADVISORY, advisory),
                evidence(EvidenceKind.GOOD_PRACTICE, practice), evidence(EvidenceKind.TRAINING, training),
                evidence(EvidenceKind.GROUP_PRODUCT, productOf(group)),
                evidence(EvidenceKind.LINK, "https://xarxa.example.cat/memoria-2018"));
        int progress = 10;
        for (Evidence e : all) {
            report(plan.id(), "I.1.1", ActionStatus.IN_PROGRESS, progress, e).orElseThrow();
            progress += 10;
        }

        assertEquals(all, action(plan.id(), "I.1.1").evidence());
    }

    @Test
    void evidenceThatPointsAtNothingIsRefused() {
        WorkPlan plan = plan();
        UUID nothing = new UUID(7, 7);
        for (EvidenceKind kind : List.of(EvidenceKind.EVENT, EvidenceKind.ADVISORY, EvidenceKind.ADVISORY_PRODUCT,
                EvidenceKind.GOOD_PRACTICE, EvidenceKind.TRAINING, EvidenceKind.GROUP_PRODUCT)) {
            assertRefusedAndNothingWritten("plan.evidence-not-found",
                    () -> report(plan.id(), "I.1.1", ActionStatus.IN_PROGRESS, 10, evidence(kind, nothing)));
        }
        assertRefusedAndNothingWritten("plan.evidence-not-found",
                () -> report(plan.id(), "I.1.1", ActionStatus.IN_PROGRESS, 10, evidence(EvidenceKind.EVENT, "AG 2018-03")));
        assertEquals(List.of(), action(plan.id(), "I.1.1").evidence());
    }

    @Test
    void aLinkAsEvidenceIsAWebAddress() {
        WorkPlan plan = plan();
        for (String bad : List.of("xarxa.example.cat/memoria", "ftp://xarxa.example.cat/memoria", "https://", "not a link")) {
            assertRefusedAndNothingWritten("plan.evidence-link-invalid",
                    () -> report(plan.id(), "I.1.1", ActionStatus.IN_PROGRESS, 10, evidence(EvidenceKind.LINK, bad)));
        }
    }

    // ---------------------------------------------------------------- reading

    @Test
    void theActionsOfABodyAreThoseItAnswersForInAnyPartAcrossPlans() {
        plan();
        WorkPlan plan2022 = adopt("Pla de treball 2022", 2022, 2022, List.of(new StrategicLine("A", "Línia", List.of(
                new Objective("A.1", "Objectiu", List.of(action("A.1.1", List.of(EXECUTIVE), List.of(Responsible.members()),
                        List.of(TECHNICAL_COMMISSION), PlanCell.semester(2022, 2)))))))).orElseThrow();

        assertEquals(List.of("I.1.1", "II.1.1", "A.1.1").stream().sorted().toList(),
                codes(plans.actionsOf(Body.TECHNICAL_COMMISSION)).stream().sorted().toList());
        assertEquals(List.of("I.1.1", "II.1.1"), codes(plans.actionsOf(Body.TECHNICAL_SECRETARIAT)));
        assertEquals(List.of("II.1.1", "A.1.1").stream().sorted().toList(),
                codes(plans.actionsOf(Body.EXECUTIVE_COMMISSION)).stream().sorted().toList());
        assertEquals(List.of(), plans.actionsOf(Body.PRESIDENCY));
        assertEquals(List.of(), plans.actionsOf(Body.GENERAL_ASSEMBLY));
        assertEquals(1, plan2022.actions().count());
    }

    @Test
    void progressCountsActionsByStatusAndAveragesThoseNotDropped() {
        WorkPlan plan = plan();
        PlanProgress fresh = plans.progress(plan.id()).orElseThrow();
        assertEquals(Map.of(ActionStatus.PLANNED, 3L, ActionStatus.IN_PROGRESS, 0L, ActionStatus.DONE, 0L,
                ActionStatus.DROPPED, 0L), fresh.byStatus());
        assertEquals(new java.math.BigDecimal("0.0"), fresh.meanProgress());

        report(plan.id(), "I.1.1", ActionStatus.DONE, 100, null).orElseThrow();
        report(plan.id(), "I.1.2", ActionStatus.IN_PROGRESS, 30, null).orElseThrow();
        report(plan.id(), "I.1.2", ActionStatus.DROPPED, 30, null).orElseThrow();
        report(plan.id(), "II.1.1", ActionStatus.IN_PROGRESS, 50, null).orElseThrow();

        PlanProgress progress = plans.progress(plan.id()).orElseThrow();
        assertEquals(plan.id(), progress.plan());
        assertEquals(Map.of(ActionStatus.PLANNED, 0L, ActionStatus.IN_PROGRESS, 1L, ActionStatus.DONE, 1L,
                ActionStatus.DROPPED, 1L), progress.byStatus());
        assertEquals(new java.math.BigDecimal("75.0"), progress.meanProgress());
        assertTrue(plans.progress(new PlanId(new UUID(7, 7))).isEmpty());
    }

    @Test
    void thePlansOfAYearAreThoseWhosePeriodCoversIt() {
        WorkPlan first = plan();
        WorkPlan later = adopt("Pla de treball 2022", 2022, 2022, List.of(new StrategicLine("A", "Línia", List.of(
                new Objective("A.1", "Objectiu", List.of(action("A.1.1", List.of(EXECUTIVE), List.of(), List.of(),
                        PlanCell.year(2022)))))))).orElseThrow();

        assertEquals(List.of(), plans.plansFor(2016));
        assertEquals(List.of(first), plans.plansFor(2017));
        assertEquals(List.of(first), plans.plansFor(2019));
        assertEquals(List.of(), plans.plansFor(2020));
        assertEquals(List.of(later), plans.plansFor(2022));
    }
}
