package cat.xarxa.csv;

import cat.xarxa.Xarxa;
import cat.xarxa.advisory.AdvisoryId;
import cat.xarxa.advisory.AdvisoryTopics;
import cat.xarxa.advisory.CompleteAdvisory;
import cat.xarxa.advisory.DeliverSession;
import cat.xarxa.advisory.OpenHourBank;
import cat.xarxa.advisory.RequestAdvisory;
import cat.xarxa.advisory.ScheduleSession;
import cat.xarxa.care.RaiseNeed;
import cat.xarxa.common.Hours;
import cat.xarxa.common.MeetingFormat;
import cat.xarxa.common.Money;
import cat.xarxa.fee.FeePolicy;
import cat.xarxa.fee.FeeTerms;
import cat.xarxa.fee.FlatFee;
import cat.xarxa.fee.RecordPayment;
import cat.xarxa.governance.Attendance;
import cat.xarxa.governance.Body;
import cat.xarxa.governance.EventId;
import cat.xarxa.governance.EventKind;
import cat.xarxa.governance.RecordAttendance;
import cat.xarxa.governance.ScheduleEvent;
import cat.xarxa.governance.TakeSeat;
import cat.xarxa.member.AdmitMember;
import cat.xarxa.member.ApplyForMembership;
import cat.xarxa.member.AppointPerson;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.PersonId;
import cat.xarxa.member.RegisterPerson;
import cat.xarxa.member.Role;
import cat.xarxa.mentorship.AcceptMentorship;
import cat.xarxa.mentorship.OfferMentoring;
import cat.xarxa.mentorship.ProposeMentorship;
import cat.xarxa.partner.PartnerId;
import cat.xarxa.partner.PartnerKind;
import cat.xarxa.partner.RegisterPartner;
import cat.xarxa.practice.CallId;
import cat.xarxa.practice.CompleteSheet;
import cat.xarxa.practice.OpenCall;
import cat.xarxa.practice.PublishPractice;
import cat.xarxa.practice.ReviewSubmission;
import cat.xarxa.practice.SubmissionId;
import cat.xarxa.practice.SubmitPractice;
import cat.xarxa.spi.FormatProvider;
import cat.xarxa.workinggroup.ChangeGroupStatus;
import cat.xarxa.workinggroup.GroupStatus;
import cat.xarxa.workinggroup.JoinGroup;
import cat.xarxa.workinggroup.ProductKind;
import cat.xarxa.workinggroup.ProductStatus;
import cat.xarxa.workinggroup.ProposeWorkingGroup;
import cat.xarxa.workinggroup.RecordGroupProduct;
import cat.xarxa.workinggroup.WorkingGroupId;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A network on the in-memory store, built through the public API, with something in every area an
 * open-data set reads, on 30 September 2026. One person, Zoraida Quintanilla-Ferrer, with a
 * distinctive email and phone, is in every area that can hold a person: a mandate, a seat, an
 * advisory request, a mentorship, a working group, a partner's contact, a practice's contact and
 * an event's attendance; her name, email and phone are also written into the free text around her.
 */
final class OpenDataNetwork {

    static final String PERSON_NAME = "Zoraida Quintanilla-Ferrer";
    static final String PERSON_EMAIL = "zoraida.qf@exemple.cat";
    static final String PERSON_PHONE = "+34 699 123 457";
    static final LocalDate AS_OF = LocalDate.of(2026, 9, 30);

    final Xarxa xarxa;
    final MemberId vilafranca;
    final MemberId sabadell;
    final MemberId manlleu;
    final MemberId girona;
    final PersonId zoraida;

    private OpenDataNetwork(FormatProvider formats) {
        AtomicLong counter = new AtomicLong();
        Xarxa.Builder builder = Xarxa.builder().setting(Xarxa.STORAGE, "memory")
                .ids(() -> new UUID(0, counter.incrementAndGet()))
                .clock(Clock.fixed(Instant.parse("2026-09-30T10:00:00Z"), Xarxa.NETWORK_ZONE));
        if (formats != null) {
            builder.formats(formats);
        }
        xarxa = builder.build();
        vilafranca = admitted("083054", LocalDate.of(2025, 2, 3), LocalDate.of(2025, 3, 15));
        sabadell = admitted("081878", LocalDate.of(2025, 1, 10), LocalDate.of(2025, 3, 15));
        manlleu = admitted("081120", LocalDate.of(2025, 1, 12), LocalDate.of(2025, 3, 15));
        girona = admitted("170792", LocalDate.of(2025, 1, 20), LocalDate.of(2025, 3, 15));
        zoraida = xarxa.people().register(new RegisterPerson(PERSON_NAME, PERSON_EMAIL, PERSON_PHONE,
                Set.of(AdvisoryTopics.HOUSING_COOPERATIVES))).orElseThrow();
        xarxa.members().appoint(new AppointPerson(sabadell, zoraida, Role.TECHNICAL_CONTACT, LocalDate.of(2025, 4, 1)))
                .orElseThrow();
    }

