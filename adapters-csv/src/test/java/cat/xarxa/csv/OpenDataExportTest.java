package cat.xarxa.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.common.Localisation;
import cat.xarxa.member.ApplyForMembership;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every open-data set of a network built through the public API, row by row. */
class OpenDataExportTest {

    private OpenDataNetwork network;

    @AfterEach
    void close() {
        if (network != null) {
            network.xarxa.close();
        }
    }

    private String export(String format) {
        if (network == null) {
            network = OpenDataNetwork.build();
        }
        return network.export(format);
    }

    @Test
    void every_data_set_and_its_metadata_is_offered() {
        List<String> sets = List.of("csv", "csv-members", "csv-needs", "csv-census", "csv-fees", "csv-fee-summary",
                "csv-working-groups", "csv-group-products", "csv-advisories", "csv-mentorships", "csv-good-practices",
                "csv-events");
        network = OpenDataNetwork.build();
        for (String set : sets) {
            assertTrue(network.xarxa.exportFormats().contains(set), set);
            assertTrue(network.xarxa.exportFormats().contains(set + "-metadata"), set + "-metadata");
        }
        assertEquals("csv", new XarxaCsv().exportFormats().get(0).name(), "csv first, as before");
    }

    @Test
    void csv_members_is_the_members_file_under_its_own_name() {
        assertEquals(export("csv"), export("csv-members"));
        assertEquals("id,kind,official_code,name,status,status_since,population,population_year\r\n"
                + "00000000-0000-0000-0000-000000000001,MUNICIPALITY,083054,Vilafranca del Penedès,MEMBER,2025-03-15,,\r\n"
                + "00000000-0000-0000-0000-000000000002,MUNICIPALITY,081878,Sabadell,MEMBER,2025-03-15,,\r\n"
                + "00000000-0000-0000-0000-000000000003,MUNICIPALITY,081120,Manlleu,MEMBER,2025-03-15,,\r\n"
                + "00000000-0000-0000-0000-000000000004,MUNICIPALITY,170792,Girona,MEMBER,2025-03-15,,\r\n",
                export("csv-members"));
    }

    @Test
    void the_fee_summary_sums_each_year_kind_and_province_in_exact_euros() {
        assertEquals("year,kind,province,assessments,assessed,corrections,total,paid,outstanding,as_of\r\n"
                + "2026,MUNICIPALITY,08,3,900.00,0.00,900.00,300.00,600.00,2026-09-30\r\n"
                + "2026,MUNICIPALITY,17,1,300.00,0.00,300.00,150.00,150.00,2026-09-30\r\n", export("csv-fee-summary"));
    }

    @Test
    void working_groups_count_the_councils_that_took_part_and_the_products_published() {
        assertEquals("name,theme,status,status_since,councils,published_products\r\n"
                + "Habitatge cooperatiu,housing-cooperatives,ACTIVE,2026-02-01,3,1\r\n", export("csv-working-groups"));
    }

    @Test
    void group_products_are_the_published_ones_with_their_partner_organisations() {
        assertEquals("group,title,kind,published_on,partners\r\n"
                + "Habitatge cooperatiu,Guia d'habitatge cooperatiu per a ens locals,GUIDE,2026-06-01,"
                + "Federació de Cooperatives d'Habitatge\r\n", export("csv-group-products"));
    }

    @Test
    void advisories_are_counted_by_period_topic_and_status_with_hours_as_h_mm() {
        assertEquals("period,topic,status,advisories,requests,hours_reserved,hours_consumed\r\n"
                + "2026,care-policies,OPEN,1,1,4:00,0:00\r\n"
                + "2026,housing-cooperatives,DELIVERED,1,1,0:00,1:30\r\n", export("csv-advisories"));
    }

    @Test
    void mentorships_are_counted_by_topic_and_status() {
        assertEquals("topic,status,mentorships\r\nhousing-cooperatives,ACTIVE,1\r\n", export("csv-mentorships"));
    }

    @Test
    void good_practices_are_the_published_ones_with_their_council_and_sheet() {
        assertEquals("title,council,council_official_code,themes,published_on,sheet_link\r\n"
                + "Masoveria urbana a Vilafranca del Penedès,Vilafranca del Penedès,083054,"
                + "housing-cooperatives; public-land,2026-05-20,https://xarxa.example/practiques/masoveria\r\n",
                export("csv-good-practices"));
    }

    @Test
    void events_are_the_calendar_by_day_with_the_councils_attending() {
        assertEquals("kind,title,date,starts_at,ends_at,format,place,link,status,attendance\r\n"
                + "ORDINARY_ASSEMBLY,Assemblea General ordinària,2026-03-14,10:00,13:30,IN_PERSON,"
                + "\"Vilafranca del Penedès, Cal Bolet\",,HELD,3\r\n"
                + "TECHNICAL_COMMISSION,Comissió Tècnica,2026-10-05,18:00,19:30,VIRTUAL,,"
                + "https://meet.example/ct-2026-10,SCHEDULED,0\r\n", export("csv-events"));
    }

    @Test
    void headers_come_in_catalan_and_spanish_with_a_byte_order_mark_when_asked() {
        network = OpenDataNetwork.build(XarxaCsv.formats(Localisation.CATALAN, true));
        byte[] bytes = network.bytes("csv-events");
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertEquals("tipus,titol,data,hora_d_inici,hora_de_finalitzacio,format,lloc,enllac,estat,ens_assistents",
                text.lines().findFirst().orElseThrow());
        assertTrue(text.contains("Assemblea General ordinària"), "rows are the same, accents in UTF-8");
        network.xarxa.close();

        network = OpenDataNetwork.build(XarxaCsv.formats(Localisation.SPANISH, false));
        assertEquals("ano,tipo,provincia,liquidaciones,liquidado_eur,correcciones_eur,total_eur,pagado_eur,"
                + "pendiente_eur,fecha_de_referencia", network.export("csv-fee-summary").lines().findFirst().orElseThrow());
        network.xarxa.close();

        network = OpenDataNetwork.build(XarxaCsv.formats(Locale.GERMAN, false));
        assertEquals("topic,status,mentorships", network.export("csv-mentorships").lines().findFirst().orElseThrow(),
                "another language gives English");
    }

    @Test
    void a_council_name_that_starts_a_formula_is_neutralised_in_the_members_file() {
        network = OpenDataNetwork.build();
        network.xarxa.members().apply(new ApplyForMembership("082303", "=HYPERLINK(\"http://x\")", LocalDate.of(2026, 1, 5)))
                .orElseThrow();
        String members = export("csv");
        assertTrue(members.contains(",\"'=HYPERLINK(\"\"http://x\"\")\",APPLIED,"), members);
    }
}
