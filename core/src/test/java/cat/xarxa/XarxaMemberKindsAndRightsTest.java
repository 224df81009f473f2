package cat.xarxa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.common.Decision;
import cat.xarxa.common.IneCode;
import cat.xarxa.common.InvalidCommandException;
import cat.xarxa.common.Localisation;
import cat.xarxa.member.AdmitMember;
import cat.xarxa.member.ApplyAsCountyCouncil;
import cat.xarxa.member.ApplyAsPublicBody;
import cat.xarxa.member.ApplyForMembership;
import cat.xarxa.member.Member;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.MemberKind;
import cat.xarxa.member.MemberStatus;
import cat.xarxa.member.MembershipPeriod;
import cat.xarxa.member.Population;
import cat.xarxa.member.RecordPopulation;
import cat.xarxa.member.ReferToAssembly;
import cat.xarxa.member.Rights;
import cat.xarxa.member.Standing;
import cat.xarxa.member.WithdrawMember;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** County councils, public bodies, the whole admission lifecycle and the rights it gives, through the facade. */
class XarxaMemberKindsAndRightsTest {

    private static final LocalDate APPLIED_ON = LocalDate.of(2026, 3, 2);
    private static final LocalDate REFERRED_ON = LocalDate.of(2026, 3, 10);
    private static final LocalDate ADMITTED_ON = LocalDate.of(2026, 4, 20);

    private final Set<MemberId> inArrears = new java.util.concurrent.CopyOnWriteArraySet<>();
    private final Xarxa xarxa = Xarxa.builder()
            .setting(Xarxa.STORAGE, "memory")
            .clock(Clock.fixed(Instant.parse("2029-06-01T10:00:00Z"), Xarxa.NETWORK_ZONE))
            .standingPolicy((member, date) -> inArrears.contains(member) ? Standing.IN_ARREARS : Standing.GOOD)
            .build();

    @AfterEach
    void close() {
        xarxa.close();
    }

    private MemberId anApplicant() {
        return xarxa.members().apply(new ApplyForMembership(IneCode.parse("081120"), APPLIED_ON)).orElseThrow();
    }

    private MemberId anAdmittedMember() {
        MemberId id = anApplicant();
        xarxa.members().referToAssembly(new ReferToAssembly(id, REFERRED_ON, "AG 2026-04")).orElseThrow();
        xarxa.members().admit(new AdmitMember(id, ADMITTED_ON, "AG 2026-04")).orElseThrow();
        return id;
    }

    private Rights rightsOf(MemberId id, LocalDate date) {
        return xarxa.members().rightsOn(id, date).orElseThrow();
    }

    @Test
    void aCountyCouncilJoinsWithItsCountyCode() {
        MemberId id = xarxa.members().apply(new ApplyAsCountyCouncil("40", "Consell Comarcal del Vallès Occidental", APPLIED_ON))
                .orElseThrow();

        Member council = xarxa.members().findByOfficialCode(MemberKind.COUNTY_COUNCIL, "40").orElseThrow();
        assertEquals(id, council.id());
        assertEquals("Consell Comarcal del Vallès Occidental", council.name());
        assertEquals(MemberStatus.APPLIED, council.status());
    }

    @Test
    void aCountyCodeIsTwoDigits() {
        InvalidCommandException error = assertThrows(InvalidCommandException.class,
                () -> new ApplyAsCountyCouncil("4", "Consell Comarcal", APPLIED_ON));

        assertEquals("countyCode '4': no és un codi de comarca: dues xifres (p. ex. 40)",
                error.violations().get(0).describe(Localisation.CATALAN));
    }

    @Test
    void aPublicBodyJoinsWithItsNifWrittenAnyWay() {
        MemberId id = xarxa.members().apply(new ApplyAsPublicBody("Consorci de Normalització Lingüística", "p-0801900-b",
                APPLIED_ON)).orElseThrow();

        assertEquals("P0801900B", xarxa.members().find(id).orElseThrow().officialCode());
        assertEquals(id, xarxa.members().findByOfficialCode(MemberKind.OTHER_PUBLIC_BODY, "P 0801900 B").orElseThrow().id());
    }

