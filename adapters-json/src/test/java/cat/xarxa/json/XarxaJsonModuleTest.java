package cat.xarxa.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.common.Hours;
import cat.xarxa.common.IneCode;
import cat.xarxa.common.JournalEntry;
import cat.xarxa.common.Money;
import cat.xarxa.member.Mandate;
import cat.xarxa.member.Member;
import cat.xarxa.member.MemberData;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.MemberKind;
import cat.xarxa.member.MemberStatus;
import cat.xarxa.member.Person;
import cat.xarxa.member.PersonData;
import cat.xarxa.member.PersonId;
import cat.xarxa.member.Population;
import cat.xarxa.member.Role;
import cat.xarxa.member.StatusChange;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A host application's own mapper understands Xarxa's types once it looks for modules. */
class XarxaJsonModuleTest {

    private static final JsonMapper HOST = JsonMapper.builder().findAndAddModules().build();

    private static final MemberId SABADELL_ID = new MemberId(UUID.fromString("0a6f3c1e-2b4d-4e8f-9a1b-3c5d7e9f1a2b"));

    private static final PersonId NURIA_ID = new PersonId(UUID.fromString("7d1c2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f"));
    private static final PersonId JORDI_ID = new PersonId(UUID.fromString("7d1c2e3f-4a5b-4c6d-8e7f-000000000002"));

    private static Person nuriaStoredTwice() {
        return new Person(NURIA_ID, "Núria Puig i Ferrer", "npuig@sabadell.cat", "+34 937 453 100",
                Set.of("social-economy-policy", "cooperatives"), 2);
    }

    private static Member sabadellAdmittedAndStoredThreeTimes() {
        return Member.requestMembership(SABADELL_ID, MemberKind.MUNICIPALITY, "081878", "Sabadell", LocalDate.of(2025, 3, 2))
                .orElseThrow()
                .admit(LocalDate.of(2025, 4, 20), "AG 2025-04").orElseThrow()
                .recordPopulation(new Population(2025, 221_455, "INE, padró 1/1/2025")).orElseThrow()
                .withVersion(3);
    }

    @Test
    void value_objects_are_written_as_their_text() {
        assertEquals("\"150.00\"", HOST.writeValueAsString(Money.euros("150")));
        assertEquals("\"4:00\"", HOST.writeValueAsString(Hours.of(4)));
        assertEquals("\"081878\"", HOST.writeValueAsString(IneCode.parse("081878")));
        assertEquals("\"0a6f3c1e-2b4d-4e8f-9a1b-3c5d7e9f1a2b\"", HOST.writeValueAsString(SABADELL_ID));
    }

    @Test
    void value_objects_read_back_as_they_were_written() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("fee", Money.euros("-3.50"));
        values.put("advice", Hours.of(1, 30));
        values.put("ine", IneCode.parse("081120"));
        values.put("member", SABADELL_ID);
        String json = HOST.writeValueAsString(values);

        Values read = HOST.readValue(json, Values.class);

