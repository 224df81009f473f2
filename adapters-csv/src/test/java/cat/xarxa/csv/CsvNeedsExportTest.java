package cat.xarxa.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cat.xarxa.Xarxa;
import cat.xarxa.care.FollowUpNeed;
import cat.xarxa.care.NeedCategories;
import cat.xarxa.care.NeedId;
import cat.xarxa.care.NeedStatus;
import cat.xarxa.care.RaiseNeed;
import cat.xarxa.member.ApplyForMembership;
import cat.xarxa.member.MemberId;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

class CsvNeedsExportTest {

    @Test
    void everyNeedIsARowWithItsMembersCodeAndNameAndItsStatusNow() throws Exception {
        AtomicLong counter = new AtomicLong();
        try (Xarxa xarxa = Xarxa.builder().setting(Xarxa.STORAGE, "memory").ids(() -> new UUID(0, counter.incrementAndGet()))
                .build()) {
            MemberId manlleu = xarxa.members().apply(new ApplyForMembership("081120", "Manlleu", LocalDate.of(2026, 3, 2)))
                    .orElseThrow();
            NeedId cleaning = xarxa.care().raiseNeed(new RaiseNeed(manlleu, NeedCategories.HIRING_AND_PROCUREMENT,
                    "Neteja amb clàusules socials, \"lot 2\"\ni reserva", LocalDate.of(2026, 5, 12), LocalDate.of(2027, 1, 15)))
                    .orElseThrow();
            xarxa.care().raiseNeed(new RaiseNeed(manlleu, "training", "Formació", LocalDate.of(2026, 5, 12), null)).orElseThrow();
            xarxa.care().followUp(new FollowUpNeed(cleaning, LocalDate.of(2026, 6, 1), NeedStatus.IN_PROGRESS, null)).orElseThrow();

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            xarxa.export("csv-needs", out);

            List<Map<String, String>> rows;
            try (MappingIterator<Map<String, String>> read = new CsvMapper().readerForMapOf(String.class)
                    .with(CsvSchema.emptySchema().withHeader()).readValues(out.toString(StandardCharsets.UTF_8))) {
                rows = read.readAll();
            }
            assertEquals(2, rows.size());
            Map<String, String> first = rows.get(0);
            assertEquals(cleaning.toString(), first.get("id"));
            assertEquals("081120", first.get("member_official_code"));
            assertEquals("Manlleu", first.get("member_name"));
            assertEquals("IN_PROGRESS", first.get("status"));
            assertEquals("2027-01-15", first.get("expected_on"));
            assertEquals("Neteja amb clàusules socials, \"lot 2\"\ni reserva", first.get("description"));
            assertEquals("", rows.get(1).get("expected_on"));
            assertEquals("id,member_id,member_official_code,member_name,category,status,raised_on,expected_on,description",
                    out.toString(StandardCharsets.UTF_8).lines().findFirst().orElseThrow());
        }
    }
}