    @Test
    void aNifWithAWrongControlIsRefusedInEachLanguage() {
        InvalidCommandException error = assertThrows(InvalidCommandException.class,
                () -> new ApplyAsPublicBody("Consorci", "P0801900C", APPLIED_ON));

        assertEquals("taxId", error.violations().get(0).field());
        assertTrue(error.message(Localisation.CATALAN).contains("no és el NIF d'una entitat"), error.message(Localisation.CATALAN));
        assertTrue(error.message(Localisation.SPANISH).contains("no es el NIF de una entidad"), error.message(Localisation.SPANISH));
        assertEquals(0, xarxa.members().count());
    }

    @Test
    void theSameCountyCannotApplyTwice() {
        xarxa.members().apply(new ApplyAsCountyCouncil("40", "Consell Comarcal del Vallès Occidental", APPLIED_ON)).orElseThrow();

        Decision<MemberId> again = xarxa.members().apply(new ApplyAsCountyCouncil("40", "Un altre nom", APPLIED_ON));

        assertEquals("member.already-registered", again.reasons().get(0).code());
        assertEquals(1, xarxa.members().count());
    }

    @Test
    void anApplicantHasVoiceButNoVote() {
        MemberId id = anApplicant();

        assertEquals(new Rights(true, false, false, true), rightsOf(id, APPLIED_ON));
    }

    @Test
    void pendingMemberHasVoiceButNoVote() {
        MemberId id = anApplicant();
        xarxa.members().referToAssembly(new ReferToAssembly(id, REFERRED_ON, "AG 2026-04")).orElseThrow();

        Rights rights = rightsOf(id, REFERRED_ON);

        assertTrue(rights.voice());
        assertTrue(rights.activities());
        assertEquals(false, rights.vote());
        assertEquals(false, rights.services());
    }

    @Test
    void anAdmittedMemberInGoodStandingHasEveryRightFromTheDayOfTheAssembly() {
        MemberId id = anAdmittedMember();

        assertEquals(Rights.VOICE_WITHOUT_VOTE, rightsOf(id, ADMITTED_ON.minusDays(1)));
        assertEquals(Rights.FULL, rightsOf(id, ADMITTED_ON));
    }

    @Test
    void aMemberInArrearsKeepsItsVoiceAndVoteButNotTheServicesAndIsToldWhy() {
        MemberId id = anAdmittedMember();
        inArrears.add(id);

        assertEquals(Rights.SERVICES_SUSPENDED, rightsOf(id, ADMITTED_ON.plusDays(1)));
        assertEquals(java.util.List.of("rights.arrears-suspend-services"),
                xarxa.members().rightsLimitsOn(id, ADMITTED_ON.plusDays(1)).stream().map(cat.xarxa.common.Reason::code).toList());
    }

    @Test
    void aNetworkMayChooseThatArrearsAlsoTakeTheVoteAway() {
        try (Xarxa strict = Xarxa.builder().storageProvider(new cat.xarxa.memory.MemoryStorageProvider())
                .standingPolicy((member, date) -> Standing.IN_ARREARS).arrearsRemoveVote(true).build()) {
            MemberId id = strict.members().apply(new ApplyForMembership(IneCode.parse("081878"), APPLIED_ON)).orElseThrow();
            strict.members().admit(new AdmitMember(id, ADMITTED_ON, "AG 2026-03")).orElseThrow();

            assertEquals(Rights.VOICE_WITHOUT_VOTE, strict.members().rightsOn(id, ADMITTED_ON).orElseThrow());
            assertEquals(java.util.List.of("rights.arrears-suspend-services", "rights.arrears-remove-vote"),
                    strict.members().rightsLimitsOn(id, ADMITTED_ON).stream().map(cat.xarxa.common.Reason::code).toList());
        }
    }

    @Test
    void beforeApplyingAndAfterWithdrawingThereAreNoRights() {
        MemberId id = anAdmittedMember();
        xarxa.members().withdraw(new WithdrawMember(id, LocalDate.of(2027, 12, 31), "Acord del Ple")).orElseThrow();

        assertEquals(Rights.NONE, rightsOf(id, APPLIED_ON.minusDays(1)));
        assertEquals(Rights.FULL, rightsOf(id, LocalDate.of(2027, 12, 30)));
        assertEquals(Rights.NONE, rightsOf(id, LocalDate.of(2027, 12, 31)));
    }