        assertEquals(new Values(Money.euros("-3.50"), Hours.of(1, 30), IneCode.parse("081120"), SABADELL_ID), read);
    }

    /** A host's own record holding Xarxa values. */
    record Values(Money fee, Hours advice, IneCode ine, MemberId member) {
    }

    @Test
    void a_member_is_written_in_the_shape_of_its_data_without_the_store_version() {
        assertEquals("{\"id\":\"0a6f3c1e-2b4d-4e8f-9a1b-3c5d7e9f1a2b\",\"kind\":\"MUNICIPALITY\",\"officialCode\":\"081878\","
                        + "\"name\":\"Sabadell\",\"history\":[{\"status\":\"APPLIED\",\"since\":\"2025-03-02\",\"reference\":\"\"},"
                        + "{\"status\":\"MEMBER\",\"since\":\"2025-04-20\",\"reference\":\"AG 2025-04\"}],"
                        + "\"population\":[{\"year\":2025,\"inhabitants\":221455,\"source\":\"INE, padró 1/1/2025\"}],"
                        + "\"mandates\":[]}",
                HOST.writeValueAsString(sabadellAdmittedAndStoredThreeTimes()));
    }

    @Test
    void a_member_with_mandates_round_trips_with_open_ones_written_to_null() {
        Member sabadell = sabadellAdmittedAndStoredThreeTimes()
                .appoint(NURIA_ID, Role.TECHNICAL_CONTACT, LocalDate.of(2025, 5, 1)).orElseThrow()
                .handOver(Role.TECHNICAL_CONTACT, JORDI_ID, LocalDate.of(2025, 9, 1)).orElseThrow();

        String json = HOST.writeValueAsString(sabadell);

        assertTrue(json.endsWith(",\"mandates\":[{\"person\":\"" + NURIA_ID + "\",\"role\":\"TECHNICAL_CONTACT\","
                + "\"from\":\"2025-05-01\",\"to\":\"2025-09-01\"},{\"person\":\"" + JORDI_ID + "\","
                + "\"role\":\"TECHNICAL_CONTACT\",\"from\":\"2025-09-01\",\"to\":null}]}"), json);
        assertEquals(sabadell.withVersion(0), HOST.readValue(json, Member.class));
        assertEquals(MemberData.of(sabadell), HOST.readValue(json, MemberData.class));
    }

    @Test
    void a_member_whose_mandates_overlap_in_a_single_holder_role_fails() {
        String twoAtOnce = HOST.writeValueAsString(sabadellAdmittedAndStoredThreeTimes())
                .replace("\"mandates\":[]", "\"mandates\":[{\"person\":\"" + NURIA_ID + "\",\"role\":\"TECHNICAL_CONTACT\","
                        + "\"from\":\"2025-05-01\"},{\"person\":\"" + JORDI_ID + "\",\"role\":\"TECHNICAL_CONTACT\","
                        + "\"from\":\"2025-06-01\"}]");

        assertFailsNaming(twoAtOnce, Member.class, "mandate.overlap");
    }

    @Test
    void a_mandate_round_trips_open_or_ended() {
        Mandate open = new Mandate(NURIA_ID, Role.POLITICAL_REPRESENTATIVE, LocalDate.of(2023, 6, 17), null);
        Mandate ended = open.endedOn(LocalDate.of(2027, 6, 12));

        String openJson = HOST.writeValueAsString(open);

        assertEquals("{\"person\":\"" + NURIA_ID + "\",\"role\":\"POLITICAL_REPRESENTATIVE\",\"from\":\"2023-06-17\","
                + "\"to\":null}", openJson);
        assertEquals(open, HOST.readValue(openJson, Mandate.class));
        assertEquals(ended, HOST.readValue(HOST.writeValueAsString(ended), Mandate.class));
        assertEquals(open, HOST.readValue("{\"person\":\"" + NURIA_ID + "\",\"role\":\"POLITICAL_REPRESENTATIVE\","
                + "\"from\":\"2023-06-17\"}", Mandate.class), "a missing to is an open mandate");
    }

    @Test
    void a_wrong_mandate_fails_naming_what_is_wrong() {
        String person = "{\"person\":\"" + NURIA_ID + "\",";
        assertFailsNaming(person + "\"role\":\"MAYOR\",\"from\":\"2023-06-17\"}", Mandate.class,
                "role: unknown value 'MAYOR'; expected one of POLITICAL_REPRESENTATIVE, TECHNICAL_CONTACT, OTHER");
        assertFailsNaming(person + "\"role\":\"OTHER\",\"from\":\"2023-06-17\",\"to\":\"2023-06-17\"}", Mandate.class,
                "a mandate ends after it starts: 2023-06-17 to 2023-06-17");
        assertFailsNaming(person + "\"role\":\"OTHER\"}", Mandate.class, "A mandate needs 'person', 'role' and 'from'");
        assertFailsNaming("{\"person\":\"nuria\",\"role\":\"OTHER\",\"from\":\"2023-06-17\"}", Mandate.class,
                "not a person id: 'nuria'");
    }

    @Test
    void a_person_is_written_in_the_shape_of_its_data_without_the_store_version() {
        assertEquals("{\"id\":\"" + NURIA_ID + "\",\"name\":\"Núria Puig i Ferrer\",\"email\":\"npuig@sabadell.cat\","
                        + "\"phone\":\"+34 937 453 100\",\"expertise\":[\"cooperatives\",\"social-economy-policy\"]}",
                HOST.writeValueAsString(nuriaStoredTwice()));
        assertEquals(HOST.writeValueAsString(nuriaStoredTwice()), HOST.writeValueAsString(PersonData.of(nuriaStoredTwice())));
        assertEquals("\"" + NURIA_ID + "\"", HOST.writeValueAsString(NURIA_ID));
    }

    @Test
    void a_person_reads_back_as_one_not_yet_stored() {
        Person nameOnly = new Person(JORDI_ID, "Jordi \"el Xic\" Solà\nd'Ossó", "", "", Set.of(), 0);

        assertEquals(nuriaStoredTwice().withVersion(0), HOST.readValue(HOST.writeValueAsString(nuriaStoredTwice()), Person.class));
        assertEquals(nameOnly, HOST.readValue(HOST.writeValueAsString(nameOnly), Person.class));
        assertEquals(nameOnly, HOST.readValue("{\"id\":\"" + JORDI_ID + "\",\"name\":\"Jordi \\\"el Xic\\\" Solà\\nd'Ossó\","
                + "\"expertise\":[]}", Person.class), "a missing email or phone is none");
        assertEquals(JORDI_ID, HOST.readValue("\"" + JORDI_ID + "\"", PersonId.class));
    }

    @Test
    void person_data_is_read_as_it_comes_with_missing_fields_as_null() {
        PersonData read = HOST.readValue("{\"name\":\"Núria\",\"email\":\"not an address\",\"expertise\":[\"Cooperativisme\",null]}",
                PersonData.class);

        assertEquals(new PersonData(null, "Núria", "not an address", null, Arrays.asList("Cooperativisme", null)), read);
        assertEquals(PersonData.of(nuriaStoredTwice()),
                HOST.readValue(HOST.writeValueAsString(PersonData.of(nuriaStoredTwice())), PersonData.class));
    }

    @Test
    void a_wrong_person_fails_naming_what_is_wrong() {
        assertFailsNaming("{\"name\":42}", PersonData.class, "name: expected string");
        assertFailsNaming("{\"expertise\":\"cooperatives\"}", PersonData.class, "expertise: expected array");
        assertFailsNaming("{\"expertise\":[\"youth\",7]}", PersonData.class, "expertise[1]: expected string");
        assertFailsNaming("{\"id\":\"" + NURIA_ID + "\",\"expertise\":[]}", Person.class, "A person needs 'name'");
        assertFailsNaming("{\"id\":\"" + NURIA_ID + "\",\"name\":\"Núria\",\"expertise\":[\"Economia social\"]}",
                Person.class, "not an expertise tag: 'Economia social'");
    }

    @Test
    void a_member_reads_back_as_one_not_yet_stored() {
        Member sabadell = sabadellAdmittedAndStoredThreeTimes();

        Member read = HOST.readValue(HOST.writeValueAsString(sabadell), Member.class);

        assertEquals(sabadell.withVersion(0), read);
    }

    @Test
    void a_list_of_members_round_trips() {
        List<Member> members = List.of(sabadellAdmittedAndStoredThreeTimes().withVersion(0),
                Member.requestMembership(new MemberId(new UUID(1, 2)), MemberKind.COUNTY_COUNCIL, "40",
                        "Consell Comarcal del Vallès Occidental", LocalDate.of(2025, 5, 5)).orElseThrow(),
                Member.requestMembership(new MemberId(new UUID(1, 3)), MemberKind.OTHER_PUBLIC_BODY, "P0801900B",
                                "Consorci \"Localret\"", LocalDate.of(2025, 5, 6)).orElseThrow()
                        .referToAssembly(LocalDate.of(2025, 6, 1), "AG 2025-06").orElseThrow()
                        .recordPopulation(new Population(2024, 0, "Sense padró\npropi")).orElseThrow());

        List<Member> read = HOST.readValue(HOST.writeValueAsString(members), new TypeReference<List<Member>>() { });

        assertEquals(members, read);
    }

    @Test
    void member_data_is_written_and_read_in_the_same_shape_as_a_member() {
        Member sabadell = sabadellAdmittedAndStoredThreeTimes();
        MemberData data = MemberData.of(sabadell);

        assertEquals(HOST.writeValueAsString(sabadell), HOST.writeValueAsString(data));
        assertEquals(data, HOST.readValue(HOST.writeValueAsString(data), MemberData.class));
    }

    @Test
    void member_data_is_read_as_it_comes_with_missing_fields_as_null() {
        MemberData read = HOST.readValue("{\"name\":\"Sabadell\",\"history\":[null,{\"status\":\"MEMBER\"}]}", MemberData.class);

        assertNull(read.id());
        assertNull(read.kind());
        assertEquals("Sabadell", read.name());
        assertNull(read.history().get(0));
        assertEquals(new MemberData.Step(MemberStatus.MEMBER, null, null), read.history().get(1));
        assertEquals(List.of(), read.population(), "a missing population is no figures, as in files from before it");
        assertEquals(List.of(), read.mandates(), "missing mandates are none, as in files from before them");
    }

    @Test
    void member_data_keeps_a_null_figure_and_a_blank_source_for_the_import_to_name() {
        MemberData read = HOST.readValue("{\"population\":[{\"year\":1850,\"inhabitants\":-3,\"source\":\" \"},null]}",
                MemberData.class);

        assertEquals(new MemberData.Figure(1850, -3, " "), read.population().get(0));
        assertNull(read.population().get(1));
    }

    @Test
    void a_figure_of_the_wrong_type_fails_naming_its_place() {
        assertFailsNaming("{\"population\":[{\"year\":2024,\"inhabitants\":1,\"source\":\"INE\"},"
                + "{\"year\":\"2025\",\"inhabitants\":1,\"source\":\"INE\"}]}", MemberData.class,
                "population[1].year: expected integer");
        assertFailsNaming("{\"population\":[{\"year\":2025,\"inhabitants\":1.5,\"source\":\"INE\"}]}", MemberData.class,
                "population[0].inhabitants: expected integer");
        assertFailsNaming("{\"population\":[{\"year\":2025,\"source\":\"INE\"}]}", MemberData.class,
                "population[0].inhabitants: expected integer");
        assertFailsNaming("{\"population\":{\"year\":2025}}", MemberData.class, "population: expected array");
        assertFailsNaming("{\"population\":[2025]}", MemberData.class, "population[0]: expected object");
    }

    @Test
    void a_member_written_before_population_figures_and_mandates_existed_reads_with_none() {
        String withoutPopulation = HOST.writeValueAsString(sabadellAdmittedAndStoredThreeTimes())
                .replaceAll(",\"population\":\\[.*]}$", "}");

        Member read = HOST.readValue(withoutPopulation, Member.class);

        assertFalse(withoutPopulation.contains("population"), withoutPopulation);
        assertFalse(withoutPopulation.contains("mandates"), withoutPopulation);
        assertEquals(List.of(), read.population());
        assertEquals(List.of(), read.mandates());
        assertEquals(sabadellAdmittedAndStoredThreeTimes().history(), read.history());
    }

    @Test
    void a_member_with_two_figures_for_one_year_fails() {
        String twice = HOST.writeValueAsString(sabadellAdmittedAndStoredThreeTimes())
                .replace("}],\"mandates\"", "},{\"year\":2025,\"inhabitants\":1,\"source\":\"Correcció\"}],\"mandates\"");

        assertFailsNaming(twice, Member.class, "one population figure a year");
    }

    @Test
    void a_member_with_a_negative_population_fails_naming_the_figure() {
        String negative = HOST.writeValueAsString(sabadellAdmittedAndStoredThreeTimes()).replace("221455", "-221455");

        assertFailsNaming(negative, Member.class, "inhabitants must not be negative: -221455");
    }

    @Test
    void a_status_change_round_trips() {
        StatusChange withdrawn = new StatusChange(MemberStatus.WITHDRAWN, LocalDate.of(2025, 12, 31), "Acord del Ple \"baixa\"");

        String json = HOST.writeValueAsString(withdrawn);

        assertEquals("{\"status\":\"WITHDRAWN\",\"since\":\"2025-12-31\",\"reference\":\"Acord del Ple \\\"baixa\\\"\"}", json);
        assertEquals(withdrawn, HOST.readValue(json, StatusChange.class));
    }

    @Test
    void a_journal_entry_round_trips_with_its_time_as_an_iso_instant() {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("officialCode", "081878");
        data.put("assemblyReference", "AG 2025-04\nsegona convocatòria");
        JournalEntry entry = new JournalEntry(7, "member", SABADELL_ID.toString(), 2, "MemberAdmitted", data,
                Instant.parse("2025-04-20T09:30:00.123456Z"), "secretaria@xarxa.cat");

        String json = HOST.writeValueAsString(entry);

        assertTrue(json.contains("\"recordedAt\":\"2025-04-20T09:30:00.123456Z\""), json);
        assertEquals(entry, HOST.readValue(json, JournalEntry.class));
    }

    @Test
    void a_wrong_ine_code_fails_naming_the_value() {
        JacksonException error = assertThrows(JacksonException.class, () -> HOST.readValue("\"081879\"", IneCode.class));

        assertTrue(error.getMessage().contains("081879"), error.getMessage());
        assertTrue(error.getMessage().contains("wrong check digit"), error.getMessage());
    }

    @Test
    void bad_values_fail_naming_the_value() {
        assertFailsNaming("\"1.234\"", Money.class, "1.234");
        assertFailsNaming("\"4:75\"", Hours.class, "4:75");
        assertFailsNaming("\"not-a-uuid\"", MemberId.class, "not-a-uuid");
        assertFailsNaming("{\"status\":\"EXPELLED\",\"since\":\"2025-01-01\"}", StatusChange.class, "EXPELLED");
        assertFailsNaming("{\"sequence\":1,\"aggregateType\":\"member\",\"aggregateId\":\"x\",\"aggregateVersion\":1,"
                + "\"eventType\":\"E\",\"data\":{},\"recordedAt\":\"yesterday\",\"actor\":\"a\"}", JournalEntry.class, "yesterday");
    }

    @Test
    void a_value_object_given_as_a_number_says_it_is_written_as_a_string() {
        assertFailsNaming("150", Money.class, "Money is written as a JSON string, e.g. \"150.00\"");
    }

    @Test
    void a_member_with_an_unknown_kind_fails_naming_the_kind_and_those_there_are() {
        String json = HOST.writeValueAsString(sabadellAdmittedAndStoredThreeTimes()).replace("MUNICIPALITY", "CITY");

        assertFailsNaming(json, Member.class,
                "kind: unknown value 'CITY'; expected one of MUNICIPALITY, COUNTY_COUNCIL, OTHER_PUBLIC_BODY");
    }

    @Test
    void a_member_must_be_whole() {
        String json = HOST.writeValueAsString(sabadellAdmittedAndStoredThreeTimes()).replace("\"name\":\"Sabadell\",", "");

        assertFailsNaming(json, Member.class, "A member needs 'name'");
    }

    @Test
    void a_member_whose_history_the_lifecycle_does_not_allow_fails() {
        String backwards = HOST.writeValueAsString(sabadellAdmittedAndStoredThreeTimes())
                .replace("\"APPLIED\"", "\"TEMP\"").replace("\"MEMBER\"", "\"APPLIED\"").replace("\"TEMP\"", "\"MEMBER\"");

        assertFailsNaming(backwards, Member.class, "member.history-illegal-step");
    }

    @Test
    void dates_are_written_as_iso_text_whatever_the_host_prefers() {
        JsonMapper timestamps = JsonMapper.builder().findAndAddModules()
                .enable(tools.jackson.databind.cfg.DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS).build();

        String json = timestamps.writeValueAsString(new StatusChange(MemberStatus.MEMBER, LocalDate.of(2025, 4, 20), ""));

        assertTrue(json.contains("\"since\":\"2025-04-20\""), json);
        assertFalse(json.contains("[2025"), json);
    }

    private static void assertFailsNaming(String json, Class<?> type, String expected) {
        JacksonException error = assertThrows(JacksonException.class, () -> HOST.readValue(json, type));
        assertTrue(error.getMessage().contains(expected), error.getMessage());
    }
}
