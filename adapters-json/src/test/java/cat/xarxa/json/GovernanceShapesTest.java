package cat.xarxa.json;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cat.xarxa.common.Hours;
import cat.xarxa.common.MeetingFormat;
import cat.xarxa.common.Money;
import cat.xarxa.governance.AssemblyDecision;
import cat.xarxa.governance.Attendance;
import cat.xarxa.governance.Body;
import cat.xarxa.governance.BodySeat;
import cat.xarxa.governance.CastVote;
import cat.xarxa.governance.DecisionId;
import cat.xarxa.governance.EventId;
import cat.xarxa.governance.EventKind;
import cat.xarxa.governance.EventStatus;
import cat.xarxa.governance.Majority;
import cat.xarxa.governance.Motion;
import cat.xarxa.governance.NetworkEvent;
import cat.xarxa.governance.Outcome;
import cat.xarxa.governance.SeatId;
import cat.xarxa.governance.Tally;
import cat.xarxa.governance.VoteChoice;
import cat.xarxa.governance.VotingRules;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.PersonId;
import cat.xarxa.practice.CallId;
import cat.xarxa.practice.PracticeCall;
import cat.xarxa.practice.PracticeSubmission;
import cat.xarxa.practice.SubmissionId;
import cat.xarxa.practice.SubmissionStatus;
import cat.xarxa.practice.SystematisationSheet;
import cat.xarxa.practice.Training;
import cat.xarxa.practice.TrainingId;
import cat.xarxa.workinggroup.WorkingGroupId;
import cat.xarxa.workplan.ActionStatus;
import cat.xarxa.workplan.Evidence;
import cat.xarxa.workplan.EvidenceKind;
import cat.xarxa.workplan.Objective;
import cat.xarxa.workplan.PlanAction;
import cat.xarxa.workplan.PlanCell;
import cat.xarxa.workplan.PlanId;
import cat.xarxa.workplan.Responsible;
import cat.xarxa.workplan.ResponsibleKind;
import cat.xarxa.workplan.StrategicLine;
import cat.xarxa.workplan.WorkPlan;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Each governance, good-practice and work-plan record, with every field set and with what is
 * optional left empty, is written in its shape and read back equal, field by field; a record
 * read from a hand-made file may leave out what is optional; and what a record's constructor
 * refuses is refused naming the field.
 */
class GovernanceShapesTest {

    private static final MemberId SABADELL = new MemberId(new UUID(0x5a, 1));
    private static final MemberId MANLLEU = new MemberId(new UUID(0x5a, 2));
    private static final PersonId NURIA = new PersonId(new UUID(0x7e, 1));
    private static final String AWKWARD = "Sol·là «d'Ossó» \"el Xic\"\nsegona línia 😀\t\\";

    @Test
    void a_seat_is_written_in_its_shape_and_read_back_equal() {
        BodySeat everything = new BodySeat(new SeatId(new UUID(0x5e, 1)), Body.TECHNICAL_COMMISSION, SABADELL, NURIA,
                "president", LocalDate.of(2025, 5, 1), LocalDate.of(2026, 4, 30), 0);
        BodySeat alone = new BodySeat(new SeatId(new UUID(0x5e, 2)), Body.TECHNICAL_SECRETARIAT, null, NURIA, "secretary",
                LocalDate.of(2025, 1, 1), null, 0);
        BodySeat councilOnly = new BodySeat(new SeatId(new UUID(0x5e, 3)), Body.PRESIDENCY, SABADELL, null, "member",
                LocalDate.of(2025, 1, 1), null, 0);

        assertEquals("""
                {"id":"00000000-0000-005e-0000-000000000001","body":"TECHNICAL_COMMISSION",\
                "council":"00000000-0000-005a-0000-000000000001","person":"00000000-0000-007e-0000-000000000001",\
                "role":"president","from":"2025-05-01","until":"2026-04-30"}""", written(RecordType.BODY_SEAT, everything));
        assertEquals("""
                {"id":"00000000-0000-005e-0000-000000000002","body":"TECHNICAL_SECRETARIAT","council":null,\
                "person":"00000000-0000-007e-0000-000000000001","role":"secretary","from":"2025-01-01","until":null}""",
                written(RecordType.BODY_SEAT, alone));
        for (BodySeat seat : List.of(everything, alone, councilOnly)) {
            BodySeat read = roundTrip(RecordType.BODY_SEAT, seat);
            assertAll(
                    () -> assertEquals(seat.id(), read.id()),
                    () -> assertEquals(seat.body(), read.body()),
                    () -> assertEquals(seat.council(), read.council()),
                    () -> assertEquals(seat.person(), read.person()),
                    () -> assertEquals(seat.role(), read.role()),
                    () -> assertEquals(seat.from(), read.from()),
                    () -> assertEquals(seat.until(), read.until()),
                    () -> assertEquals(seat, read));
        }
        assertEquals(alone, read(RecordType.BODY_SEAT, """
                {"id":"00000000-0000-005e-0000-000000000002","body":"TECHNICAL_SECRETARIAT",\
                "person":"00000000-0000-007e-0000-000000000001","role":"secretary","from":"2025-01-01"}"""));
    }