    @Test
    void admittingAWithdrawnMemberWithoutANewApplicationIsRefused() {
        MemberId id = anAdmittedMember();
        xarxa.members().withdraw(new WithdrawMember(id, LocalDate.of(2027, 12, 31), "Acord del Ple")).orElseThrow();

        Decision<Member> readmit = xarxa.members().admit(new AdmitMember(id, LocalDate.of(2028, 4, 20), "AG 2028-04"));

        assertEquals("member.illegal-transition", readmit.reasons().get(0).code());
        assertEquals("Manlleu no pot passar de baixa a membre.", readmit.reasons(Localisation.CATALAN).get(0));
    }

    @Test
    void aCouncilThatWithdrewAppliesAgainUnderItsOldIdAndStartsANewPeriod() {
        MemberId id = anAdmittedMember();
        xarxa.members().withdraw(new WithdrawMember(id, LocalDate.of(2027, 12, 31), "Acord del Ple")).orElseThrow();

        MemberId again = xarxa.members().apply(new ApplyForMembership(IneCode.parse("081120"), LocalDate.of(2029, 2, 1)))
                .orElseThrow();
        xarxa.members().admit(new AdmitMember(id, LocalDate.of(2029, 4, 18), "AG 2029-04")).orElseThrow();

        Member member = xarxa.members().find(id).orElseThrow();
        assertEquals(id, again);
        assertEquals(1, xarxa.members().count());
        assertEquals(List.of(new MembershipPeriod(ADMITTED_ON, LocalDate.of(2027, 12, 31)),
                new MembershipPeriod(LocalDate.of(2029, 4, 18), null)), member.periods());
        assertEquals(List.of(MemberStatus.APPLIED, MemberStatus.PENDING, MemberStatus.MEMBER, MemberStatus.WITHDRAWN,
                MemberStatus.APPLIED, MemberStatus.MEMBER), member.history().stream().map(c -> c.status()).toList());
        assertEquals(Rights.NONE, rightsOf(id, LocalDate.of(2028, 6, 1)));
    }

    @Test
    void populationIsRecordedPerYearWithItsSourceAndACorrectionReplacesIt() {
        MemberId id = anAdmittedMember();

        xarxa.members().recordPopulation(new RecordPopulation(id, 2025, 23_000, "INE, padró 1/1/2025")).orElseThrow();
        xarxa.members().recordPopulation(new RecordPopulation(id, 2025, 23_154, " INE, padró 1/1/2025 (revisat) ")).orElseThrow();
        xarxa.members().recordPopulation(new RecordPopulation(id, 2024, 22_900, "INE, padró 1/1/2024")).orElseThrow();

        Member member = xarxa.members().find(id).orElseThrow();
        assertEquals(List.of(new Population(2024, 22_900, "INE, padró 1/1/2024"),
                new Population(2025, 23_154, "INE, padró 1/1/2025 (revisat)")), member.population());
        assertEquals(List.of("MembershipRequested", "MembershipReferred", "MemberAdmitted", "PopulationRecorded",
                "PopulationRecorded", "PopulationRecorded"), xarxa.history(id).stream().map(e -> e.eventType()).toList());
    }

    @Test
    void aNegativePopulationOrAYearOutOfRangeIsBadInput() {
        MemberId id = anAdmittedMember();

        assertThrows(InvalidCommandException.class, () -> new RecordPopulation(id, 2025, -1, "INE"));
        InvalidCommandException year = assertThrows(InvalidCommandException.class, () -> new RecordPopulation(id, 1800, 10, "INE"));
        assertEquals("year '1800': ha de ser com a mínim 1900", year.violations().get(0).describe(Localisation.CATALAN));
        assertEquals(List.of(), xarxa.members().find(id).orElseThrow().population());
    }

    @Test
    void rightsOfAnUnknownMemberAreEmpty() {
        assertEquals(java.util.Optional.empty(), xarxa.members().rightsOn(new MemberId(new java.util.UUID(1, 1)), APPLIED_ON));
    }
}