    /** The network with the default formats. */
    static OpenDataNetwork build() {
        return build(null);
    }

    /** The network with formats given to the facade (e.g. Catalan headers). */
    static OpenDataNetwork build(FormatProvider formats) {
        OpenDataNetwork network = new OpenDataNetwork(formats);
        network.fill();
        return network;
    }

    private MemberId admitted(String ineCode, LocalDate appliedOn, LocalDate admittedOn) {
        MemberId id = xarxa.members().apply(new ApplyForMembership(ineCode, null, appliedOn)).orElseThrow();
        xarxa.members().admit(new AdmitMember(id, admittedOn, "AG 2025-03")).orElseThrow();
        return id;
    }

    private PersonId person(String name, MemberId council) {
        PersonId id = xarxa.people().register(new RegisterPerson(name)).orElseThrow();
        xarxa.members().appoint(new AppointPerson(council, id, Role.TECHNICAL_CONTACT, LocalDate.of(2025, 4, 1)))
                .orElseThrow();
        return id;
    }

    private void fill() {
        String aboutHer = "Parleu amb " + PERSON_NAME + " (" + PERSON_EMAIL + ", " + PERSON_PHONE + ")";
        PersonId pere = person("Pere Vidal", girona);
        PersonId laia = person("Laia Font", manlleu);

        xarxa.governance().takeSeat(new TakeSeat(Body.TECHNICAL_COMMISSION, sabadell, zoraida, "member",
                LocalDate.of(2025, 5, 1))).orElseThrow();
        xarxa.care().raiseNeed(new RaiseNeed(manlleu, "advisory", "Habitatge cooperatiu en sòl públic",
                LocalDate.of(2026, 2, 2), null)).orElseThrow();

        // Fees: 2026, a flat 300 € for every member; Sabadell pays, Girona pays half.
        xarxa.fees().approvePolicy(new FeePolicy(2026, 2025, new FlatFee(Money.euros(300)), FeeTerms.DEFAULT,
                LocalDate.of(2026, 2, 2), "AG 2026-02, acord 4")).orElseThrow();
        xarxa.fees().assess(2026, LocalDate.of(2026, 7, 1)).orElseThrow();
        pay(sabadell, "300.00");
        pay(girona, "150.00");

        // Advisories: Sabadell's on housing cooperatives, one session of 1:30 delivered and completed;
        // Manlleu's on care policies, open.
        xarxa.advisories().openBank(new OpenHourBank("2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                Hours.of(40), "AG 2026-02, acord 5", LocalDate.of(2026, 2, 2))).orElseThrow();
        AdvisoryId housing = xarxa.advisories().request(new RequestAdvisory(sabadell, zoraida,
                AdvisoryTopics.HOUSING_COOPERATIVES, aboutHer, null, null, LocalDate.of(2026, 3, 2))).orElseThrow().id();
        var session = xarxa.advisories().schedule(new ScheduleSession(housing, LocalDateTime.of(2026, 3, 20, 10, 0),
                LocalDateTime.of(2026, 3, 20, 12, 0), null)).orElseThrow().sessions().get(0).id();
        xarxa.advisories().deliver(new DeliverSession(housing, session, Hours.of(1, 30), List.of(sabadell),
                LocalDate.of(2026, 3, 20))).orElseThrow();
        xarxa.advisories().complete(new CompleteAdvisory(housing, LocalDate.of(2026, 3, 21))).orElseThrow();
        xarxa.advisories().request(new RequestAdvisory(manlleu, laia, AdvisoryTopics.CARE_POLICIES, null, null, null,
                LocalDate.of(2026, 4, 6))).orElseThrow();

        // Mentorship: Pere of Girona mentors Zoraida of Sabadell.
        xarxa.mentorships().offer(new OfferMentoring(pere, girona, Set.of(AdvisoryTopics.HOUSING_COOPERATIVES), 2, true))
                .orElseThrow();
        var mentorship = xarxa.mentorships().propose(new ProposeMentorship(zoraida, sabadell, pere,
                AdvisoryTopics.HOUSING_COOPERATIVES, aboutHer, LocalDate.of(2026, 4, 1))).orElseThrow().id();
        xarxa.mentorships().accept(new AcceptMentorship(mentorship, LocalDate.of(2026, 4, 8))).orElseThrow();

        // A working group coordinated by Sabadell (Zoraida), Manlleu and Girona taking part, one guide published.
        PartnerId federation = xarxa.partners().register(new RegisterPartner("Federació de Cooperatives d'Habitatge",
                PartnerKind.FEDERATION, "https://cooperativeshabitatge.example", zoraida)).orElseThrow();
        WorkingGroupId group = xarxa.workingGroups().propose(new ProposeWorkingGroup("Habitatge cooperatiu",
                "housing-cooperatives", aboutHer, null, List.of(sabadell), zoraida, LocalDate.of(2026, 1, 15), "CE 2026-01"))
                .orElseThrow().id();
        xarxa.workingGroups().changeStatus(new ChangeGroupStatus(group, GroupStatus.ACTIVE, LocalDate.of(2026, 2, 1),
                "CE 2026-02")).orElseThrow();
        xarxa.workingGroups().join(new JoinGroup(group, manlleu, laia, LocalDate.of(2026, 2, 10))).orElseThrow();
        xarxa.workingGroups().join(new JoinGroup(group, girona, null, LocalDate.of(2026, 2, 12))).orElseThrow();
        xarxa.workingGroups().join(new JoinGroup(group, sabadell, zoraida, LocalDate.of(2026, 2, 12))).orElseThrow();
        xarxa.workingGroups().product(new RecordGroupProduct(group, null, "Guia d'habitatge cooperatiu per a ens locals",
                ProductKind.GUIDE, ProductStatus.PUBLISHED, LocalDate.of(2026, 6, 1), List.of(federation))).orElseThrow();
        xarxa.workingGroups().product(new RecordGroupProduct(group, null, "Campanya de sòl públic",
                ProductKind.CAMPAIGN, ProductStatus.IN_PROGRESS, null, List.of())).orElseThrow();

        // A good practice of Vilafranca, Zoraida as its contact, published; another one not selected.
        CallId call = xarxa.goodPractices().open(new OpenCall("Convocatòria de bones pràctiques 2026",
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), List.of("housing-cooperatives"))).orElseThrow().id();
        SubmissionId practice = xarxa.goodPractices().submit(new SubmitPractice(call, vilafranca,
                "Masoveria urbana a Vilafranca del Penedès", List.of("Ajuntament"), aboutHer, zoraida,
                List.of("housing-cooperatives", "public-land"), LocalDate.of(2026, 3, 1))).orElseThrow().id();
        xarxa.goodPractices().review(new ReviewSubmission(practice, true, false, LocalDate.of(2026, 4, 15))).orElseThrow();
        xarxa.goodPractices().completeSheet(new CompleteSheet(practice, aboutHer, aboutHer, aboutHer, aboutHer,
                "https://xarxa.example/practiques/masoveria", false, LocalDate.of(2026, 5, 2))).orElseThrow();
        xarxa.goodPractices().publish(new PublishPractice(practice, LocalDate.of(2026, 5, 20))).orElseThrow();
        SubmissionId other = xarxa.goodPractices().submit(new SubmitPractice(call, manlleu, "Mercat de proximitat",
                List.of("Ajuntament"), "Un mercat setmanal", laia, List.of("local-commerce"), LocalDate.of(2026, 3, 2)))
                .orElseThrow().id();
        xarxa.goodPractices().review(new ReviewSubmission(other, false, false, LocalDate.of(2026, 4, 15))).orElseThrow();

        // The calendar: the assembly in Vilafranca, held; a commission online, scheduled.
        EventId assembly = xarxa.governance().schedule(new ScheduleEvent(EventKind.ORDINARY_ASSEMBLY,
                "Assemblea General ordinària", LocalDate.of(2026, 3, 14), LocalTime.of(10, 0), LocalTime.of(13, 30),
                MeetingFormat.IN_PERSON, "Vilafranca del Penedès, Cal Bolet", null)).orElseThrow().id();
        xarxa.governance().recordAttendance(new RecordAttendance(assembly, List.of(new Attendance(sabadell, zoraida),
                new Attendance(girona, null), new Attendance(vilafranca, null)))).orElseThrow();
        xarxa.governance().schedule(new ScheduleEvent(EventKind.TECHNICAL_COMMISSION, "Comissió Tècnica",
                LocalDate.of(2026, 10, 5), LocalTime.of(18, 0), LocalTime.of(19, 30), MeetingFormat.VIRTUAL, null,
                "https://meet.example/ct-2026-10")).orElseThrow();
    }

    private void pay(MemberId member, String amount) {
        var assessment = xarxa.fees().assessmentsOf(member).get(0).id();
        xarxa.fees().recordPayment(new RecordPayment(assessment, LocalDate.of(2026, 8, 1), Money.euros(amount), "TRF"))
                .orElseThrow();
    }

    /** An export as text. */
    String export(String format) {
        return new String(bytes(format), StandardCharsets.UTF_8);
    }

    /** An export's bytes. */
    byte[] bytes(String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        xarxa.export(format, out);
        return out.toByteArray();
    }
}
