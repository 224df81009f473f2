package cat.xarxa.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.care.Channel;
import cat.xarxa.care.Contact;
import cat.xarxa.care.ContactData;
import cat.xarxa.care.ContactId;
import cat.xarxa.care.ContactTopic;
import cat.xarxa.care.MeetingData;
import cat.xarxa.care.MeetingId;
import cat.xarxa.care.Need;
import cat.xarxa.care.NeedData;
import cat.xarxa.care.NeedId;
import cat.xarxa.care.NeedStatus;
import cat.xarxa.care.OnboardingMeeting;
import cat.xarxa.common.Hours;
import cat.xarxa.common.IneCode;
import cat.xarxa.common.JournalEntry;
import cat.xarxa.common.MeetingFormat;
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
import cat.xarxa.partner.Partner;
import cat.xarxa.partner.PartnerData;
import cat.xarxa.partner.PartnerId;
import cat.xarxa.partner.PartnerKind;
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

    private static final PartnerId COOP57_ID = new PartnerId(UUID.fromString("3b9a0000-0000-4000-8000-000000000057"));
    private static final NeedId TRAINING_ID = new NeedId(UUID.fromString("c4d20000-0000-4000-8000-000000000001"));
    private static final ContactId CALL_ID = new ContactId(UUID.fromString("e1f00000-0000-4000-8000-000000000001"));
    private static final MeetingId ONBOARDING_ID = new MeetingId(UUID.fromString("f7a30000-0000-4000-8000-000000000001"));

    /** A need for training, taken up and addressed, stored twice. */
    private static Need trainingTakenUpAndAddressed() {
        return new Need(TRAINING_ID, SABADELL_ID, "training", "Formació en compra pública", LocalDate.of(2025, 5, 20),
                null, List.of(), 0)
                .followUp(LocalDate.of(2025, 6, 2), NeedStatus.IN_PROGRESS, "Curs «Clàusules socials»\nal setembre")
                .orElseThrow()
                .followUp(LocalDate.of(2025, 9, 30), NeedStatus.ADDRESSED, "").orElseThrow()
                .withVersion(2);
    }

    @Test
    void a_partner_is_written_in_the_shape_of_its_data_and_reads_back_as_one_not_yet_stored() {
        Partner coop57 = new Partner(COOP57_ID, "Coop57", PartnerKind.COOPERATIVE, "https://coop57.coop", NURIA_ID, 4);
        Partner withoutContact = new Partner(COOP57_ID, "Xarxa d'Economia Solidària", PartnerKind.NETWORK, "", null, 0);

        String json = HOST.writeValueAsString(coop57);

        assertEquals("{\"id\":\"" + COOP57_ID + "\",\"name\":\"Coop57\",\"kind\":\"COOPERATIVE\","
                + "\"website\":\"https://coop57.coop\",\"contactPerson\":\"" + NURIA_ID + "\"}", json);
        assertEquals(json, HOST.writeValueAsString(PartnerData.of(coop57)));
        assertEquals(coop57.withVersion(0), HOST.readValue(json, Partner.class));
        assertEquals(withoutContact, HOST.readValue(HOST.writeValueAsString(withoutContact), Partner.class));
        assertEquals(withoutContact, HOST.readValue("{\"id\":\"" + COOP57_ID + "\",\"name\":\"Xarxa d'Economia Solidària\","
                + "\"kind\":\"NETWORK\"}", Partner.class), "a missing website or contact person is none");
        assertEquals(PartnerData.of(coop57), HOST.readValue(json, PartnerData.class));
        assertEquals("\"" + COOP57_ID + "\"", HOST.writeValueAsString(COOP57_ID));
        assertEquals(COOP57_ID, HOST.readValue("\"" + COOP57_ID + "\"", PartnerId.class));
    }

    @Test
    void a_wrong_partner_fails_naming_what_is_wrong() {
        assertFailsNaming("{\"kind\":\"BANK\"}", PartnerData.class,
                "kind: unknown value 'BANK'; expected one of FEDERATION, NETWORK, COOPERATIVE");
        assertFailsNaming("{\"id\":\"" + COOP57_ID + "\",\"kind\":\"OTHER\"}", Partner.class, "A partner needs 'name'");
        assertFailsNaming("{\"id\":\"" + COOP57_ID + "\",\"name\":\"Coop57\",\"kind\":\"OTHER\",\"contactPerson\":\"Núria\"}",
                Partner.class, "not a person id: 'Núria'");
    }

    @Test
    void a_need_is_written_with_its_follow_up_log_and_reads_back_as_one_not_yet_stored() {
        Need training = trainingTakenUpAndAddressed();

        String json = HOST.writeValueAsString(training);

        assertEquals("{\"id\":\"" + TRAINING_ID + "\",\"member\":\"" + SABADELL_ID + "\",\"category\":\"training\","
                + "\"description\":\"Formació en compra pública\",\"raisedOn\":\"2025-05-20\",\"expectedOn\":null,"
                + "\"followUps\":[{\"on\":\"2025-06-02\",\"status\":\"IN_PROGRESS\",\"note\":\"Curs «Clàusules socials»\\nal setembre\"},"
                + "{\"on\":\"2025-09-30\",\"status\":\"ADDRESSED\",\"note\":\"\"}]}", json);
        assertEquals(json, HOST.writeValueAsString(NeedData.of(training)));
        assertEquals(training.withVersion(0), HOST.readValue(json, Need.class));
        assertEquals(NeedData.of(training), HOST.readValue(json, NeedData.class));
        assertEquals(TRAINING_ID, HOST.readValue("\"" + TRAINING_ID + "\"", NeedId.class));
    }

    @Test
    void need_data_is_read_as_it_comes_with_missing_fields_as_null() {
        NeedData read = HOST.readValue("{\"category\":\"training\",\"followUps\":[null,{\"status\":\"DROPPED\"}]}",
                NeedData.class);

        assertEquals(new NeedData(null, null, "training", null, null, null,
                Arrays.asList(null, new NeedData.Entry(null, NeedStatus.DROPPED, null))), read);
        assertNull(HOST.readValue("{}", NeedData.class).followUps(), "missing follow-ups are for the import to name");
    }

    @Test
    void a_need_whose_follow_ups_the_need_could_not_have_lived_fails() {
        String json = HOST.writeValueAsString(trainingTakenUpAndAddressed());

        assertFailsNaming(json.replace("2025-09-30", "2025-06-01"), Need.class, "need.date-before-last");
        assertFailsNaming(json.replace("\"ADDRESSED\"", "\"IN_PROGRESS\"").replace("\"IN_PROGRESS\",\"note\":\"Curs",
                "\"ADDRESSED\",\"note\":\"Curs"), Need.class, "need.illegal-transition");
        assertFailsNaming(json.replace("\"ADDRESSED\"", "\"SOLVED\""), Need.class,
                "followUps[1].status: unknown value 'SOLVED'; expected one of OPEN, IN_PROGRESS, ADDRESSED, DROPPED");
        assertFailsNaming(json.replace("\"raisedOn\":\"2025-05-20\",", ""), Need.class, "A need needs 'raisedOn'");
        assertFailsNaming(json.replace("\"on\":\"2025-09-30\",", ""), Need.class, "Each follow-up of a need needs 'on'");
    }

    @Test
    void a_contact_round_trips_with_or_without_the_person_spoken_with() {
        Contact call = new Contact(CALL_ID, SABADELL_ID, LocalDate.of(2025, 5, 12), Channel.PHONE, ContactTopic.FEE_PAYMENT,
                "Quota \"2025\" pagada", JORDI_ID);
        Contact email = new Contact(CALL_ID, SABADELL_ID, LocalDate.of(2025, 5, 12), Channel.EMAIL, ContactTopic.OTHER, "",
                null);

        String json = HOST.writeValueAsString(call);

        assertEquals("{\"id\":\"" + CALL_ID + "\",\"member\":\"" + SABADELL_ID + "\",\"on\":\"2025-05-12\","
                + "\"channel\":\"PHONE\",\"topic\":\"FEE_PAYMENT\",\"note\":\"Quota \\\"2025\\\" pagada\","
                + "\"person\":\"" + JORDI_ID + "\"}", json);
        assertEquals(json, HOST.writeValueAsString(ContactData.of(call)));
        assertEquals(call, HOST.readValue(json, Contact.class));
        assertEquals(email, HOST.readValue(HOST.writeValueAsString(email), Contact.class));
        assertEquals(ContactData.of(call), HOST.readValue(json, ContactData.class));
        assertEquals(CALL_ID, HOST.readValue("\"" + CALL_ID + "\"", ContactId.class));
        assertFailsNaming(json.replace("PHONE", "FAX"), Contact.class,
                "channel: unknown value 'FAX'; expected one of EMAIL, PHONE, VIDEO_CALL, IN_PERSON, OTHER");
        assertFailsNaming(json.replace("\"topic\":\"FEE_PAYMENT\",", ""), Contact.class, "A contact needs 'topic'");
    }

    @Test
    void an_onboarding_meeting_round_trips_with_its_attendees_in_order() {
        OnboardingMeeting onboarding = new OnboardingMeeting(ONBOARDING_ID, SABADELL_ID, LocalDate.of(2025, 5, 6),
                MeetingFormat.HYBRID, List.of(NURIA_ID, JORDI_ID), "Reunió d'acollida:\n«prioritat» la contractació");

        String json = HOST.writeValueAsString(onboarding);

        assertEquals("{\"id\":\"" + ONBOARDING_ID + "\",\"member\":\"" + SABADELL_ID + "\",\"on\":\"2025-05-06\","
                + "\"format\":\"HYBRID\",\"attendees\":[\"" + NURIA_ID + "\",\"" + JORDI_ID + "\"],"
                + "\"notes\":\"Reunió d'acollida:\\n«prioritat» la contractació\"}", json);
        assertEquals(json, HOST.writeValueAsString(MeetingData.of(onboarding)));
        assertEquals(onboarding, HOST.readValue(json, OnboardingMeeting.class));
        assertEquals(MeetingData.of(onboarding), HOST.readValue(json, MeetingData.class));
        assertEquals(ONBOARDING_ID, HOST.readValue("\"" + ONBOARDING_ID + "\"", MeetingId.class));
    }

    @Test
    void a_wrong_onboarding_meeting_fails_naming_what_is_wrong() {
        String json = HOST.writeValueAsString(new OnboardingMeeting(ONBOARDING_ID, SABADELL_ID, LocalDate.of(2025, 5, 6),
                MeetingFormat.VIRTUAL, List.of(NURIA_ID), ""));

        assertFailsNaming(json.replace("\"attendees\":[", "\"attendees\":[7,"), MeetingData.class,
                "attendees[0]: expected string");
        assertFailsNaming(json.replace("\"attendees\":[", "\"attendees\":[null,"), OnboardingMeeting.class,
                "holds people's ids, not null");
        assertFailsNaming(json.replace("VIRTUAL", "ONLINE"), OnboardingMeeting.class,
                "format: unknown value 'ONLINE'; expected one of VIRTUAL, IN_PERSON, HYBRID");
        assertFailsNaming(json.replaceAll(",\"attendees\":\\[[^]]*]", ""), OnboardingMeeting.class,
                "An onboarding meeting needs 'attendees'");
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