    @Test
    void an_event_is_written_in_its_shape_and_read_back_equal() {
        NetworkEvent everything = new NetworkEvent(new EventId(new UUID(0xe7, 1)), EventKind.ORDINARY_ASSEMBLY, AWKWARD,
                LocalDate.of(2026, 3, 14), LocalTime.of(10, 0), LocalTime.of(13, 30, 15), MeetingFormat.HYBRID,
                "Casal Cívic", "https://meet.xarxa.cat/ag", EventStatus.HELD,
                List.of(new Attendance(SABADELL, NURIA), new Attendance(MANLLEU, null)), 0);
        NetworkEvent allDay = new NetworkEvent(new EventId(new UUID(0xe7, 2)), EventKind.OTHER, "Jornada",
                LocalDate.of(2026, 6, 1), null, null, MeetingFormat.VIRTUAL, "", "", EventStatus.SCHEDULED, List.of(), 0);

        assertEquals("""
                {"id":"00000000-0000-00e7-0000-000000000002","kind":"OTHER","title":"Jornada","on":"2026-06-01",\
                "startsAt":null,"endsAt":null,"format":"VIRTUAL","place":"","link":"","status":"SCHEDULED","attendance":[]}""",
                written(RecordType.EVENT, allDay));
        for (NetworkEvent event : List.of(everything, allDay)) {
            NetworkEvent read = roundTrip(RecordType.EVENT, event);
            assertAll(
                    () -> assertEquals(event.kind(), read.kind()),
                    () -> assertEquals(event.title(), read.title()),
                    () -> assertEquals(event.on(), read.on()),
                    () -> assertEquals(event.startsAt(), read.startsAt()),
                    () -> assertEquals(event.endsAt(), read.endsAt()),
                    () -> assertEquals(event.format(), read.format()),
                    () -> assertEquals(event.place(), read.place()),
                    () -> assertEquals(event.link(), read.link()),
                    () -> assertEquals(event.status(), read.status()),
                    () -> assertEquals(event.attendance(), read.attendance()),
                    () -> assertEquals(event, read));
        }
        assertEquals(allDay, read(RecordType.EVENT, """
                {"id":"00000000-0000-00e7-0000-000000000002","kind":"OTHER","title":"Jornada","on":"2026-06-01",\
                "format":"VIRTUAL","status":"SCHEDULED"}"""));
    }

