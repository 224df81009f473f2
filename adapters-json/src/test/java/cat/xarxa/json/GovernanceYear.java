package cat.xarxa.json;

import static cat.xarxa.json.Networks.apply;
import static cat.xarxa.json.Networks.register;

import cat.xarxa.Xarxa;
import cat.xarxa.advisory.Advisory;
import cat.xarxa.advisory.AdvisoryTopics;
import cat.xarxa.advisory.OpenHourBank;
import cat.xarxa.advisory.RequestAdvisory;
import cat.xarxa.common.Hours;
import cat.xarxa.common.MeetingFormat;
import cat.xarxa.common.Money;
import cat.xarxa.fee.FeePolicy;
import cat.xarxa.fee.FeeTerms;
import cat.xarxa.fee.FlatFee;
import cat.xarxa.governance.AssemblyDecision;
import cat.xarxa.governance.Attendance;
import cat.xarxa.governance.Body;
import cat.xarxa.governance.BodySeat;
import cat.xarxa.governance.CancelEvent;
import cat.xarxa.governance.EventId;
import cat.xarxa.governance.EventKind;
import cat.xarxa.governance.LeaveSeat;
import cat.xarxa.governance.Majority;
import cat.xarxa.governance.Motion;
import cat.xarxa.governance.PutToVote;
import cat.xarxa.governance.RecordAttendance;
import cat.xarxa.governance.ScheduleEvent;
import cat.xarxa.governance.TakeSeat;
import cat.xarxa.governance.Vote;
import cat.xarxa.governance.VoteChoice;
import cat.xarxa.governance.VotingRules;
import cat.xarxa.member.AdmitMember;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.PersonId;
import cat.xarxa.practice.CallId;
import cat.xarxa.practice.CompleteSheet;
import cat.xarxa.practice.OfferTraining;
import cat.xarxa.practice.OpenCall;
import cat.xarxa.practice.PracticeThemes;
import cat.xarxa.practice.PublishPractice;
import cat.xarxa.practice.ReviewSubmission;
import cat.xarxa.practice.SubmissionId;
import cat.xarxa.practice.SubmitPractice;
import cat.xarxa.practice.TrainingId;
import cat.xarxa.workinggroup.ChangeGroupStatus;
import cat.xarxa.workinggroup.GroupStatus;
import cat.xarxa.workinggroup.ProductKind;
import cat.xarxa.workinggroup.ProductStatus;
import cat.xarxa.workinggroup.ProposeWorkingGroup;
import cat.xarxa.workinggroup.RecordGroupProduct;
import cat.xarxa.workinggroup.WorkingGroup;
import cat.xarxa.workinggroup.WorkingGroupId;
import cat.xarxa.workplan.ActionStatus;
import cat.xarxa.workplan.AdoptWorkPlan;
import cat.xarxa.workplan.Evidence;
import cat.xarxa.workplan.EvidenceKind;
import cat.xarxa.workplan.Objective;
import cat.xarxa.workplan.PlanAction;
import cat.xarxa.workplan.PlanCell;
import cat.xarxa.workplan.PlanId;
import cat.xarxa.workplan.ReportProgress;
import cat.xarxa.workplan.Responsible;
import cat.xarxa.workplan.StrategicLine;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A year of a network's governance and shared knowledge, made through the facade's public API:
 * Sabadell and Premià de Dalt admitted, Manlleu admitted by the assembly's vote and Girona, which
 * has only applied, with voice and no vote; Núria and Jordi; a working group with a guide, an hour
 * bank and an advisory; seats on three bodies, one left; the ordinary assembly (hybrid, with its
 * times and attendance), a Technical Commission held online with nobody recorded, a fair activity
 * cancelled and next year's plenary still scheduled; six decisions of the assembly, one of each
 * kind of motion, carried, defeated and without quorum, with a vote that does not count; a call
 * for good practices with a practice published, one not selected, one selected with its sheet and
 * one still waiting; two trainings; and two work plans, one with its actions reported in every
 * status with evidence of every kind. Ids are counted from 1 and the clock stands at the end of
 * 2026, so that the network is the same every time.
 */
