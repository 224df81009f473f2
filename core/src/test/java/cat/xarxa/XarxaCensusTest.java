package cat.xarxa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cat.xarxa.common.IneCode;
import cat.xarxa.member.AdmitMember;
import cat.xarxa.member.ApplyAsCountyCouncil;
import cat.xarxa.member.ApplyForMembership;
import cat.xarxa.member.Census;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.MemberKind;
import cat.xarxa.member.MemberStatus;
import cat.xarxa.member.RecordPopulation;
import cat.xarxa.member.WithdrawMember;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The membership census at a date. */
class XarxaCensusTest {

    private final Xarxa xarxa = Xarxa.builder().setting(Xarxa.STORAGE, "memory")
            .clock(Clock.fixed(Instant.parse("2027-06-01T10:00:00Z"), Xarxa.NETWORK_ZONE)).build();

    @AfterEach
    void close() {
        xarxa.close();
    }

    private MemberId admitted(String ineCode, long inhabitants2025, long inhabitants2026) {
        MemberId id = xarxa.members().apply(new ApplyForMembership(IneCode.parse(ineCode), LocalDate.of(2026, 1, 10)))
                .orElseThrow();
        xarxa.members().admit(new AdmitMember(id, LocalDate.of(2026, 3, 20), "AG 2026-03")).orElseThrow();
        xarxa.members().recordPopulation(new RecordPopulation(id, 2025, inhabitants2025, "INE 2025")).orElseThrow();
        xarxa.members().recordPopulation(new RecordPopulation(id, 2026, inhabitants2026, "INE 2026")).orElseThrow();
        return id;
    }

    @Test
    void theCensusCountsStatusesKindsProvincesAndThePopulationRepresented() {
        admitted("081878", 1000, 1100);          // Sabadell, province 08
        MemberId manlleu = admitted("081120", 500, 510);
        admitted("170792", 300, 310);           // Girona, province 17
        xarxa.members().apply(new ApplyAsCountyCouncil("24", "Consell Comarcal d'Osona", LocalDate.of(2026, 2, 1))).orElseThrow();
        xarxa.members().withdraw(new WithdrawMember(manlleu, LocalDate.of(2026, 12, 31), "Acord del Ple")).orElseThrow();

        Census midYear = xarxa.members().census(LocalDate.of(2026, 6, 30));
        Census before = xarxa.members().census(LocalDate.of(2025, 12, 31));
        Census after = xarxa.members().census(LocalDate.of(2027, 1, 15));

        assertEquals(Map.of(MemberStatus.MEMBER, 3L, MemberStatus.APPLIED, 1L), midYear.byStatus());
        assertEquals(Map.of(MemberKind.MUNICIPALITY, 3L), midYear.membersByKind());
        assertEquals(Map.of("08", 2L, "17", 1L), midYear.membersByProvince());
        assertEquals(1100 + 510 + 310, midYear.populationRepresented());
        assertEquals(Map.of(), before.byStatus());
        assertEquals(Map.of(MemberStatus.MEMBER, 2L, MemberStatus.WITHDRAWN, 1L, MemberStatus.APPLIED, 1L), after.byStatus());
        assertEquals(1100 + 310, after.populationRepresented());
    }

    @Test
    void aMemberWithoutAFigureUpToTheCensusYearIsCountedApart() {
        MemberId id = xarxa.members().apply(new ApplyForMembership(IneCode.parse("081878"), LocalDate.of(2026, 1, 10)))
                .orElseThrow();
        xarxa.members().admit(new AdmitMember(id, LocalDate.of(2026, 3, 20), "AG 2026-03")).orElseThrow();
        xarxa.members().recordPopulation(new RecordPopulation(id, 2027, 1200, "INE 2027")).orElseThrow();

        Census in2026 = xarxa.members().census(LocalDate.of(2026, 6, 30));
        Census in2027 = xarxa.members().census(LocalDate.of(2027, 1, 2));

        assertEquals(0, in2026.populationRepresented());
        assertEquals(1, in2026.membersWithoutFigure());
        assertEquals(1200, in2027.populationRepresented());
        assertEquals(0, in2027.membersWithoutFigure());
    }
}
