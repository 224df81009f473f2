package cat.xarxa.json;

import static cat.xarxa.json.Networks.export;
import static cat.xarxa.json.Networks.importInto;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.ImportReport;
import cat.xarxa.Xarxa;
import cat.xarxa.governance.AssemblyDecision;
import cat.xarxa.governance.BodySeat;
import cat.xarxa.governance.NetworkEvent;
import cat.xarxa.governance.Outcome;
import cat.xarxa.practice.PracticeCall;
import cat.xarxa.practice.PracticeSubmission;
import cat.xarxa.practice.SubmissionStatus;
import cat.xarxa.practice.Training;
import cat.xarxa.workplan.ActionStatus;
import cat.xarxa.workplan.PlanAction;
import cat.xarxa.workplan.WorkPlan;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A year of governance and shared knowledge made through the facade ({@link GovernanceYear}),
 * exported, imported into another network and exported again, gives the same bytes in both
 * formats, and the other network holds the same seats, events, decisions, calls, practices,
 * trainings and work plans.
 */
class GovernanceFacadeRoundTripTest {

    /** Made once: the facade's records never change after it. */
    private static final Xarxa YEAR = GovernanceYear.lived();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void the_year_imported_into_another_network_exports_the_same_bytes(String format) {
        String first = export(YEAR, format);
        try (Xarxa elsewhere = Networks.inMemory()) {
            ImportReport report = importInto(elsewhere, format, first);

            assertAll(
                    () -> assertEquals(first, export(elsewhere, format)),
                    () -> assertEquals(4, report.members()),
                    () -> assertEquals(3, report.bodySeats(), "seats"),
                    () -> assertEquals(4, report.events(), "events"),
                    () -> assertEquals(6, report.decisions(), "decisions"),
                    () -> assertEquals(1, report.practiceCalls(), "calls"),
                    () -> assertEquals(4, report.practiceSubmissions(), "submissions"),
                    () -> assertEquals(2, report.trainings(), "trainings"),
                    () -> assertEquals(2, report.workPlans(), "plans"),
                    () -> assertEquals(unversioned(YEAR.governance().seats(), BodySeat::withVersion),
                            unversioned(elsewhere.governance().seats(), BodySeat::withVersion)),
                    () -> assertEquals(unversioned(YEAR.governance().calendar(2026), NetworkEvent::withVersion),
                            unversioned(elsewhere.governance().calendar(2026), NetworkEvent::withVersion)),
                    () -> assertEquals(YEAR.governance().decisions(), elsewhere.governance().decisions()),
                    () -> assertEquals(unversioned(YEAR.goodPractices().calls(), PracticeCall::withVersion),
                            unversioned(elsewhere.goodPractices().calls(), PracticeCall::withVersion)),
                    () -> assertEquals(unversioned(YEAR.goodPractices().published(null, null),
                                    PracticeSubmission::withVersion),
                            unversioned(elsewhere.goodPractices().published(null, null), PracticeSubmission::withVersion)),
                    () -> assertEquals(unversioned(YEAR.goodPractices().trainings(null), Training::withVersion),
                            unversioned(elsewhere.goodPractices().trainings(null), Training::withVersion)),
                    () -> assertEquals(unversioned(YEAR.workPlans().plans(), WorkPlan::withVersion),
                            unversioned(elsewhere.workPlans().plans(), WorkPlan::withVersion)));
        }
    }

    @Test
    void the_year_holds_every_outcome_status_and_kind_of_motion_it_is_meant_to() {
        List<AssemblyDecision> decisions = YEAR.governance().decisions();
        Set<ActionStatus> statuses = YEAR.workPlans().plans().stream().flatMap(WorkPlan::actions)
                .map(PlanAction::status).collect(Collectors.toCollection(() -> EnumSet.noneOf(ActionStatus.class)));
        Set<SubmissionStatus> submitted = YEAR.goodPractices().calls().stream()
                .flatMap(call -> YEAR.goodPractices().submissionsTo(call.id()).stream())
                .map(s -> s.status()).collect(Collectors.toCollection(() -> EnumSet.noneOf(SubmissionStatus.class)));
        assertAll(
                () -> assertEquals(EnumSet.allOf(Outcome.class),
                        decisions.stream().map(AssemblyDecision::outcome).collect(Collectors.toSet())),
                () -> assertEquals(5, decisions.stream().map(d -> d.motion().kind()).distinct().count()),
                () -> assertTrue(decisions.stream().flatMap(d -> d.votes().stream()).anyMatch(v -> !v.counted())),
                () -> assertEquals(EnumSet.allOf(ActionStatus.class), statuses),
                () -> assertEquals(EnumSet.allOf(SubmissionStatus.class), submitted));
    }

    /** The records as they would be before any store saved them. */
    private static <T> List<T> unversioned(List<T> records, BiFunction<T, Long, T> withVersion) {
        return records.stream().map(record -> withVersion.apply(record, 0L)).toList();
    }
}
