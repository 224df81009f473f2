package cat.xarxa.examples;

import cat.xarxa.Xarxa;
import cat.xarxa.advisory.Advisory;
import cat.xarxa.advisory.AdvisoryTopics;
import cat.xarxa.advisory.AssignProvider;
import cat.xarxa.advisory.CompleteAdvisory;
import cat.xarxa.advisory.DeliverSession;
import cat.xarxa.advisory.OpenHourBank;
import cat.xarxa.advisory.Provider;
import cat.xarxa.advisory.RequestAdvisory;
import cat.xarxa.advisory.ScheduleSession;
import cat.xarxa.care.Channel;
import cat.xarxa.care.ContactTopic;
import cat.xarxa.care.LogContact;
import cat.xarxa.care.RecordOnboardingMeeting;
import cat.xarxa.common.Hours;
import cat.xarxa.common.IneCode;
import cat.xarxa.common.MeetingFormat;
import cat.xarxa.common.Money;
import cat.xarxa.fee.FeeAssessment;
import cat.xarxa.fee.FeePolicy;
import cat.xarxa.fee.FeeTerms;
import cat.xarxa.fee.FlatFee;
import cat.xarxa.fee.RecordPayment;
import cat.xarxa.governance.Attendance;
import cat.xarxa.governance.Body;
import cat.xarxa.governance.EventKind;
import cat.xarxa.governance.NetworkEvent;
import cat.xarxa.governance.RecordAttendance;
import cat.xarxa.governance.ScheduleEvent;
import cat.xarxa.governance.TakeSeat;
import cat.xarxa.member.AdmitMember;
import cat.xarxa.member.AppointPerson;
import cat.xarxa.member.ApplyForMembership;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.PersonId;
import cat.xarxa.member.RegisterPerson;
import cat.xarxa.member.Role;
import cat.xarxa.mentorship.AcceptMentorship;
import cat.xarxa.mentorship.OfferMentoring;
import cat.xarxa.mentorship.ProposeMentorship;
import cat.xarxa.partner.PartnerKind;
import cat.xarxa.partner.RegisterPartner;
import cat.xarxa.practice.OpenCall;
import cat.xarxa.practice.PracticeCall;
import cat.xarxa.practice.SubmitPractice;
import cat.xarxa.workinggroup.BudgetEntryKind;
import cat.xarxa.workinggroup.ChangeGroupStatus;
import cat.xarxa.workinggroup.EnterBudget;
import cat.xarxa.workinggroup.GroupStatus;
import cat.xarxa.workinggroup.JoinGroup;
import cat.xarxa.workinggroup.ProposeWorkingGroup;
import cat.xarxa.workinggroup.RecordGroupMeeting;
import cat.xarxa.workinggroup.WorkingGroupId;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * A small network where one person, Núria Pseudònima Fictícia, appears in every area that can
 * hold a person: a mandate, the care log, an onboarding meeting, a partner's contact, an advisory
 * she asked for and one she gave, a mentor profile, a mentorship as mentor and one as mentee, a
 * working group she coordinates, joins and meets in, a seat, an assembly she attended and a good
 * practice she is the contact of; with fees paid, an hour bank and a group budget.
 */
final class PrivacyNetwork {

    static final String NAME = "Núria Pseudònima Fictícia";
    static final String EMAIL = "nuria.pseudonima@ficticia.example";
    static final String PHONE = "+34 600 123 456";
    static final String TOPIC = "responsible-public-procurement";

    final MemberId sabadell;
    final MemberId manlleu;
    final PersonId nuria;
    final WorkingGroupId group;

