package cat.xarxa;

import static cat.xarxa.ReasonAssertions.assertRefusedFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.advisory.HourBank;
import cat.xarxa.advisory.LedgerEntry;
import cat.xarxa.advisory.OpenHourBank;
import cat.xarxa.common.Decision;
import cat.xarxa.common.Hours;
import cat.xarxa.common.IneCode;
import cat.xarxa.common.InvalidCommandException;
import cat.xarxa.common.JournalEntry;
import cat.xarxa.common.MeetingFormat;
import cat.xarxa.fee.FeeAssessment;
import cat.xarxa.fee.Payment;
import cat.xarxa.member.AdmitMember;
import cat.xarxa.member.ApplyForMembership;
import cat.xarxa.member.AppointPerson;
import cat.xarxa.member.EndMandate;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.PersonId;
import cat.xarxa.member.RegisterPerson;
import cat.xarxa.member.Role;
import cat.xarxa.member.Standing;
import cat.xarxa.member.WithdrawMember;
import cat.xarxa.memory.MemoryStorageProvider;
import cat.xarxa.mentorship.AcceptMentorship;
import cat.xarxa.mentorship.AgreeActivities;
import cat.xarxa.mentorship.CancelMentorship;
import cat.xarxa.mentorship.CompleteMentorship;
import cat.xarxa.mentorship.DeclineMentorship;
import cat.xarxa.mentorship.ExtendMentorship;
import cat.xarxa.mentorship.Extension;
import cat.xarxa.mentorship.MentorProfile;
import cat.xarxa.mentorship.Mentorship;
import cat.xarxa.mentorship.MentorshipId;
import cat.xarxa.mentorship.MentorshipMeeting;
import cat.xarxa.mentorship.MentorshipReport;
import cat.xarxa.mentorship.MentorshipStatus;
import cat.xarxa.mentorship.MentorshipStep;
import cat.xarxa.mentorship.MentorshipTerms;
import cat.xarxa.mentorship.OfferMentoring;
import cat.xarxa.mentorship.ProposeMentorship;
import cat.xarxa.mentorship.RecordMentorshipMeeting;
import cat.xarxa.mentorship.ReplaceParticipant;
import cat.xarxa.mentorship.ShareDocumentation;
import cat.xarxa.spi.Storage;
import cat.xarxa.spi.StorageConfig;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The mentorship programme through the facade, one rule of the programme at a time: voluntary and
 * free, personal, between people of councils with the services right, two meetings at least, one
 * year at most unless both agree an extension, documented and shared with the network, cancelled
 * by either person with a reason, and answered freely by mentors according to their availability.
 */
class XarxaMentorshipsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), Xarxa.NETWORK_ZONE);
    private static final LocalDate APPLIED = LocalDate.of(2025, 2, 3);
    private static final LocalDate ADMITTED = LocalDate.of(2025, 4, 22);
    private static final LocalDate APPOINTED = LocalDate.of(2025, 5, 1);
    private static final LocalDate PROPOSED = LocalDate.of(2026, 2, 2);
    private static final LocalDate ACCEPTED = LocalDate.of(2026, 2, 10);
    private static final LocalDate ENDS = LocalDate.of(2027, 2, 10);
    private static final LocalDate FIRST_MEETING = LocalDate.of(2026, 3, 4);
    private static final LocalDate SECOND_MEETING = LocalDate.of(2026, 4, 15);
    private static final LocalDate SHARED = LocalDate.of(2026, 5, 6);
    private static final LocalDate COMPLETED = LocalDate.of(2026, 5, 20);

    private static final String PROCUREMENT = "compra-publica-responsable";
    private static final String HOUSING = "habitatge-cooperatiu";

    private final Storage storage = new MemoryStorageProvider().open(new StorageConfig(Map.of(), Map.of()));
    private final Xarxa xarxa = Xarxa.builder().storage(storage).clock(CLOCK).build();
    private final MemberId sabadell = council(xarxa, "081878");
    private final MemberId manlleu = council(xarxa, "081120");
    private final MemberId vic = council(xarxa, "082981");
    private final MemberId girona = council(xarxa, "170792");
    /** Mentor: the technical contact of Sabadell, with a trajectory in social economy. */
    private final PersonId marta = person(xarxa, "Marta Puig", sabadell, Role.TECHNICAL_CONTACT);
    /** Mentee: the technical contact of Manlleu, starting out. */
    private final PersonId joan = person(xarxa, "Joan Serra", manlleu, Role.TECHNICAL_CONTACT);
    /** Another mentee: the technical contact of Vic. */
    private final PersonId laia = person(xarxa, "Laia Font", vic, Role.TECHNICAL_CONTACT);
    /** Another mentor: the technical contact of Girona. */
    private final PersonId pere = person(xarxa, "Pere Vidal", girona, Role.TECHNICAL_CONTACT);
    /** A registered person who holds no mandate anywhere. */
    private final PersonId outsider = xarxa.people().register(new RegisterPerson("Veïna interessada")).orElseThrow();

    @AfterEach
    void close() {
        xarxa.close();
    }

    // ---------------------------------------------------------------- fixture

    private static MemberId council(Xarxa in, String ineCode) {
        MemberId id = in.members().apply(new ApplyForMembership(IneCode.parse(ineCode), APPLIED)).orElseThrow();
        in.members().admit(new AdmitMember(id, ADMITTED, "AG 2025-04")).orElseThrow();
        return id;
    }

    private static PersonId person(Xarxa in, String name, MemberId council, Role role) {
        PersonId id = in.people().register(new RegisterPerson(name)).orElseThrow();
        in.members().appoint(new AppointPerson(council, id, role, APPOINTED)).orElseThrow();
        return id;
    }

    private static MentorProfile offer(Xarxa in, PersonId mentor, MemberId council, int capacity, boolean open,
                                       String... topics) {
        return in.mentorships().offer(new OfferMentoring(mentor, council, Set.of(topics), capacity, open)).orElseThrow();
    }

    private MentorProfile offerMarta(int capacity) {
        return offer(xarxa, marta, sabadell, capacity, true, PROCUREMENT, HOUSING);
    }

    private Decision<Mentorship> ask(PersonId mentee, MemberId council, PersonId mentor, String topic, LocalDate on) {
        return xarxa.mentorships().propose(new ProposeMentorship(mentee, council, mentor, topic,
                "Volem impulsar la compra pública responsable", on));
    }

    private Mentorship propose(PersonId mentee, MemberId council, PersonId mentor, String topic, LocalDate on) {
        return ask(mentee, council, mentor, topic, on).orElseThrow();
    }

    /** Joan of Manlleu asks Marta of Sabadell about responsible public procurement. */
    private Mentorship proposed() {
        offerMarta(2);
        return propose(joan, manlleu, marta, PROCUREMENT, PROPOSED);
    }

    private Decision<Mentorship> accept(MentorshipId id, LocalDate on) {
        return xarxa.mentorships().accept(new AcceptMentorship(id, on));
    }

    private Mentorship active() {
        return accept(proposed().id(), ACCEPTED).orElseThrow();
    }

    private Decision<Mentorship> meet(MentorshipId id, LocalDate on) {
        return xarxa.mentorships().meet(new RecordMentorshipMeeting(id, on, MeetingFormat.IN_PERSON, "Trobada a l'ajuntament"));
    }

    private Decision<Mentorship> share(MentorshipId id, LocalDate on) {
        return xarxa.mentorships().share(new ShareDocumentation(id, "Com vam redactar les clàusules socials",
                "https://xarxa.example/mentories/compra-publica", on));
    }

    private Decision<Mentorship> complete(MentorshipId id, PersonId by, LocalDate on) {
        return xarxa.mentorships().complete(new CompleteMentorship(id, by, on));
    }

    /** Two meetings and the documentation shared: ready to complete. */
    private Mentorship readyToComplete() {
        MentorshipId id = active().id();
        meet(id, FIRST_MEETING).orElseThrow();
        meet(id, SECOND_MEETING).orElseThrow();
        return share(id, SHARED).orElseThrow();
    }

    private Mentorship completed() {
        return complete(readyToComplete().id(), joan, COMPLETED).orElseThrow();
    }

    private Mentorship mentorship(MentorshipId id) {
        return xarxa.mentorships().mentorship(id).orElseThrow();
    }

    private static List<MentorshipStatus> statuses(Mentorship mentorship) {
        return mentorship.history().stream().map(MentorshipStep::status).toList();
    }

    private Decision<Mentorship> extend(MentorshipId id, LocalDate until, LocalDate mentorAgreed, LocalDate menteeAgreed) {
        return xarxa.mentorships().extend(new ExtendMentorship(id, until, mentorAgreed, menteeAgreed));
    }

    // ---------------------------------------------------------------- what nothing written means

    private record Written(long journal, List<Mentorship> mentorships, List<MentorProfile> profiles,
                           List<FeeAssessment> assessments, List<Payment> payments, List<LedgerEntry> ledger) {
    }

    private static Written written(Storage in) {
        return in.transaction(tx -> {
            try (Stream<Mentorship> mentorships = tx.mentorships().mentorships();
                 Stream<MentorProfile> profiles = tx.mentorships().profiles();
                 Stream<FeeAssessment> assessments = tx.fees().assessments();
                 Stream<Payment> payments = tx.fees().payments();
                 Stream<LedgerEntry> ledger = tx.advisories().entries()) {
                return new Written(tx.journal().size(), mentorships.toList(), profiles.toList(), assessments.toList(),
                        payments.toList(), ledger.toList());
            }
        });
    }

    /** Refused for the code, explained in ca, es and en, and the store is as it was, journal included. */
    private static void assertRefusedAndNothingWritten(Storage in, String code, Supplier<Decision<?>> command) {
        Written before = written(in);
        Decision<?> decision = command.get();
        assertRefusedFor(code, decision);
        assertEquals(before, written(in), () -> "a refusal wrote something: " + decision.reasons());
    }

    private void assertRefusedAndNothingWritten(String code, Supplier<Decision<?>> command) {
        assertRefusedAndNothingWritten(storage, code, command);
    }

    // ---------------------------------------------------------------- (1) voluntary and free

    @Test
    void aMentorshipIsVoluntaryAndFreeNoFeeNorHourIsCharged() {
        HourBank bank = xarxa.advisories().openBank(new OpenHourBank("2026", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), Hours.of(40), "AG 2026-03, acord 6", LocalDate.of(2026, 1, 20))).orElseThrow();
        Written before = written(storage);

        Mentorship done = completed();

        Written after = written(storage);
        assertEquals(List.of(), after.assessments());
        assertEquals(List.of(), after.payments());
        assertEquals(before.ledger(), after.ledger());
        assertEquals(bank, xarxa.advisories().bank("2026").orElseThrow());
        for (MemberId council : List.of(sabadell, manlleu)) {
            assertEquals(List.of(), xarxa.fees().assessmentsOf(council));
            assertEquals(List.of(), xarxa.fees().paymentsOf(council));
        }
        List<JournalEntry> history = xarxa.history(Mentorship.AGGREGATE_TYPE, done.id().toString());
        assertEquals(List.of("MentorshipProposed", "MentorshipAccepted", "MentorshipMeetingHeld", "MentorshipMeetingHeld",
                "DocumentationShared", "MentorshipCompleted"), history.stream().map(JournalEntry::eventType).toList());
        long offered = xarxa.history(MentorProfile.AGGREGATE_TYPE, marta.toString()).size();
        assertEquals(before.journal() + history.size() + offered, after.journal(),
                "only the mentorship and the mentor's offer reach the journal");
        assertTrue(history.stream().allMatch(e -> e.data().keySet().equals(Set.of("mentor", "mentee", "topic", "status",
                "endsOn", "meetings"))), "the journal holds no amount nor hours: " + history);
    }

    // ---------------------------------------------------------------- (2) personal

    @Test
    void aMentorshipIsPersonalNobodyCanBeReplacedAtAnyStage() {
        offerMarta(2);
        Mentorship proposal = propose(joan, manlleu, marta, PROCUREMENT, PROPOSED);
        List<Mentorship> stages = new java.util.ArrayList<>();
        stages.add(proposal);
        assertRefusedAndNothingWritten("mentorship.people-fixed",
                () -> xarxa.mentorships().replace(new ReplaceParticipant(proposal.id(), joan, laia)));
        stages.add(accept(proposal.id(), ACCEPTED).orElseThrow());
        assertRefusedAndNothingWritten("mentorship.people-fixed",
                () -> xarxa.mentorships().replace(new ReplaceParticipant(proposal.id(), marta, pere)));
        stages.add(meet(proposal.id(), FIRST_MEETING).orElseThrow());
        stages.add(xarxa.mentorships().agree(new AgreeActivities(proposal.id(), "Revisar els plecs i visitar Sabadell",
                FIRST_MEETING)).orElseThrow());
        stages.add(meet(proposal.id(), SECOND_MEETING).orElseThrow());
        stages.add(extend(proposal.id(), ENDS.plusMonths(3), SECOND_MEETING, SECOND_MEETING).orElseThrow());
        stages.add(share(proposal.id(), SHARED).orElseThrow());
        stages.add(complete(proposal.id(), marta, COMPLETED).orElseThrow());
        assertRefusedAndNothingWritten("mentorship.people-fixed",
                () -> xarxa.mentorships().replace(new ReplaceParticipant(proposal.id(), joan, outsider)));

        for (Mentorship stage : stages) {
            assertEquals(List.of(marta, sabadell, joan, manlleu),
                    List.of(stage.mentor(), stage.mentorCouncil(), stage.mentee(), stage.menteeCouncil()), stage::toString);
        }
        assertEquals("Revisar els plecs i visitar Sabadell", mentorship(proposal.id()).activities());
        assertEquals(List.of(proposal.id()), xarxa.mentorships().of(joan).stream().map(Mentorship::id).toList());
        assertEquals(List.of(proposal.id()), xarxa.mentorships().of(marta).stream().map(Mentorship::id).toList());
        assertEquals(List.of(), xarxa.mentorships().of(laia));
    }

    @Test
    void theNewTechnicalContactOfTheCouncilIsNotAPartyOfTheMentorship() {
        Mentorship active = active();
        PersonId successor = xarxa.people().register(new RegisterPerson("Nova tècnica")).orElseThrow();
        xarxa.members().handOver(new cat.xarxa.member.HandOver(manlleu, Role.TECHNICAL_CONTACT, successor,
                LocalDate.of(2026, 3, 1))).orElseThrow();

        assertRefusedAndNothingWritten("mentorship.not-a-party", () -> xarxa.mentorships().cancel(new CancelMentorship(
                active.id(), successor, "Ara porto jo l'ESS", LocalDate.of(2026, 3, 2))));
        assertRefusedAndNothingWritten("mentorship.people-fixed",
                () -> xarxa.mentorships().replace(new ReplaceParticipant(active.id(), joan, successor)));
        assertEquals(joan, mentorship(active.id()).mentee());
    }

    // ---------------------------------------------------------------- (3) councils with the services right, people of them

    @Test
    void anApplicantCouncilCannotTakePartYet() {
        offerMarta(2);
        MemberId applicant = xarxa.members().apply(new ApplyForMembership(IneCode.parse("080193"), LocalDate.of(2026, 1, 8)))
                .orElseThrow();
        PersonId anna = xarxa.people().register(new RegisterPerson("Anna Roca")).orElseThrow();
        xarxa.members().appoint(new AppointPerson(applicant, anna, Role.TECHNICAL_CONTACT, LocalDate.of(2026, 1, 8)))
                .orElseThrow();

        assertRefusedAndNothingWritten("rights.pending-no-services", () -> ask(anna, applicant, marta, PROCUREMENT, PROPOSED));
    }

    @Test
    void aWithdrawnCouncilCannotTakePartNeitherTheMenteesNorTheMentors() {
        offerMarta(2);
        offer(xarxa, pere, girona, 1, true, HOUSING);
        Mentorship earlier = propose(joan, manlleu, marta, PROCUREMENT, PROPOSED);
        xarxa.members().withdraw(new WithdrawMember(sabadell, LocalDate.of(2026, 3, 1), "Acord de ple")).orElseThrow();
        xarxa.members().withdraw(new WithdrawMember(vic, LocalDate.of(2026, 3, 1), "Acord de ple")).orElseThrow();

        assertRefusedAndNothingWritten("rights.not-a-member", () -> accept(earlier.id(), LocalDate.of(2026, 3, 2)));
        assertRefusedAndNothingWritten("rights.not-a-member",
                () -> ask(laia, vic, pere, HOUSING, LocalDate.of(2026, 3, 2)));
        assertRefusedAndNothingWritten("rights.not-a-member",
                () -> ask(pere, girona, marta, HOUSING, LocalDate.of(2026, 3, 2)));
        assertEquals(MentorshipStatus.PROPOSED, mentorship(earlier.id()).status());
        accept(earlier.id(), LocalDate.of(2026, 2, 27)).orElseThrow();
    }

    @Test
    void aCouncilInArrearsHasItsServicesSuspendedOnEitherSide() {
        Set<MemberId> inArrears = new HashSet<>();
        Storage owed = new MemoryStorageProvider().open(new StorageConfig(Map.of(), Map.of()));
        try (Xarxa strict = Xarxa.builder().storage(owed).clock(CLOCK)
                .standingPolicy((member, date) -> inArrears.contains(member) ? Standing.IN_ARREARS : Standing.GOOD).build()) {
            MemberId terrassa = council(strict, "082798");
            MemberId olot = council(strict, "171143");
            PersonId mentor = person(strict, "Mentora", terrassa, Role.TECHNICAL_CONTACT);
            PersonId mentee = person(strict, "Mentorada", olot, Role.TECHNICAL_CONTACT);
            offer(strict, mentor, terrassa, 1, true, PROCUREMENT);
            inArrears.add(olot);

            assertRefusedAndNothingWritten(owed, "rights.arrears-suspend-services", () -> strict.mentorships().propose(
                    new ProposeMentorship(mentee, olot, mentor, PROCUREMENT, null, PROPOSED)));

            inArrears.remove(olot);
            Mentorship proposal = strict.mentorships().propose(new ProposeMentorship(mentee, olot, mentor, PROCUREMENT, null,
                    PROPOSED)).orElseThrow();
            inArrears.add(terrassa);
            assertRefusedAndNothingWritten(owed, "rights.arrears-suspend-services",
                    () -> strict.mentorships().accept(new AcceptMentorship(proposal.id(), ACCEPTED)));
            inArrears.clear();
            assertEquals(MentorshipStatus.ACTIVE, strict.mentorships().accept(new AcceptMentorship(proposal.id(), ACCEPTED))
                    .orElseThrow().status());
        }
    }

    @Test
    void mentorAndMenteeBelongToDifferentCouncilsUnlessTheProgrammeAllowsIt() {
        offerMarta(2);
        PersonId nuria = person(xarxa, "Núria Mas", sabadell, Role.OTHER);

        assertRefusedAndNothingWritten("mentorship.same-council", () -> ask(nuria, sabadell, marta, PROCUREMENT, PROPOSED));

        Storage own = new MemoryStorageProvider().open(new StorageConfig(Map.of(), Map.of()));
        try (Xarxa sameCouncil = Xarxa.builder().storage(own).clock(CLOCK)
                .mentorshipTerms(new MentorshipTerms(Period.ofYears(1), 30, true)).build()) {
            MemberId terrassa = council(sameCouncil, "082798");
            PersonId mentor = person(sameCouncil, "Mentora", terrassa, Role.TECHNICAL_CONTACT);
            PersonId colleague = person(sameCouncil, "Company", terrassa, Role.OTHER);
            offer(sameCouncil, mentor, terrassa, 1, true, PROCUREMENT);

            Mentorship inHouse = sameCouncil.mentorships().propose(new ProposeMentorship(colleague, terrassa, mentor,
                    PROCUREMENT, null, PROPOSED)).orElseThrow();
            assertEquals(inHouse.mentorCouncil(), inHouse.menteeCouncil());
        }
    }

    @Test
    void eachPersonMustHoldAMandateAtTheirCouncilOnTheDay() {
        offerMarta(2);
        assertRefusedAndNothingWritten("mentorship.not-of-council", () -> ask(outsider, vic, marta, PROCUREMENT, PROPOSED));
        assertRefusedAndNothingWritten("mentorship.not-of-council", () -> ask(joan, vic, marta, PROCUREMENT, PROPOSED));

        offer(xarxa, pere, vic, 1, true, HOUSING);
        assertRefusedAndNothingWritten("mentorship.not-of-council", () -> ask(joan, manlleu, pere, HOUSING, PROPOSED));

        Mentorship proposal = propose(laia, vic, marta, PROCUREMENT, PROPOSED);
        xarxa.members().endMandate(new EndMandate(vic, laia, Role.TECHNICAL_CONTACT, LocalDate.of(2026, 2, 5)))
                .orElseThrow();
        assertRefusedAndNothingWritten("mentorship.not-of-council", () -> accept(proposal.id(), ACCEPTED));
        assertRefusedAndNothingWritten("mentorship.not-of-council",
                () -> ask(laia, vic, marta, HOUSING, LocalDate.of(2026, 2, 6)));
    }

    // ---------------------------------------------------------------- (4) two meetings at least

    @Test
    void aMentorshipNeedsTwoMeetingsBeforeItIsCompleted() {
        Mentorship active = active();
        share(active.id(), SHARED).orElseThrow();
        assertRefusedAndNothingWritten("mentorship.too-few-meetings", () -> complete(active.id(), joan, COMPLETED));

        meet(active.id(), FIRST_MEETING).orElseThrow();
        assertRefusedAndNothingWritten("mentorship.too-few-meetings", () -> complete(active.id(), joan, COMPLETED));

        Mentorship twice = xarxa.mentorships().meet(new RecordMentorshipMeeting(active.id(), SECOND_MEETING, null, null))
                .orElseThrow();
        assertEquals(List.of(new MentorshipMeeting(FIRST_MEETING, MeetingFormat.IN_PERSON, "Trobada a l'ajuntament"),
                new MentorshipMeeting(SECOND_MEETING, MeetingFormat.VIRTUAL, "")), twice.meetings());
        Mentorship done = complete(active.id(), joan, COMPLETED).orElseThrow();
        assertEquals(MentorshipStatus.COMPLETED, done.status());
        assertRefusedAndNothingWritten("mentorship.not-active", () -> meet(active.id(), COMPLETED.plusDays(1)));
    }

    @Test
    void onlyMeetingsHeldByTheCompletionDateCount() {
        Mentorship active = active();
        meet(active.id(), FIRST_MEETING).orElseThrow();
        meet(active.id(), LocalDate.of(2026, 6, 10)).orElseThrow();
        share(active.id(), SHARED).orElseThrow();

        assertRefusedAndNothingWritten("mentorship.too-few-meetings", () -> complete(active.id(), joan, COMPLETED));
        assertRefusedAndNothingWritten("mentorship.no-documentation",
                () -> complete(active.id(), joan, LocalDate.of(2026, 4, 1)));
        assertEquals(MentorshipStatus.COMPLETED, complete(active.id(), joan, LocalDate.of(2026, 6, 10)).orElseThrow()
                .status());
    }

    @Test
    void meetingsAreHeldOnlyWhileTheMentorshipIsUnderWay() {
        Mentorship proposal = proposed();
        assertRefusedAndNothingWritten("mentorship.not-active", () -> meet(proposal.id(), PROPOSED.plusDays(1)));
        accept(proposal.id(), ACCEPTED).orElseThrow();
        assertRefusedAndNothingWritten("mentorship.date-before-last", () -> meet(proposal.id(), ACCEPTED.minusDays(1)));
    }

    // ---------------------------------------------------------------- (5) one year at most

    @Test
    void aMentorshipLastsAYearAndExpiresOnceItsEndHasPassed() {
        Mentorship active = active();
        assertEquals(ENDS, active.endsOn());
        assertEquals(java.util.Optional.of(ACCEPTED), active.startedOn());

        assertEquals(List.of(), xarxa.mentorships().expireDue(ENDS));
        meet(active.id(), ENDS).orElseThrow();
        assertRefusedAndNothingWritten("mentorship.past-end", () -> meet(active.id(), ENDS.plusDays(1)));
        assertRefusedAndNothingWritten("mentorship.past-end", () -> share(active.id(), ENDS.plusDays(1)));

        List<Mentorship> expired = xarxa.mentorships().expireDue(ENDS.plusDays(1));

        assertEquals(List.of(active.id()), expired.stream().map(Mentorship::id).toList());
        Mentorship after = mentorship(active.id());
        assertEquals(MentorshipStatus.EXPIRED, after.status());
        assertEquals(List.of(MentorshipStatus.PROPOSED, MentorshipStatus.ACTIVE, MentorshipStatus.EXPIRED), statuses(after));
        assertNull(after.history().get(2).by());
        assertEquals(ENDS.plusDays(1), after.history().get(2).on());
        assertEquals(List.of(), xarxa.mentorships().expireDue(ENDS.plusDays(2)));
        assertRefusedAndNothingWritten("mentorship.not-active", () -> meet(active.id(), ENDS.plusDays(2)));
        assertRefusedAndNothingWritten("mentorship.not-active",
                () -> extend(active.id(), ENDS.plusMonths(6), ENDS.plusDays(2), ENDS.plusDays(2)));
        assertEquals(List.of("MentorshipProposed", "MentorshipAccepted", "MentorshipMeetingHeld", "MentorshipExpired"),
                xarxa.history(Mentorship.AGGREGATE_TYPE, active.id().toString()).stream().map(JournalEntry::eventType)
                        .toList());
    }

    @Test
    void anExtensionAgreedByBothBeforeTheEndMovesTheEnd() {
        Mentorship active = active();
        LocalDate later = ENDS.plusMonths(6);
        assertRefusedAndNothingWritten("mentorship.extension-not-later",
                () -> extend(active.id(), ENDS, LocalDate.of(2027, 1, 20), LocalDate.of(2027, 1, 21)));
        assertRefusedAndNothingWritten("mentorship.extension-not-later",
                () -> extend(active.id(), ENDS.minusDays(1), LocalDate.of(2027, 1, 20), LocalDate.of(2027, 1, 21)));
        assertRefusedAndNothingWritten("mentorship.extension-too-late",
                () -> extend(active.id(), later, LocalDate.of(2027, 1, 20), ENDS.plusDays(1)));
        assertRefusedAndNothingWritten("mentorship.extension-too-late",
                () -> extend(active.id(), later, ENDS.plusDays(1), LocalDate.of(2027, 1, 20)));

        Mentorship extended = extend(active.id(), later, LocalDate.of(2027, 1, 20), ENDS).orElseThrow();

        assertEquals(later, extended.endsOn());
        assertEquals(List.of(new Extension(later, LocalDate.of(2027, 1, 20), ENDS)), extended.extensions());
        assertEquals(MentorshipStatus.ACTIVE, extended.status());
        assertEquals(List.of(), xarxa.mentorships().expireDue(ENDS.plusDays(1)));
        meet(active.id(), ENDS.plusDays(20)).orElseThrow();
        assertRefusedAndNothingWritten("mentorship.past-end", () -> meet(active.id(), later.plusDays(1)));
        assertEquals(List.of(active.id()), xarxa.mentorships().expireDue(later.plusDays(1)).stream().map(Mentorship::id)
                .toList());
    }

    @Test
    void aProposalUnansweredForMoreThanThirtyDaysLapses() {
        Mentorship proposal = proposed();

        assertEquals(List.of(), xarxa.mentorships().expireDue(PROPOSED.plusDays(30)));
        List<Mentorship> lapsed = xarxa.mentorships().expireDue(PROPOSED.plusDays(31));

        assertEquals(List.of(proposal.id()), lapsed.stream().map(Mentorship::id).toList());
        Mentorship after = mentorship(proposal.id());
        assertEquals(List.of(MentorshipStatus.PROPOSED, MentorshipStatus.LAPSED), statuses(after));
        assertNull(after.endsOn());
        assertRefusedAndNothingWritten("mentorship.illegal-transition", () -> accept(proposal.id(), PROPOSED.plusDays(32)));
        assertEquals(MentorshipStatus.PROPOSED, propose(joan, manlleu, marta, PROCUREMENT, PROPOSED.plusDays(32)).status());
    }

    // ---------------------------------------------------------------- (6) documented and shared

    @Test
    void completionNeedsTheDocumentationSharedAndThenTheNetworkCanReadIt() {
        Mentorship active = active();
        meet(active.id(), FIRST_MEETING).orElseThrow();
        meet(active.id(), SECOND_MEETING).orElseThrow();
        assertRefusedAndNothingWritten("mentorship.no-documentation", () -> complete(active.id(), joan, COMPLETED));
        assertRefusedAndNothingWritten("mentorship.no-documentation", () -> xarxa.mentorships().share(
                new ShareDocumentation(active.id(), "  ", null, SHARED)));
        assertEquals(List.of(), xarxa.mentorships().sharedOn(PROCUREMENT));

        Mentorship documented = xarxa.mentorships().share(new ShareDocumentation(active.id(), null,
                "https://xarxa.example/mentories/1", SHARED)).orElseThrow();
        assertEquals("https://xarxa.example/mentories/1", documented.documentation().link());
        assertEquals(List.of(), xarxa.mentorships().sharedOn(PROCUREMENT), "only completed mentorships are shared");
        complete(active.id(), marta, COMPLETED).orElseThrow();

        List<Mentorship> shared = xarxa.mentorships().sharedOn(PROCUREMENT);
        assertEquals(List.of(active.id()), shared.stream().map(Mentorship::id).toList());
        assertEquals(SHARED, shared.get(0).documentation().sharedOn());
        assertEquals(List.of(), xarxa.mentorships().sharedOn(HOUSING));
    }

    @Test
    void onlyThePeopleTakingPartCompleteIt() {
        Mentorship ready = readyToComplete();
        assertRefusedAndNothingWritten("mentorship.not-a-party", () -> complete(ready.id(), pere, COMPLETED));
        assertRefusedAndNothingWritten("mentorship.past-end", () -> complete(ready.id(), joan, ENDS.plusDays(1)));
        Mentorship done = complete(ready.id(), marta, COMPLETED).orElseThrow();
        assertEquals(marta, done.history().get(2).by());
        assertRefusedAndNothingWritten("mentorship.not-active", () -> complete(ready.id(), joan, COMPLETED));
    }

    // ---------------------------------------------------------------- (7) cancelled by either person, with a reason

    @Test
    void eitherPersonCancelsWithAReasonAndTheHistoryIsKept() {
        Mentorship active = active();
        meet(active.id(), FIRST_MEETING).orElseThrow();
        assertRefusedAndNothingWritten("mentorship.not-a-party", () -> xarxa.mentorships().cancel(new CancelMentorship(
                active.id(), pere, "No hi tinc res a veure", LocalDate.of(2026, 3, 10))));
        assertThrows(InvalidCommandException.class, () -> new CancelMentorship(active.id(), marta, "  ",
                LocalDate.of(2026, 3, 10)));

        Mentorship cancelled = xarxa.mentorships().cancel(new CancelMentorship(active.id(), marta,
                " Canvi de feina ", LocalDate.of(2026, 3, 10))).orElseThrow();

        assertEquals(List.of(MentorshipStatus.PROPOSED, MentorshipStatus.ACTIVE, MentorshipStatus.CANCELLED),
                statuses(cancelled));
        MentorshipStep last = cancelled.history().get(2);
        assertEquals(new MentorshipStep(MentorshipStatus.CANCELLED, LocalDate.of(2026, 3, 10), marta, "Canvi de feina"), last);
        assertEquals(1, mentorship(active.id()).meetings().size());
        assertEquals(cancelled.history(), mentorship(active.id()).history());
        assertRefusedAndNothingWritten("mentorship.illegal-transition", () -> xarxa.mentorships().cancel(new CancelMentorship(
                active.id(), joan, "Per si de cas", LocalDate.of(2026, 3, 11))));
        assertRefusedAndNothingWritten("mentorship.not-active", () -> meet(active.id(), LocalDate.of(2026, 3, 11)));
    }

    @Test
    void theMenteeWithdrawsAProposalWithAReason() {
        Mentorship proposal = proposed();
        Mentorship withdrawn = xarxa.mentorships().cancel(new CancelMentorship(proposal.id(), joan,
                "Ho hem resolt d'una altra manera", PROPOSED.plusDays(3))).orElseThrow();
        assertEquals(List.of(MentorshipStatus.PROPOSED, MentorshipStatus.CANCELLED), statuses(withdrawn));
        assertEquals(joan, withdrawn.history().get(1).by());
        assertRefusedAndNothingWritten("mentorship.illegal-transition", () -> accept(proposal.id(), PROPOSED.plusDays(4)));
        MentorshipId again = propose(joan, manlleu, marta, PROCUREMENT, PROPOSED.plusDays(5)).id();
        assertRefusedAndNothingWritten("mentorship.date-before-last", () -> xarxa.mentorships().cancel(new CancelMentorship(
                again, joan, "Massa aviat", PROPOSED.plusDays(4))));
    }

    // ---------------------------------------------------------------- (8) mentors answer freely, by their availability

    @Test
    void aMentorAtCapacityCannotAcceptUntilAPlaceFreesUp() {
        offerMarta(1);
        Mentorship first = propose(joan, manlleu, marta, PROCUREMENT, PROPOSED);
        Mentorship second = propose(laia, vic, marta, HOUSING, PROPOSED);
        accept(first.id(), ACCEPTED).orElseThrow();

        assertRefusedAndNothingWritten("mentorship.mentor-full", () -> accept(second.id(), ACCEPTED));

        xarxa.mentorships().cancel(new CancelMentorship(first.id(), joan, "Canvi de prioritats", LocalDate.of(2026, 2, 20)))
                .orElseThrow();
        assertEquals(MentorshipStatus.ACTIVE, accept(second.id(), LocalDate.of(2026, 2, 21)).orElseThrow().status());
    }

    @Test
    void aPersonHasOneOpenMentorshipWithTheSameMentorAtATime() {
        Mentorship first = proposed();
        assertRefusedAndNothingWritten("mentorship.already-with-mentor",
                () -> ask(joan, manlleu, marta, HOUSING, PROPOSED.plusDays(1)));
        accept(first.id(), ACCEPTED).orElseThrow();
        assertRefusedAndNothingWritten("mentorship.already-with-mentor",
                () -> ask(joan, manlleu, marta, HOUSING, ACCEPTED.plusDays(1)));

        offer(xarxa, pere, girona, 1, true, HOUSING);
        assertEquals(MentorshipStatus.PROPOSED, propose(joan, manlleu, pere, HOUSING, ACCEPTED.plusDays(1)).status());
        assertEquals(MentorshipStatus.PROPOSED, propose(laia, vic, marta, HOUSING, ACCEPTED.plusDays(1)).status());
    }

    @Test
    void declineIsFreeAndTheMenteeMayProposeToSomeoneElse() {
        offer(xarxa, pere, girona, 1, true, PROCUREMENT);
        Mentorship first = proposed();

        Mentorship declined = xarxa.mentorships().decline(new DeclineMentorship(first.id(), null, PROPOSED.plusDays(2)))
                .orElseThrow();

        assertEquals(List.of(MentorshipStatus.PROPOSED, MentorshipStatus.DECLINED), statuses(declined));
        assertEquals(new MentorshipStep(MentorshipStatus.DECLINED, PROPOSED.plusDays(2), marta, ""),
                declined.history().get(1));
        assertRefusedAndNothingWritten("mentorship.illegal-transition", () -> accept(first.id(), PROPOSED.plusDays(3)));
        Mentorship elsewhere = propose(joan, manlleu, pere, PROCUREMENT, PROPOSED.plusDays(3));
        assertEquals(List.of(pere, girona), List.of(elsewhere.mentor(), elsewhere.mentorCouncil()));
        Mentorship withReason = xarxa.mentorships().decline(new DeclineMentorship(
                propose(laia, vic, marta, PROCUREMENT, PROPOSED.plusDays(3)).id(), "Ara no tinc temps", PROPOSED.plusDays(4)))
                .orElseThrow();
        assertEquals("Ara no tinc temps", withReason.history().get(1).note());
        assertEquals(MentorshipStatus.PROPOSED, propose(joan, manlleu, marta, PROCUREMENT, PROPOSED.plusDays(5)).status());
    }

    @Test
    void aMentorWhoTakesNoProposalsNowIsUnavailable() {
        assertRefusedAndNothingWritten("mentorship.mentor-unavailable", () -> ask(joan, manlleu, marta, PROCUREMENT, PROPOSED));
        offer(xarxa, marta, sabadell, 2, false, PROCUREMENT);
        offer(xarxa, pere, girona, 1, true, PROCUREMENT, HOUSING);
        assertEquals(List.of(pere), xarxa.mentorships().mentorsFor(PROCUREMENT).stream().map(MentorProfile::person).toList());
        assertRefusedAndNothingWritten("mentorship.mentor-unavailable", () -> ask(joan, manlleu, marta, PROCUREMENT, PROPOSED));

        MentorProfile reopened = offer(xarxa, marta, sabadell, 2, true, PROCUREMENT);
        assertEquals(2, reopened.version());
        assertEquals(2, xarxa.history(MentorProfile.AGGREGATE_TYPE, marta.toString()).size());
        assertEquals(Set.of(marta, pere), Set.copyOf(xarxa.mentorships().mentorsFor(PROCUREMENT).stream()
                .map(MentorProfile::person).toList()));
        assertEquals(MentorshipStatus.PROPOSED, propose(joan, manlleu, marta, PROCUREMENT, PROPOSED).status());
    }

    @Test
    void aMentorIsAskedOnlyAboutTheTopicsTheyOfferAndNobodyMentorsThemselves() {
        offer(xarxa, marta, sabadell, 2, true, PROCUREMENT);
        assertRefusedAndNothingWritten("mentorship.topic-not-offered", () -> ask(joan, manlleu, marta, HOUSING, PROPOSED));
        assertRefusedAndNothingWritten("mentorship.self", () -> ask(marta, sabadell, marta, PROCUREMENT, PROPOSED));
        assertEquals(PROCUREMENT, propose(joan, manlleu, marta, " " + PROCUREMENT + " ", PROPOSED).topic());
    }

    @Test
    void answersToAnUnknownMentorshipAreRefused() {
        MentorshipId unknown = new MentorshipId(new java.util.UUID(7, 7));
        assertRefusedAndNothingWritten("mentorship.not-found", () -> accept(unknown, ACCEPTED));
        assertRefusedAndNothingWritten("mentorship.not-found", () -> meet(unknown, ACCEPTED));
        assertRefusedAndNothingWritten("mentorship.not-found",
                () -> xarxa.mentorships().replace(new ReplaceParticipant(unknown, joan, laia)));
        assertRefusedAndNothingWritten("person.not-found", () -> xarxa.mentorships().offer(new OfferMentoring(
                new PersonId(new java.util.UUID(8, 8)), sabadell, Set.of(PROCUREMENT), 1, true)));
    }

    // ---------------------------------------------------------------- the report

    @Test
    void theReportCountsEachPeriodAndTheLoadOfEachMentor() {
        offerMarta(2);
        offer(xarxa, pere, girona, 2, true, HOUSING);
        PersonId nuria = person(xarxa, "Núria Mas", sabadell, Role.OTHER);
        // Expires in 2026: accepted in June 2025.
        Mentorship old = propose(nuria, sabadell, pere, HOUSING, LocalDate.of(2025, 5, 20));
        accept(old.id(), LocalDate.of(2025, 6, 1)).orElseThrow();
        // Completed in May 2026.
        Mentorship done = completed();
        // Active since March 2026.
        Mentorship running = propose(laia, vic, marta, HOUSING, LocalDate.of(2026, 2, 20));
        accept(running.id(), LocalDate.of(2026, 3, 1)).orElseThrow();
        // Withdrawn, declined and lapsed proposals.
        Mentorship withdrawn = propose(joan, manlleu, pere, HOUSING, LocalDate.of(2026, 3, 10));
        xarxa.mentorships().cancel(new CancelMentorship(withdrawn.id(), joan, "Ja no cal", LocalDate.of(2026, 4, 1)))
                .orElseThrow();
        Mentorship declined = propose(laia, vic, pere, HOUSING, LocalDate.of(2026, 3, 10));
        xarxa.mentorships().decline(new DeclineMentorship(declined.id(), null, LocalDate.of(2026, 3, 12))).orElseThrow();
        propose(marta, sabadell, pere, HOUSING, LocalDate.of(2026, 4, 2));
        assertEquals(List.of(MentorshipStatus.LAPSED, MentorshipStatus.EXPIRED), xarxa.mentorships()
                .expireDue(LocalDate.of(2026, 6, 2)).stream().map(Mentorship::status).sorted().toList());

        MentorshipReport year = xarxa.mentorships().report(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        assertEquals(new MentorshipReport(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 3, 1, 1, 1,
                Map.of(marta, 1L), Map.of(PROCUREMENT, 1L)), year);

        MentorshipReport spring = xarxa.mentorships().report(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));
        assertEquals(new MentorshipReport(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), 3, 0, 0, 0,
                Map.of(marta, 2L, pere, 1L), Map.of()), spring, "on 31 March Marta accompanied two people and Pere one");

        MentorshipReport before = xarxa.mentorships().report(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        assertEquals(new MentorshipReport(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), 1, 0, 0, 0,
                Map.of(pere, 1L), Map.of()), before);
        assertEquals(MentorshipStatus.COMPLETED, mentorship(done.id()).status());
    }
}