final class GovernanceYear {

    static final LocalDate ASSEMBLY_DAY = LocalDate.of(2026, 3, 14);
    static final String PERIOD = "2026";

    private GovernanceYear() {
    }

    /** An empty network whose ids are counted from 1 and whose clock stands at the end of 2026. */
    static Xarxa empty() {
        AtomicLong counter = new AtomicLong();
        return Xarxa.builder().setting(Xarxa.STORAGE, "memory").feeCalculator(new SolidarityIndex())
                .ids(() -> new UUID(0, counter.incrementAndGet()))
                .clock(Clock.fixed(Instant.parse("2026-12-31T12:00:00Z"), ZoneId.of("Europe/Madrid")))
                .build();
    }

    /** The year, lived through the facade. */
    static Xarxa lived() {
        Xarxa xarxa = empty();
        PersonId nuria = register(xarxa, "Núria Puig i Ferrer", "npuig@sabadell.cat", "+34 937 453 100", "cooperatives");
        PersonId jordi = register(xarxa, "Jordi \"el Xic\" Solà", null, null);
        MemberId sabadell = apply(xarxa, "081878", LocalDate.of(2025, 3, 2));
        xarxa.members().admit(new AdmitMember(sabadell, LocalDate.of(2025, 4, 20), "AG 2025-04")).orElseThrow();
        MemberId premia = apply(xarxa, "082303", LocalDate.of(2025, 3, 9));
        xarxa.members().admit(new AdmitMember(premia, LocalDate.of(2025, 4, 20), "AG 2025-04")).orElseThrow();
        MemberId manlleu = apply(xarxa, "081120", LocalDate.of(2026, 1, 10));
        MemberId girona = apply(xarxa, "170792", LocalDate.of(2026, 2, 1));

        xarxa.advisories().openBank(new OpenHourBank(PERIOD, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                Hours.of(40), "AG 2025-12, acord 3", LocalDate.of(2026, 1, 15))).orElseThrow();
        Advisory advisory = xarxa.advisories().request(new RequestAdvisory(sabadell, nuria, AdvisoryTopics.DEFAULT.get(0),
                "Plec de neteja", MeetingFormat.VIRTUAL, null, LocalDate.of(2026, 2, 10))).orElseThrow();
        WorkingGroupId group = xarxa.workingGroups().propose(new ProposeWorkingGroup("Habitatge cooperatiu",
                "housing-cooperatives", "Una guia per als ajuntaments", null, List.of(sabadell), nuria,
                LocalDate.of(2026, 2, 2), "")).orElseThrow().id();
        xarxa.workingGroups().changeStatus(new ChangeGroupStatus(group, GroupStatus.ACTIVE, LocalDate.of(2026, 2, 20),
                "CE 2026-02")).orElseThrow();
        WorkingGroup withGuide = xarxa.workingGroups().product(new RecordGroupProduct(group, null,
                "Guia d'habitatge cooperatiu", ProductKind.GUIDE, ProductStatus.IN_PROGRESS, null, List.of()))
                .orElseThrow();

        BodySeat president = xarxa.governance().takeSeat(new TakeSeat(Body.TECHNICAL_COMMISSION, sabadell, nuria,
                "president", LocalDate.of(2025, 5, 1))).orElseThrow();
        xarxa.governance().takeSeat(new TakeSeat(Body.TECHNICAL_SECRETARIAT, null, jordi, "secretary",
                LocalDate.of(2025, 1, 1))).orElseThrow();
        BodySeat executive = xarxa.governance().takeSeat(new TakeSeat(Body.EXECUTIVE_COMMISSION, premia, null, "member",
                LocalDate.of(2025, 5, 1))).orElseThrow();
        xarxa.governance().leaveSeat(new LeaveSeat(executive.id(), LocalDate.of(2025, 12, 31))).orElseThrow();

        EventId assembly = xarxa.governance().schedule(new ScheduleEvent(EventKind.ORDINARY_ASSEMBLY,
                "Assemblea General ordinària", ASSEMBLY_DAY, LocalTime.of(10, 0), LocalTime.of(13, 30),
                MeetingFormat.HYBRID, "Casal Cívic «Can Deu», Sabadell", "https://meet.xarxa.cat/ag-2026"))
                .orElseThrow().id();
        xarxa.governance().recordAttendance(new RecordAttendance(assembly, List.of(new Attendance(sabadell, nuria),
                new Attendance(premia, null), new Attendance(girona, jordi)))).orElseThrow();
        EventId commission = xarxa.governance().schedule(new ScheduleEvent(EventKind.TECHNICAL_COMMISSION,
                "Comissió Tècnica", LocalDate.of(2026, 5, 20), null, null, MeetingFormat.VIRTUAL, null,
                "https://meet.xarxa.cat/ct")).orElseThrow().id();
        xarxa.governance().recordAttendance(new RecordAttendance(commission, List.of())).orElseThrow();
        EventId fair = xarxa.governance().schedule(new ScheduleEvent(EventKind.FAIR_ACTIVITY,
                "Fira d'Economia Solidària", LocalDate.of(2026, 10, 24), LocalTime.of(17, 30, 15), null,
                MeetingFormat.IN_PERSON, "Fabra i Coats", null)).orElseThrow().id();
        xarxa.governance().cancel(new CancelEvent(fair)).orElseThrow();
        xarxa.governance().schedule(new ScheduleEvent(EventKind.WORKING_GROUPS_PLENARY, "Plenari dels grups",
                LocalDate.of(2027, 1, 30), LocalTime.of(10, 0), LocalTime.of(11, 0), MeetingFormat.IN_PERSON,
                "Barcelona", null)).orElseThrow();

        vote(xarxa, PutToVote.of(assembly, "AG 2026-03 #1", new Motion.Admission(manlleu),
                List.of(yes(sabadell), yes(premia), yes(girona))));
        vote(xarxa, PutToVote.feePolicy(assembly, "AG 2026-03 #2", new FeePolicy(2026, 2025,
                new FlatFee(Money.euros(300)), FeeTerms.DEFAULT, ASSEMBLY_DAY, ""),
                List.of(yes(sabadell), new Vote(premia, VoteChoice.ABSTAIN))));
        vote(xarxa, new PutToVote(assembly, "AG 2026-03 #3", "Pressupost del grup d'habitatge",
                new Motion.BudgetAllocation(group, 2026, Money.euros("1500.00")), null,
                List.of(yes(sabadell), yes(premia), new Vote(manlleu, VoteChoice.NO)), null));
        vote(xarxa, PutToVote.of(assembly, "AG 2026-03 #4", new Motion.BankEnlargement(PERIOD, Hours.parse("12:30")),
                List.of(yes(sabadell), yes(premia), yes(manlleu))));
        vote(xarxa, new PutToVote(assembly, "AG 2026-03 #5", "Comptes anuals",
                new Motion.General("Comptes anuals 2025, amb «reserves»\ni notes"), null,
                List.of(new Vote(sabadell, VoteChoice.NO), new Vote(premia, VoteChoice.NO), yes(manlleu), yes(girona)),
                new VotingRules(2, 3, Majority.TWO_THIRDS)));
        vote(xarxa, PutToVote.of(assembly, "AG 2026-03 #6", new Motion.General("Manifest per l'habitatge"),
                List.of(yes(sabadell))));

        CallId call = xarxa.goodPractices().open(new OpenCall("Convocatòria de bones pràctiques 2026",
                LocalDate.of(2026, 2, 1), LocalDate.of(2026, 4, 30), PracticeThemes.CALL_2020)).orElseThrow().id();
        SubmissionId menjadors = xarxa.goodPractices().submit(new SubmitPractice(call, sabadell,
                "Menjadors escolars de proximitat", List.of("Ajuntament de Sabadell", "Cooperativa «La Fageda»"),
                "Compra pública de proximitat\namb clàusules socials", nuria,
                List.of("ecological-transition", "responsible-public-procurement"), LocalDate.of(2026, 4, 10)))
                .orElseThrow().id();
        xarxa.goodPractices().review(new ReviewSubmission(menjadors, true, true, LocalDate.of(2026, 5, 20))).orElseThrow();
        xarxa.goodPractices().completeSheet(new CompleteSheet(menjadors, "Escoles sense cuina pròpia",
                "Licitació per lots amb criteris de proximitat", "Vuit escoles, 1.200 àpats al dia",
                "Cal parlar abans amb les famílies", "https://xarxa.cat/practiques/menjadors", true,
                LocalDate.of(2026, 6, 15))).orElseThrow();
        xarxa.goodPractices().publish(new PublishPractice(menjadors, LocalDate.of(2026, 7, 1))).orElseThrow();
        SubmissionId notSelected = xarxa.goodPractices().submit(new SubmitPractice(call, premia, "Horts urbans",
                List.of("Ajuntament de Premià de Dalt"), "Horts comunitaris", jordi, List.of(), LocalDate.of(2026, 4, 20)))
                .orElseThrow().id();
        xarxa.goodPractices().review(new ReviewSubmission(notSelected, false, false, LocalDate.of(2026, 5, 20)))
                .orElseThrow();
        xarxa.goodPractices().submit(new SubmitPractice(call, manlleu, "Mercat de pagès", List.of("Ajuntament de Manlleu"),
                "Un mercat setmanal", jordi, List.of("youth"), LocalDate.of(2026, 4, 29))).orElseThrow();
        SubmissionId withSheet = xarxa.goodPractices().submit(new SubmitPractice(call, sabadell, "Moneda local",
                List.of("Ajuntament de Sabadell"), "La moneda de la ciutat", nuria, List.of("inter-cooperation"),
                LocalDate.of(2026, 4, 30))).orElseThrow().id();
        xarxa.goodPractices().review(new ReviewSubmission(withSheet, true, false, LocalDate.of(2026, 5, 20))).orElseThrow();
        xarxa.goodPractices().completeSheet(new CompleteSheet(withSheet, "Comerç local", "Una moneda social",
                "300 comerços", null, null, false, LocalDate.of(2026, 6, 1))).orElseThrow();

        TrainingId training = xarxa.goodPractices().offer(new OfferTraining(sabadell, "Compra pública responsable",
                "responsible-public-procurement", LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 26),
                MeetingFormat.VIRTUAL, 20, "https://sabadell.cat/formacio")).orElseThrow().id();
        xarxa.goodPractices().offer(new OfferTraining(premia, "Cooperatives d'habitatge", "housing-cooperatives",
                LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 10), MeetingFormat.IN_PERSON, 1, null)).orElseThrow();

        PlanId plan = xarxa.workPlans().adopt(aPlan()).orElseThrow().id();
        report(xarxa, plan, "I.1.1", ActionStatus.IN_PROGRESS, 40,
                new Evidence(EvidenceKind.GOOD_PRACTICE, menjadors.toString(), "Primera pràctica publicada",
                        LocalDate.of(2026, 7, 2)));
        report(xarxa, plan, "I.1.1", ActionStatus.DONE, 100,
                new Evidence(EvidenceKind.EVENT, commission.toString(), "", LocalDate.of(2026, 7, 10)));
        report(xarxa, plan, "I.1.2", ActionStatus.IN_PROGRESS, 50,
                new Evidence(EvidenceKind.TRAINING, training.toString(), "Primera formació", LocalDate.of(2026, 10, 27)));
        report(xarxa, plan, "I.1.2", ActionStatus.IN_PROGRESS, 60,
                new Evidence(EvidenceKind.ADVISORY, advisory.id().toString(), "", LocalDate.of(2026, 10, 28)));
        report(xarxa, plan, "I.2.1", ActionStatus.DROPPED, 0,
                new Evidence(EvidenceKind.LINK, "https://xarxa.cat/acta-2026", "Ajornat", LocalDate.of(2026, 11, 2)));
        report(xarxa, plan, "II.1.1", ActionStatus.IN_PROGRESS, 10,
                new Evidence(EvidenceKind.GROUP_PRODUCT, withGuide.products().get(0).id().toString(), "",
                        LocalDate.of(2026, 11, 3)));
        report(xarxa, plan, "II.1.1", ActionStatus.IN_PROGRESS, 15, null);
        xarxa.workPlans().adopt(new AdoptWorkPlan("Pla de treball 2027", 2027, 2027, LocalDate.of(2026, 12, 1), null,
                List.of(new StrategicLine("A", "Consolidar", List.of(new Objective("A.1", "Consolidar la xarxa",
                        List.of(PlanAction.planned("A.1.1", "Noves adhesions", List.of(),
                                List.of(Responsible.members()), List.of(), List.of(PlanCell.year(2027)))))))))).orElseThrow();
        return xarxa;
    }

    /**
     * A plan of 2026–2027: two lines, three objectives, four actions, with every kind of party
     * answering for them and cells of whole years and of semesters.
     */
    static AdoptWorkPlan aPlan() {
        return new AdoptWorkPlan("Pla de treball 2026-2027", 2026, 2027, ASSEMBLY_DAY, "AG 2026-03",
                List.of(new StrategicLine("I", "Enfortir l'economia social a cada municipi", List.of(
                                new Objective("I.1", "Compartir coneixement", List.of(
                                        PlanAction.planned("I.1.1", "Banc de bones pràctiques",
                                                List.of(Responsible.body(Body.TECHNICAL_COMMISSION)),
                                                List.of(Responsible.body(Body.TECHNICAL_SECRETARIAT),
                                                        Responsible.externalService("Servei d'assistència tècnica")),
                                                List.of(Responsible.members()),
                                                List.of(PlanCell.semester(2026, 1), PlanCell.semester(2026, 2))),
                                        PlanAction.planned("I.1.2", "Catàleg de formacions", List.of(),
                                                List.of(Responsible.members()),
                                                List.of(Responsible.other("Qui s'escaigui")),
                                                List.of(PlanCell.year(2026))))),
                                new Objective("I.2", "Governança", List.of(
                                        PlanAction.planned("I.2.1", "Assemblees híbrides",
                                                List.of(Responsible.body(Body.EXECUTIVE_COMMISSION)),
                                                List.of(Responsible.body(Body.PRESIDENCY)), List.of(),
                                                List.of(PlanCell.semester(2027, 1))))))),
                        new StrategicLine("II", "Xarxa i aliances", List.of(
                                new Objective("II.1", "Trobades", List.of(
                                        PlanAction.planned("II.1.1", "Trobada de càrrecs electes", List.of(),
                                                List.of(Responsible.externalService("")), List.of(),
                                                List.of())))))));
    }

    private static Vote yes(MemberId council) {
        return new Vote(council, VoteChoice.YES);
    }

    private static AssemblyDecision vote(Xarxa xarxa, PutToVote command) {
        return xarxa.governance().putToVote(command).orElseThrow();
    }

    private static void report(Xarxa xarxa, PlanId plan, String action, ActionStatus status, int progress,
                               Evidence evidence) {
        xarxa.workPlans().report(new ReportProgress(plan, action, status, progress, evidence,
                evidence == null ? LocalDate.of(2026, 12, 1) : evidence.on())).orElseThrow();
    }
}