    PrivacyNetwork(Xarxa xarxa) {
        sabadell = member(xarxa, "081878");
        manlleu = member(xarxa, "081120");
        nuria = xarxa.people().register(new RegisterPerson(NAME, EMAIL, PHONE, Set.of("cooperatives", TOPIC)))
                .orElseThrow();
        PersonId jordi = xarxa.people().register(new RegisterPerson("Jordi Altre")).orElseThrow();
        PersonId marta = xarxa.people().register(new RegisterPerson("Marta Tercera")).orElseThrow();
        xarxa.members().appoint(new AppointPerson(sabadell, nuria, Role.TECHNICAL_CONTACT, LocalDate.of(2026, 1, 15)))
                .orElseThrow();
        xarxa.members().appoint(new AppointPerson(manlleu, jordi, Role.TECHNICAL_CONTACT, LocalDate.of(2026, 1, 15)))
                .orElseThrow();

        FeePolicy policy = new FeePolicy(2026, 2025, new FlatFee(Money.euros(300)), FeeTerms.DEFAULT,
                LocalDate.of(2026, 1, 20), "AG 2026-01");
        xarxa.fees().approvePolicy(policy).orElseThrow();
        for (FeeAssessment a : xarxa.fees().assess(2026, LocalDate.of(2026, 2, 1)).orElseThrow().assessed()) {
            xarxa.fees().recordPayment(new RecordPayment(a.id(), LocalDate.of(2026, 2, 20), a.assessed(), "TRF"))
                    .orElseThrow();
        }

        xarxa.care().logContact(new LogContact(sabadell, LocalDate.of(2026, 2, 3), Channel.PHONE, ContactTopic.FEE_PAYMENT,
                "Dubte de " + NAME + " sobre la quota; truqueu-la al " + PHONE, nuria)).orElseThrow();
        xarxa.care().recordOnboarding(new RecordOnboardingMeeting(sabadell, LocalDate.of(2026, 2, 4), MeetingFormat.VIRTUAL,
                List.of(nuria), "Reunió d'acollida amb " + NAME + " (" + EMAIL + ")", List.of())).orElseThrow();
        xarxa.partners().register(new RegisterPartner("Coop de prova", PartnerKind.COOPERATIVE,
                "https://coop.example", nuria)).orElseThrow();

        xarxa.advisories().openBank(new OpenHourBank("2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                Hours.of(40), "AG 2026-01", LocalDate.of(2026, 1, 20))).orElseThrow();
        xarxa.advisories().request(new RequestAdvisory(sabadell, nuria, AdvisoryTopics.CARE_POLICIES,
                "Em podeu escriure a " + EMAIL + " o trucar al " + PHONE + " (" + NAME + ")", null, null,
                LocalDate.of(2026, 3, 2))).orElseThrow();
        Advisory given = xarxa.advisories().request(new RequestAdvisory(manlleu, jordi, AdvisoryTopics.CARE_POLICIES,
                "Pla local", null, null, LocalDate.of(2026, 3, 3))).orElseThrow();
        xarxa.advisories().assign(new AssignProvider(given.id(), Provider.expert(nuria), null)).orElseThrow();
        given = xarxa.advisories().schedule(new ScheduleSession(given.id(), LocalDateTime.of(2026, 4, 7, 10, 0),
                LocalDateTime.of(2026, 4, 7, 12, 0), null)).orElseThrow();
        xarxa.advisories().deliver(new DeliverSession(given.id(), given.sessions().get(0).id(), Hours.of(2),
                List.of(manlleu), LocalDate.of(2026, 4, 7))).orElseThrow();
        xarxa.advisories().complete(new CompleteAdvisory(given.id(), LocalDate.of(2026, 4, 7))).orElseThrow();

        xarxa.mentorships().offer(new OfferMentoring(nuria, sabadell, Set.of(TOPIC), 2, true)).orElseThrow();
        xarxa.mentorships().offer(new OfferMentoring(jordi, manlleu, Set.of("cooperatives"), 2, true)).orElseThrow();
        var asMentor = xarxa.mentorships().propose(new ProposeMentorship(jordi, manlleu, nuria, TOPIC,
                "Clàusules socials", LocalDate.of(2026, 3, 10))).orElseThrow();
        xarxa.mentorships().accept(new AcceptMentorship(asMentor.id(), LocalDate.of(2026, 3, 12))).orElseThrow();
        xarxa.mentorships().propose(new ProposeMentorship(nuria, sabadell, jordi, "cooperatives",
                "Sóc la " + NAME + ", del servei de promoció econòmica", LocalDate.of(2026, 3, 11))).orElseThrow();

        group = xarxa.workingGroups().propose(new ProposeWorkingGroup("Compra pública", TOPIC, "", null, List.of(sabadell),
                nuria, LocalDate.of(2026, 2, 2), "")).orElseThrow().id();
        xarxa.workingGroups().changeStatus(new ChangeGroupStatus(group, GroupStatus.ACTIVE, LocalDate.of(2026, 2, 10),
                "AG 2026-01")).orElseThrow();
        xarxa.workingGroups().join(new JoinGroup(group, sabadell, nuria, LocalDate.of(2026, 2, 11))).orElseThrow();
        xarxa.workingGroups().join(new JoinGroup(group, manlleu, marta, LocalDate.of(2026, 2, 11))).orElseThrow();
        xarxa.workingGroups().meet(new RecordGroupMeeting(group, LocalDate.of(2026, 3, 5), MeetingFormat.VIRTUAL,
                List.of(nuria, marta), "Primera reunió")).orElseThrow();
        xarxa.workingGroups().enter(new EnterBudget(group, 2026, BudgetEntryKind.ALLOCATION, Money.euros(5000),
                LocalDate.of(2026, 2, 12), "AG 2026-01", null)).orElseThrow();
        xarxa.workingGroups().enter(new EnterBudget(group, 2026, BudgetEntryKind.COMMITMENT, Money.euros(1200),
                LocalDate.of(2026, 3, 6), "Guia", null)).orElseThrow();

        xarxa.governance().takeSeat(new TakeSeat(Body.TECHNICAL_COMMISSION, sabadell, nuria, "member",
                LocalDate.of(2026, 1, 20))).orElseThrow();
        NetworkEvent assembly = xarxa.governance().schedule(new ScheduleEvent(EventKind.ORDINARY_ASSEMBLY,
                "Assemblea de primavera", LocalDate.of(2026, 3, 27), null, null, MeetingFormat.IN_PERSON, "Sabadell", null))
                .orElseThrow();
        xarxa.governance().recordAttendance(new RecordAttendance(assembly.id(),
                List.of(new Attendance(sabadell, nuria), new Attendance(manlleu, jordi)))).orElseThrow();

        PracticeCall call = xarxa.goodPractices().open(new OpenCall("Crida 2026", LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 4, 30), List.of())).orElseThrow();
        xarxa.goodPractices().submit(new SubmitPractice(call.id(), sabadell, "Plecs amb clàusules socials",
                List.of("Ajuntament de Sabadell"), "Com ho vam fer", nuria, List.of(TOPIC), LocalDate.of(2026, 4, 1)))
                .orElseThrow();
    }

    private static MemberId member(Xarxa xarxa, String ine) {
        MemberId id = xarxa.members().apply(new ApplyForMembership(IneCode.parse(ine), LocalDate.of(2025, 10, 1)))
                .orElseThrow();
        xarxa.members().admit(new AdmitMember(id, LocalDate.of(2025, 11, 20), "AG 2025-11")).orElseThrow();
        return id;
    }
}
