package cat.xarxa.spi.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cat.xarxa.common.ConcurrentUpdateException;
import cat.xarxa.governance.Body;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What every storage must do with work plans. {@link StorageContract} extends it through the other areas' parts. */
public abstract class WorkPlanRecordsContract extends GovernanceRecordsContract {

    private static WorkPlan aPlan() {
        PlanAction first = new PlanAction("I.1.1", "Eines i metodologies de diagnosi i mapeig; «homogeneïtzar»",
                List.of(Responsible.body(Body.TECHNICAL_COMMISSION)), List.of(Responsible.body(Body.TECHNICAL_SECRETARIAT)),
                List.of(), List.of(PlanCell.year(2017), PlanCell.semester(2018, 1)), ActionStatus.IN_PROGRESS, 40,
                List.of(new Evidence(EvidenceKind.EVENT, UUID.randomUUID().toString(), "Jornada", LocalDate.of(2017, 11, 3)),
                        new Evidence(EvidenceKind.LINK, "https://example.cat/mapeig.pdf", "", LocalDate.of(2018, 2, 1))));
        PlanAction second = PlanAction.planned("I.1.2", "Promoure la realització de mapeig",
                List.of(Responsible.body(Body.EXECUTIVE_COMMISSION), Responsible.body(Body.TECHNICAL_COMMISSION)),
                List.of(Responsible.other("qui correspongui segons el cas"), Responsible.members()),
                List.of(Responsible.body(Body.TECHNICAL_SECRETARIAT)), List.of(PlanCell.semester(2018, 2)));
        PlanAction third = PlanAction.planned("III.1.1", "Elaborar un pla de comunicació", List.of(),
                List.of(Responsible.externalService("servei especialitzat"), Responsible.externalService("")),
                List.of(), List.of());
        return new WorkPlan(new PlanId(UUID.randomUUID()), "Pla de treball 2017-2019", 2017, 2019, LocalDate.of(2017, 5, 17),
                "AG constituent", List.of(
                new StrategicLine("I", "Ajudar a enfortir l'ESS a cada municipi", List.of(
                        new Objective("I.1", "Treballar conjuntament", List.of(first, second)),
                        new Objective("I.2", "Generar i compartir recursos", List.of()))),
                new StrategicLine("III", "Compartir coneixements i experiències", List.of(
                        new Objective("III.1", "Comunicar", List.of(third))))), 0);
    }

    @Test
    void aWorkPlanReadsBackWholeAndAStaleVersionChangesNothing() {
        WorkPlan plan = aPlan();
        storage.transaction(tx -> tx.workPlans().save(plan));

        assertEquals(Optional.of(plan.withVersion(1)), storage.transaction(tx -> tx.workPlans().plan(plan.id())));
        WorkPlan progressed = plan.withVersion(1).with(plan.action("I.1.2").orElseThrow()
                .progressed(ActionStatus.DONE, 100, new Evidence(EvidenceKind.LINK, "https://example.cat/informe",
                        "Informe", LocalDate.of(2018, 12, 20))));
        assertEquals(2L, (long) storage.transaction(tx -> tx.workPlans().save(progressed)));
        assertThrows(ConcurrentUpdateException.class, () -> storage.transaction(tx -> tx.workPlans().save(progressed)));
        assertEquals(Optional.of(progressed.withVersion(2)), storage.transaction(tx -> tx.workPlans().plan(plan.id())));
        assertEquals(Optional.empty(), storage.transaction(tx -> tx.workPlans().plan(new PlanId(UUID.randomUUID()))));
    }

    @Test
    void workPlansStreamInIdOrder() {
        List<WorkPlan> made = List.of(aPlan(), aPlan(), aPlan());
        storage.transaction(tx -> {
            made.forEach(tx.workPlans()::save);
            return null;
        });

        List<WorkPlan> expected = new ArrayList<>(made.stream().map(p -> p.withVersion(1)).toList());
        expected.sort(Comparator.comparing(p -> p.id().toString()));
        assertEquals(expected, storage.transaction(tx -> {
            try (Stream<WorkPlan> all = tx.workPlans().plans()) {
                return all.toList();
            }
        }));
    }
}
