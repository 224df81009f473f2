package cat.xarxa.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.governance.Body;
import cat.xarxa.workplan.AdoptWorkPlan;
import cat.xarxa.workplan.Objective;
import cat.xarxa.workplan.PlanAction;
import cat.xarxa.workplan.Responsible;
import cat.xarxa.workplan.StrategicLine;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SeedWorkPlanTest {

    private static Map<String, PlanAction> actionsOf(AdoptWorkPlan plan) {
        return plan.lines().stream().map(StrategicLine::objectives).flatMap(List::stream).map(Objective::actions)
                .flatMap(List::stream).collect(Collectors.toMap(PlanAction::code, Function.identity()));
    }

    @Test
    void theSeedPlanLoadsWithTheRightResponsibleBodies() {
        AdoptWorkPlan plan = SeedWorkPlan.seedPlan();
        Map<String, PlanAction> actions = actionsOf(plan);

        assertEquals(2017, plan.firstYear());
        assertEquals(2019, plan.lastYear());
        assertEquals(List.of("I", "II", "III"), plan.lines().stream().map(StrategicLine::code).toList());
        assertEquals(34, actions.size());
        Responsible commission = Responsible.body(Body.TECHNICAL_COMMISSION);
        Responsible secretariat = Responsible.body(Body.TECHNICAL_SECRETARIAT);
        Responsible executive = Responsible.body(Body.EXECUTIVE_COMMISSION);
        assertEquals(List.of(commission), actions.get("I.1.1").basicLines());
        assertEquals(List.of(secretariat), actions.get("I.1.1").execution());
        assertEquals(List.of(), actions.get("II.1.1").basicLines());
        assertEquals(List.of(executive, commission, Responsible.members()), actions.get("II.1.1").execution());
        assertEquals(List.of(secretariat, Responsible.externalService("proveïdora")), actions.get("II.1.3").execution());
        assertEquals(List.of(executive, commission), actions.get("II.2.1").basicLines());
        assertEquals(List.of(Responsible.externalService("servei especialitzat"), secretariat),
                actions.get("III.1.2").execution());
        assertEquals(List.of(secretariat), actions.get("III.3.1").support());
        assertEquals(List.of(executive), actions.get("II.1.5").basicLines());
        assertTrue(actions.get("I.2.2").title().startsWith("Generar un catàleg"), actions.get("I.2.2").title());
    }

    @Test
    void theSeedPlanIsAdoptedAndItsProgressReported() {
        ByteArrayOutputStream story = new ByteArrayOutputStream();

        SeedWorkPlan.run(new PrintStream(story, true, StandardCharsets.UTF_8));

        String text = story.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("Pla de treball 2017-2019: 3 lines, 7 objectives, 34 actions"), text);
        assertTrue(text.contains("The Technical Commission answers for 33 actions and sets the basic lines of 31"), text);
        assertTrue(text.contains("The Technical Secretariat executes 20"), text);
        assertTrue(text.contains("II.1.1 is executed by EXECUTIVE_COMMISSION, TECHNICAL_COMMISSION, the members"), text);
        assertTrue(text.contains("In progress: 1, planned: 33, mean progress 1.0 %"), text);
    }
}
