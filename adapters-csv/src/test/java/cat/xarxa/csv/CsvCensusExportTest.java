package cat.xarxa.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cat.xarxa.Xarxa;
import cat.xarxa.member.AdmitMember;
import cat.xarxa.member.ApplyAsCountyCouncil;
import cat.xarxa.member.ApplyForMembership;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.RecordPopulation;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CsvCensusExportTest {

    @Test
    void theCensusOnTheDayOfTheExportIsOneFigureARow() {
        try (Xarxa xarxa = Xarxa.builder().setting(Xarxa.STORAGE, "memory")
                .clock(Clock.fixed(Instant.parse("2026-06-29T22:30:00Z"), Xarxa.NETWORK_ZONE)).build()) {
            for (String code : new String[] {"081878", "081120", "170792"}) {
                MemberId id = xarxa.members().apply(new ApplyForMembership(code, null, LocalDate.of(2026, 1, 10))).orElseThrow();
                xarxa.members().admit(new AdmitMember(id, LocalDate.of(2026, 3, 20), "AG 2026-03")).orElseThrow();
                if (!code.equals("170792")) {
                    xarxa.members().recordPopulation(new RecordPopulation(id, 2025, 1000, "INE 2025")).orElseThrow();
                }
            }
            xarxa.members().apply(new ApplyAsCountyCouncil("24", "Consell Comarcal d'Osona", LocalDate.of(2026, 2, 1)))
                    .orElseThrow();

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            xarxa.export("csv-census", out);

            assertEquals("dimension,value,count\r\n"
                    + "date,2026-06-30,\r\n"
                    + "status,APPLIED,1\r\n"
                    + "status,MEMBER,3\r\n"
                    + "kind,MUNICIPALITY,3\r\n"
                    + "province,08,2\r\n"
                    + "province,17,1\r\n"
                    + "population,represented,2000\r\n"
                    + "population,members-without-figure,1\r\n", out.toString(StandardCharsets.UTF_8));
        }
    }
}