    @Test
    void a_decision_of_each_kind_of_motion_is_written_in_its_shape_and_read_back_equal() {
        List<CastVote> votes = List.of(new CastVote(SABADELL, VoteChoice.YES, true, ""),
                new CastVote(MANLLEU, VoteChoice.NO, false, "rights.pending-no-vote"));
        Tally tally = Tally.of(3, votes);
        VotingRules rules = new VotingRules(2, 3, Majority.TWO_THIRDS);
        List<Motion> motions = List.of(new Motion.Admission(MANLLEU), new Motion.FeePolicyApproval(2027),
                new Motion.BudgetAllocation(new WorkingGroupId(new UUID(0x96, 1)), 2026, Money.euros("1500.00")),
                new Motion.BankEnlargement("2026", Hours.parse("40:00")), new Motion.General(AWKWARD));
        for (int i = 0; i < motions.size(); i++) {
            AssemblyDecision decision = new AssemblyDecision(new DecisionId(new UUID(0xde, i)), new EventId(new UUID(0xe7, 1)),
                    LocalDate.of(2026, 3, 14), "AG 2026-03 #" + i, i % 2 == 0 ? AWKWARD : "", motions.get(i), votes, tally,
                    rules, rules.outcome(tally));
            AssemblyDecision read = roundTrip(RecordType.DECISION, decision);
            assertAll(
                    () -> assertEquals(decision.assembly(), read.assembly()),
                    () -> assertEquals(decision.on(), read.on()),
                    () -> assertEquals(decision.reference(), read.reference()),
                    () -> assertEquals(decision.title(), read.title()),
                    () -> assertEquals(decision.motion(), read.motion()),
                    () -> assertEquals(decision.votes(), read.votes()),
                    () -> assertEquals(decision.tally(), read.tally()),
                    () -> assertEquals(decision.rules(), read.rules()),
                    () -> assertEquals(decision.outcome(), read.outcome()),
                    () -> assertEquals(decision, read));
        }
        AssemblyDecision bare = new AssemblyDecision(new DecisionId(new UUID(0xde, 9)), new EventId(new UUID(0xe7, 1)),
                LocalDate.of(2026, 3, 14), "AG 2026-03 #9", "", new Motion.BudgetAllocation(
                        new WorkingGroupId(new UUID(0x96, 1)), 2026, Money.euros("1500.00")), List.of(),
                new Tally(0, 0, 0, 0, 0), VotingRules.DEFAULT, Outcome.DEFEATED);
        assertEquals("""
                {"id":"00000000-0000-00de-0000-000000000009","assembly":"00000000-0000-00e7-0000-000000000001",\
                "on":"2026-03-14","reference":"AG 2026-03 #9","title":"","motion":{"kind":"BUDGET_ALLOCATION",\
                "group":"00000000-0000-0096-0000-000000000001","year":2026,"amount":"1500.00"},"votes":[],\
                "tally":{"eligible":0,"yes":0,"no":0,"abstain":0,"notCounted":0},\
                "rules":{"quorumNumerator":1,"quorumDenominator":2,"majority":"SIMPLE"},"outcome":"DEFEATED"}""",
                written(RecordType.DECISION, bare));
        assertEquals(bare, read(RecordType.DECISION, """
                {"id":"00000000-0000-00de-0000-000000000009","assembly":"00000000-0000-00e7-0000-000000000001",\
                "on":"2026-03-14","reference":"AG 2026-03 #9","motion":{"kind":"BUDGET_ALLOCATION","currency":"EUR",\
                "group":"00000000-0000-0096-0000-000000000001","year":2026,"amount":"1500.00"},\
                "tally":{"eligible":0,"yes":0,"no":0,"abstain":0,"notCounted":0},\
                "rules":{"quorumNumerator":1,"quorumDenominator":2,"majority":"SIMPLE"},"outcome":"DEFEATED"}"""));
    }

