package cat.xarxa.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.common.Money;
import cat.xarxa.fee.FeeByKind;
import cat.xarxa.fee.FeePolicy;
import cat.xarxa.fee.FeeTerms;
import cat.xarxa.fee.FlatFee;
import cat.xarxa.fee.PerInhabitantFee;
import cat.xarxa.fee.TieredFee;
import cat.xarxa.json.XarxaJson;
import cat.xarxa.member.MemberKind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnnualFeeRunTest {

    @Test
    void theYearAssessesProratesRemindsAndReportsToTheCent() {
        ByteArrayOutputStream story = new ByteArrayOutputStream();

        AnnualFeeRun.run(new PrintStream(story, true, StandardCharsets.UTF_8));

        String text = story.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("Run of 1 April: 3 assessments, 13574.20 €"), text);
        assertTrue(text.contains("Run of 1 July: 1 new (3 already assessed), 612.50 €"), text);
        assertTrue(text.contains("Manlleu: 612.50 € (7/12 of 1050.00 €), due 2026-08-30"), text);
        assertTrue(text.contains("Remind Sabadell on 2026-05-16 (-15 days from due): 10826.00 €"), text);
        assertTrue(text.contains("Remind Vic on 2026-06-30 (30 days from due): 1448.20 €"), text);
        assertTrue(text.contains("Consell Comarcal d'Osona: paid 350.00 €, credit 50.00 €"), text);
        assertTrue(text.contains("els serveis d'assessorament i de mentoria queden suspesos"), text);
        assertTrue(text.contains("assessed 14186.70 €, collected 12126.00 €, outstanding 2060.70 €"), text);
        assertTrue(text.contains("in arrears: Vic, 1448.20 €, 123 days\n  in arrears: Manlleu, 612.50 €, 32 days"), text);
        assertTrue(text.contains("L'any 2026 ja té una política de quotes aprovada"), text);
    }

    @Test
    void theShippedPolicyIsTheOneTheFeesPageShowsAndMeansWhatItSays() throws Exception {
        String page = Files.readString(Path.of("../docs/fees.md"));
        int start = page.indexOf("```json", page.indexOf("### Policies as data")) + "```json".length();
        String shown = page.substring(start, page.indexOf("```", start));

        FeePolicy fromPage = XarxaJson.readFeePolicy(new ByteArrayInputStream(shown.getBytes(StandardCharsets.UTF_8)));

        FeePolicy expected = new FeePolicy(2026, 2025, new FeeByKind(Map.of(
                MemberKind.MUNICIPALITY, new PerInhabitantFee(new BigDecimal("0.05"), Money.euros(150), Money.euros(15_000)),
                MemberKind.COUNTY_COUNCIL, new FlatFee(Money.euros(300)),
                MemberKind.OTHER_PUBLIC_BODY, new TieredFee(List.of(new TieredFee.Tier(0, 1000L, Money.euros(150)),
                        new TieredFee.Tier(1001, null, Money.euros(600)))))),
                FeeTerms.DEFAULT, LocalDate.of(2026, 3, 14), "AG 2026-03, acord 4");
        assertEquals(expected, fromPage);
        assertEquals(expected, AnnualFeeRun.policy2026());
    }
}