    @Test
    void a_call_a_practice_and_a_training_are_written_in_their_shapes_and_read_back_equal() {
        CallId callId = new CallId(new UUID(0xca, 1));
        PracticeCall call = new PracticeCall(callId, AWKWARD, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 4, 30),
                List.of("youth", "inter-cooperation"), 0);
        PracticeCall noPriorities = new PracticeCall(new CallId(new UUID(0xca, 2)), "Convocatòria", LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 2, 1), List.of(), 0);
        PracticeSubmission published = new PracticeSubmission(new SubmissionId(new UUID(0x5b, 1)), callId, SABADELL,
                AWKWARD, List.of("Ajuntament de Sabadell", AWKWARD), AWKWARD, NURIA, List.of("youth"),
                LocalDate.of(2026, 4, 10), SubmissionStatus.PUBLISHED, true, LocalDate.of(2026, 5, 20),
                new SystematisationSheet(AWKWARD, "Com", "Què", AWKWARD, "https://xarxa.cat/p/1", true,
                        LocalDate.of(2026, 6, 15)), LocalDate.of(2026, 7, 1), 0);
        PracticeSubmission justSubmitted = PracticeSubmission.submitted(new SubmissionId(new UUID(0x5b, 2)), callId,
                MANLLEU, "Mercat", List.of(), "Un mercat", NURIA, List.of(), LocalDate.of(2026, 4, 29));
        Training training = new Training(new TrainingId(new UUID(0x7a, 1)), SABADELL, AWKWARD,
                "responsible-public-procurement", LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 26),
                MeetingFormat.HYBRID, 20, "https://sabadell.cat/formacio", 0);
        Training noLink = new Training(new TrainingId(new UUID(0x7a, 2)), MANLLEU, "Cooperatives", "cooperatives",
                LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 10), MeetingFormat.IN_PERSON, 1, "", 0);

        assertEquals("""
                {"id":"00000000-0000-005b-0000-000000000002","call":"00000000-0000-00ca-0000-000000000001",\
                "council":"00000000-0000-005a-0000-000000000002","title":"Mercat","promoters":[],"summary":"Un mercat",\
                "contact":"00000000-0000-007e-0000-000000000001","themes":[],"submittedOn":"2026-04-29",\
                "status":"SUBMITTED","earlyDissemination":false,"reviewedOn":null,"sheet":null,"publishedOn":null}""",
                written(RecordType.PRACTICE_SUBMISSION, justSubmitted));
        assertEquals("""
                {"id":"00000000-0000-007a-0000-000000000002","council":"00000000-0000-005a-0000-000000000002",\
                "title":"Cooperatives","topic":"cooperatives","from":"2026-11-10","to":"2026-11-10",\
                "format":"IN_PERSON","seats":1,"link":""}""", written(RecordType.TRAINING, noLink));
        for (PracticeCall each : List.of(call, noPriorities)) {
            PracticeCall read = roundTrip(RecordType.PRACTICE_CALL, each);
            assertAll(
                    () -> assertEquals(each.title(), read.title()),
                    () -> assertEquals(each.opensOn(), read.opensOn()),
                    () -> assertEquals(each.deadline(), read.deadline()),
                    () -> assertEquals(each.priorities(), read.priorities()),
                    () -> assertEquals(each, read));
        }
        for (PracticeSubmission each : List.of(published, justSubmitted)) {
            PracticeSubmission read = roundTrip(RecordType.PRACTICE_SUBMISSION, each);
            assertAll(
                    () -> assertEquals(each.call(), read.call()),
                    () -> assertEquals(each.council(), read.council()),
                    () -> assertEquals(each.title(), read.title()),
                    () -> assertEquals(each.promoters(), read.promoters()),
                    () -> assertEquals(each.summary(), read.summary()),
                    () -> assertEquals(each.contact(), read.contact()),
                    () -> assertEquals(each.themes(), read.themes()),
                    () -> assertEquals(each.submittedOn(), read.submittedOn()),
                    () -> assertEquals(each.status(), read.status()),
                    () -> assertEquals(each.earlyDissemination(), read.earlyDissemination()),
                    () -> assertEquals(each.reviewedOn(), read.reviewedOn()),
                    () -> assertEquals(each.sheet(), read.sheet()),
                    () -> assertEquals(each.publishedOn(), read.publishedOn()),
                    () -> assertEquals(each, read));
        }
        for (Training each : List.of(training, noLink)) {
            Training read = roundTrip(RecordType.TRAINING, each);
            assertAll(
                    () -> assertEquals(each.council(), read.council()),
                    () -> assertEquals(each.title(), read.title()),
                    () -> assertEquals(each.topic(), read.topic()),
                    () -> assertEquals(each.from(), read.from()),
                    () -> assertEquals(each.to(), read.to()),
                    () -> assertEquals(each.format(), read.format()),
                    () -> assertEquals(each.seats(), read.seats()),
                    () -> assertEquals(each.link(), read.link()),
                    () -> assertEquals(each, read));
        }
        assertEquals(justSubmitted, read(RecordType.PRACTICE_SUBMISSION, """
                {"id":"00000000-0000-005b-0000-000000000002","call":"00000000-0000-00ca-0000-000000000001",\
                "council":"00000000-0000-005a-0000-000000000002","title":"Mercat","summary":"Un mercat",\
                "contact":"00000000-0000-007e-0000-000000000001","submittedOn":"2026-04-29","status":"SUBMITTED"}"""));
        assertEquals(noLink, read(RecordType.TRAINING, """
                {"id":"00000000-0000-007a-0000-000000000002","council":"00000000-0000-005a-0000-000000000002",\
                "title":"Cooperatives","topic":"cooperatives","from":"2026-11-10","to":"2026-11-10",\
                "format":"IN_PERSON","seats":1}"""));
    }

    @Test
    void a_work_plan_is_written_in_its_shape_and_read_back_equal() {
        PlanAction reported = new PlanAction("I.1.1", AWKWARD, List.of(Responsible.body(Body.TECHNICAL_COMMISSION)),
                List.of(Responsible.externalService(""), Responsible.externalService("Servei extern")),
                List.of(Responsible.members(), Responsible.other("Qui s'escaigui"),
                        new Responsible(ResponsibleKind.MEMBERS, null, "els socis"),
                        new Responsible(ResponsibleKind.BODY, Body.PRESIDENCY, "la presidenta")),
                List.of(PlanCell.year(2017), PlanCell.semester(2018, 1), PlanCell.semester(2019, 2)),
                ActionStatus.DONE, 100, List.of(new Evidence(EvidenceKind.LINK, "https://xarxa.cat", AWKWARD,
                        LocalDate.of(2018, 3, 1)), new Evidence(EvidenceKind.EVENT, new UUID(0xe7, 1).toString(), "",
                        LocalDate.of(2018, 4, 1))));
        PlanAction planned = PlanAction.planned("I.1.2", "Res", List.of(), List.of(), List.of(), List.of());
        WorkPlan everything = new WorkPlan(new PlanId(new UUID(0x91, 1)), AWKWARD, 2017, 2019, LocalDate.of(2017, 3, 18),
                "AG 2017-03", List.of(new StrategicLine("I", AWKWARD, List.of(new Objective("I.1", AWKWARD,
                        List.of(reported, planned)), new Objective("I.2", "Buit", List.of()))),
                        new StrategicLine("II", "Sense objectius", List.of())), 0);
        WorkPlan empty = new WorkPlan(new PlanId(new UUID(0x91, 2)), "Pla", 2026, 2026, LocalDate.of(2026, 1, 1), "",
                List.of(), 0);

        assertEquals("""
                {"id":"00000000-0000-0091-0000-000000000003","title":"Pla","firstYear":2026,"lastYear":2026,\
                "adoptedOn":"2026-01-01","reference":"","lines":[{"code":"I","title":"Línia","objectives":[{"code":"I.1",\
                "title":"Objectiu","actions":[{"code":"I.1.2","title":"Res","basicLines":[],"execution":[],"support":[],\
                "when":[],"status":"PLANNED","progress":0,"evidence":[]}]}]}]}""",
                written(RecordType.WORK_PLAN, new WorkPlan(new PlanId(new UUID(0x91, 3)), "Pla", 2026, 2026,
                        LocalDate.of(2026, 1, 1), "", List.of(new StrategicLine("I", "Línia", List.of(
                                new Objective("I.1", "Objectiu", List.of(planned))))), 0)));
        for (WorkPlan plan : List.of(everything, empty)) {
            WorkPlan read = roundTrip(RecordType.WORK_PLAN, plan);
            assertAll(
                    () -> assertEquals(plan.title(), read.title()),
                    () -> assertEquals(plan.firstYear(), read.firstYear()),
                    () -> assertEquals(plan.lastYear(), read.lastYear()),
                    () -> assertEquals(plan.adoptedOn(), read.adoptedOn()),
                    () -> assertEquals(plan.reference(), read.reference()),
                    () -> assertEquals(plan.lines(), read.lines()),
                    () -> assertEquals(plan.actions().toList(), read.actions().toList()),
                    () -> assertEquals(plan, read));
        }
        assertEquals(empty, read(RecordType.WORK_PLAN, """
                {"id":"00000000-0000-0091-0000-000000000002","title":"Pla","firstYear":2026,"lastYear":2026,\
                "adoptedOn":"2026-01-01"}"""));
    }

    @Test
    void what_a_constructor_refuses_is_refused_naming_the_field() {
        assertAll(
                () -> assertRefused(RecordType.BODY_SEAT, """
                        {"id":"00000000-0000-005e-0000-000000000001","body":"PRESIDENCY","role":"member","from":"2025-01-01"}""",
                        "council"),
                () -> assertRefused(RecordType.BODY_SEAT, """
                        {"id":"00000000-0000-005e-0000-000000000001","body":"PRESIDENCY","role":"member",\
                        "council":"00000000-0000-005a-0000-000000000001","from":"2025-01-01","until":"2024-12-31"}""",
                        "until"),
                () -> assertRefused(RecordType.EVENT, """
                        {"id":"00000000-0000-00e7-0000-000000000001","kind":"OTHER","title":"Jornada","on":"2026-06-01",\
                        "startsAt":"10h","format":"VIRTUAL","status":"SCHEDULED"}""", "startsAt"),
                () -> assertRefused(RecordType.DECISION, decisionWith("""
                        "motion":{"kind":"GENERAL","text":" "}"""), "motion.text"),
                () -> assertRefused(RecordType.DECISION, decisionWith("""
                        "motion":{"kind":"BANK_ENLARGEMENT","period":"2026","hours":"4h"}"""), "motion.hours"),
                () -> assertRefused(RecordType.DECISION, decisionWith("""
                        "motion":{"kind":"FEE_POLICY"}"""), "motion.fiscalYear"),
                () -> assertRefused(RecordType.DECISION, decisionWith("""
                        "motion":{"kind":"ADMISSION","member":"x"},"votes":[]"""), "motion.member"),
                () -> assertRefused(RecordType.DECISION, decisionWith("""
                        "motion":{"kind":"ADMISSION","member":"00000000-0000-005a-0000-000000000001"},\
                        "votes":[{"council":"00000000-0000-005a-0000-000000000001","choice":"YES"}]"""), "votes[0].counted"),
                () -> assertRefused(RecordType.PRACTICE_SUBMISSION, submissionWith("""
                        "status":"PUBLISHED","reviewedOn":"2026-05-20","publishedOn":"2026-07-01\""""), "sheet"),
                () -> assertRefused(RecordType.PRACTICE_SUBMISSION, submissionWith("""
                        "status":"NOT_SELECTED","reviewedOn":"2026-05-20","earlyDissemination":true"""),
                        "earlyDissemination"),
                () -> assertRefused(RecordType.PRACTICE_SUBMISSION, submissionWith("""
                        "status":"SELECTED","reviewedOn":"2026-05-20","sheet":{"context":"c","description":"d",\
                        "results":"r"}"""), "sheet.completedOn"),
                () -> assertRefused(RecordType.TRAINING, """
                        {"id":"00000000-0000-007a-0000-000000000002","council":"00000000-0000-005a-0000-000000000002",\
                        "title":"Cooperatives","topic":"cooperatives","from":"2026-11-10","to":"2026-11-09",\
                        "format":"IN_PERSON","seats":0}""", "to"),
                () -> assertRefused(RecordType.WORK_PLAN, """
                        {"id":"00000000-0000-0091-0000-000000000002","title":"Pla","firstYear":2026,"lastYear":2026,\
                        "adoptedOn":"2026-01-01","lines":[{"code":"I","title":"L","objectives":[{"code":"I.1","title":"O",\
                        "actions":[{"code":"I.1.1","title":"A","basicLines":[{"kind":"MEMBERS","body":"PRESIDENCY"}],\
                        "status":"PLANNED","progress":0}]}]}]}""", "lines[0].objectives[0].actions[0].basicLines[0].body"),
                () -> assertRefused(RecordType.WORK_PLAN, """
                        {"id":"00000000-0000-0091-0000-000000000002","title":"Pla","firstYear":2026,"lastYear":2026,\
                        "adoptedOn":"2026-01-01","lines":[{"code":"I","title":"L","objectives":[{"code":"I.1","title":"O",\
                        "actions":[{"code":"I.1.1","title":"A","support":[{"kind":"OTHER","name":"  "}],\
                        "status":"PLANNED","progress":0}]}]}]}""", "lines[0].objectives[0].actions[0].support[0].name"),
                () -> assertRefused(RecordType.WORK_PLAN, """
                        {"id":"00000000-0000-0091-0000-000000000002","title":"Pla","firstYear":2026,"lastYear":2026,\
                        "adoptedOn":"2026-01-01","lines":[{"code":"I","title":"L","objectives":[{"code":"I.1","title":"O",\
                        "actions":[{"code":"I.1.1","title":"A","status":"IN_PROGRESS","progress":101}]}]}]}""",
                        "lines[0].objectives[0].actions[0].progress"),
                () -> assertRefused(RecordType.WORK_PLAN, """
                        {"id":"00000000-0000-0091-0000-000000000002","title":"Pla","firstYear":2026,"lastYear":2026,\
                        "adoptedOn":"2026-01-01","lines":[{"code":"I","title":"L","objectives":[{"code":"I.1","title":"O",\
                        "actions":[{"code":"I.1.1","title":"A","status":"PLANNED"}]}]}]}""",
                        "lines[0].objectives[0].actions[0].progress"));
    }

    private static String decisionWith(String motionAndVotes) {
        return """
                {"id":"00000000-0000-00de-0000-000000000009","assembly":"00000000-0000-00e7-0000-000000000001",\
                "on":"2026-03-14","reference":"AG 2026-03 #9",""" + motionAndVotes + """
                ,"tally":{"eligible":0,"yes":0,"no":0,"abstain":0,"notCounted":0},\
                "rules":{"quorumNumerator":1,"quorumDenominator":2,"majority":"SIMPLE"},"outcome":"DEFEATED"}""";
    }

    private static String submissionWith(String status) {
        return """
                {"id":"00000000-0000-005b-0000-000000000002","call":"00000000-0000-00ca-0000-000000000001",\
                "council":"00000000-0000-005a-0000-000000000002","title":"Mercat","summary":"Un mercat",\
                "contact":"00000000-0000-007e-0000-000000000001","submittedOn":"2026-04-29",""" + status + "}";
    }

    private static <D> void assertRefused(RecordType<D> type, String text, String field) {
        RecordProblem problem = assertThrows(RecordProblem.class, () -> read(type, text), text);
        assertEquals(field, problem.field(), problem.getMessage());
    }

    /** The record's object as the formats write it. */
    static <D> String written(RecordType<D> type, D record) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = JsonStreams.linesGenerator(out)) {
            json.writeStartObject();
            type.writeFields(json, record);
            json.writeEndObject();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** A record read from its object as the formats read it. */
    static <D> D read(RecordType<D> type, String text) {
        try (JsonParser parser = JsonStreams.parser(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
            parser.nextToken();
            return type.read(parser);
        }
    }

    private static <D> D roundTrip(RecordType<D> type, D record) {
        return read(type, written(type, record));
    }
}
