package cat.xarxa.json;

import static cat.xarxa.json.Networks.apply;
import static cat.xarxa.json.Networks.export;
import static cat.xarxa.json.Networks.importInto;
import static cat.xarxa.json.Networks.register;
import static cat.xarxa.json.Networks.unversioned;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.ImportReport;
import cat.xarxa.Xarxa;
import cat.xarxa.care.Channel;
import cat.xarxa.care.Contact;
import cat.xarxa.care.ContactData;
import cat.xarxa.care.ContactTopic;
import cat.xarxa.care.FollowUp;
import cat.xarxa.care.FollowUpNeed;
import cat.xarxa.care.LogContact;
import cat.xarxa.care.MeetingData;
import cat.xarxa.care.Need;
import cat.xarxa.care.NeedCategories;
import cat.xarxa.care.NeedData;
import cat.xarxa.care.NeedFound;
import cat.xarxa.care.NeedId;
import cat.xarxa.care.NeedStatus;
import cat.xarxa.care.OnboardingMeeting;
import cat.xarxa.care.RaiseNeed;
import cat.xarxa.care.RecordOnboardingMeeting;
import cat.xarxa.common.MeetingFormat;
import cat.xarxa.json.Networks.Holdings;
import cat.xarxa.member.AdmitMember;
import cat.xarxa.member.AppointPerson;
import cat.xarxa.member.EndMandate;
import cat.xarxa.member.HandOver;
import cat.xarxa.member.Mandate;
import cat.xarxa.member.Member;
import cat.xarxa.member.MemberData;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.MemberStatus;
import cat.xarxa.member.PersonData;
import cat.xarxa.member.PersonId;
import cat.xarxa.member.Population;
import cat.xarxa.member.RecordPopulation;
import cat.xarxa.member.ReferToAssembly;
import cat.xarxa.member.Role;
import cat.xarxa.member.WithdrawMember;
import cat.xarxa.partner.Partner;
import cat.xarxa.partner.PartnerData;
import cat.xarxa.partner.PartnerKind;
import cat.xarxa.partner.RegisterPartner;
import cat.xarxa.spi.ImportException;
import cat.xarxa.spi.ImportSink;
import cat.xarxa.spi.RecordLocation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonExportImportTest {

    /**
     * Sabadell admitted, with the population of two years, its technical contact handed over from
     * Núria to Jordi and Mercè taking part; Manlleu referred to an assembly; Premià de Dalt
     * admitted, with Mercè as its representative until it withdrew with a reason that has quotes
     * and a line break, and applying again, with a figure whose source has quotes and a line
     * break; Girona withdrawn while it had only applied. Jordi's name has quotes and a line break,
     * and he gave no email nor phone. Two partners, Coop57 with Núria to contact and the XES
     * without a website nor anyone to contact; Sabadell's onboarding meeting with Núria and Mercè,
     * where two needs were found, one expected by a date; Manlleu's need for advice, taken up and
     * addressed, with notes that have quotes and line breaks; a call with Jordi about Sabadell's
     * fee, and an email to Premià de Dalt with nobody in particular.
     */
    private static Xarxa aNetworkOfFour() {
        Xarxa xarxa = Networks.inMemory();
        PersonId nuria = register(xarxa, "Núria Puig i Ferrer", "npuig@sabadell.cat", "+34 937 453 100",
                "cooperatives", "Contractació pública responsable");
        PersonId jordi = register(xarxa, "Jordi \"el Xic\" Solà\nd'Ossó", null, null);
        PersonId merce = register(xarxa, "Mercè Sol·là", "msola@premiadedalt.cat", null, "care-economy");
        MemberId sabadell = apply(xarxa, "081878", LocalDate.of(2025, 3, 2));
        xarxa.members().admit(new AdmitMember(sabadell, LocalDate.of(2025, 4, 20), "AG 2025-04")).orElseThrow();
        xarxa.members().recordPopulation(new RecordPopulation(sabadell, 2025, 221_455, "INE, padró 1/1/2025")).orElseThrow();
        xarxa.members().recordPopulation(new RecordPopulation(sabadell, 2024, 219_163, "INE, padró 1/1/2024")).orElseThrow();
        xarxa.members().appoint(new AppointPerson(sabadell, nuria, Role.TECHNICAL_CONTACT, LocalDate.of(2025, 5, 1)))
                .orElseThrow();
        xarxa.members().appoint(new AppointPerson(sabadell, merce, Role.OTHER, LocalDate.of(2025, 6, 1))).orElseThrow();
        xarxa.members().handOver(new HandOver(sabadell, Role.TECHNICAL_CONTACT, jordi, LocalDate.of(2025, 9, 1)))
                .orElseThrow();
        MemberId manlleu = apply(xarxa, "081120", LocalDate.of(2025, 3, 9));
        xarxa.members().referToAssembly(new ReferToAssembly(manlleu, LocalDate.of(2025, 3, 20), "AG 2025-04")).orElseThrow();
        MemberId premia = apply(xarxa, "082303", LocalDate.of(2025, 1, 15));
        xarxa.members().admit(new AdmitMember(premia, LocalDate.of(2025, 4, 20), "AG 2025-04")).orElseThrow();
        xarxa.members().appoint(new AppointPerson(premia, merce, Role.POLITICAL_REPRESENTATIVE, LocalDate.of(2025, 4, 20)))
                .orElseThrow();
        xarxa.members().withdraw(new WithdrawMember(premia, LocalDate.of(2025, 12, 31),
                "Acord del Ple: \"baixa\"\nper manca de pressupost")).orElseThrow();
        xarxa.members().endMandate(new EndMandate(premia, merce, Role.POLITICAL_REPRESENTATIVE, LocalDate.of(2025, 12, 31)))
                .orElseThrow();
        apply(xarxa, "082303", LocalDate.of(2026, 2, 1));
        xarxa.members().recordPopulation(new RecordPopulation(premia, 2025, 10_989,
                "Padró municipal \"revisat\"\nCol·legi de Secretaris")).orElseThrow();
        MemberId girona = apply(xarxa, "170792", LocalDate.of(2025, 2, 1));
        xarxa.members().withdraw(new WithdrawMember(girona, LocalDate.of(2025, 2, 3), "Sol·licitud retirada")).orElseThrow();
        xarxa.partners().register(new RegisterPartner("Coop57, cooperativa de serveis financers ètics i solidaris",
                PartnerKind.COOPERATIVE, "https://coop57.coop", nuria)).orElseThrow();
        xarxa.partners().register(new RegisterPartner("Xarxa d'Economia Solidària", PartnerKind.NETWORK, null, null))
                .orElseThrow();
        xarxa.care().recordOnboarding(new RecordOnboardingMeeting(sabadell, LocalDate.of(2025, 5, 6), MeetingFormat.HYBRID,
                List.of(nuria, merce), "Reunió d'acollida:\n«prioritat» la contractació",
                List.of(new NeedFound(NeedCategories.HIRING_AND_PROCUREMENT, "Plec de neteja amb clàusules socials",
                                LocalDate.of(2025, 9, 1)),
                        new NeedFound("training", "Formació en economia social per al personal tècnic", null))))
                .orElseThrow();
        NeedId advice = xarxa.care().raiseNeed(new RaiseNeed(manlleu, "advisory",
                "Assessorament \"urgent\" sobre\nel Pla d'economia social", LocalDate.of(2025, 4, 1), null)).orElseThrow();
        xarxa.care().followUp(new FollowUpNeed(advice, LocalDate.of(2025, 4, 15), NeedStatus.IN_PROGRESS,
                "Trucada amb la tècnica")).orElseThrow();
        xarxa.care().followUp(new FollowUpNeed(advice, LocalDate.of(2025, 5, 2), NeedStatus.ADDRESSED,
                "Informe lliurat\nal Ple")).orElseThrow();
        xarxa.care().logContact(new LogContact(sabadell, LocalDate.of(2025, 5, 12), Channel.PHONE, ContactTopic.FEE_PAYMENT,
                "Quota 2025 pagada", jordi)).orElseThrow();
        xarxa.care().logContact(new LogContact(premia, LocalDate.of(2025, 6, 1), Channel.EMAIL,
                ContactTopic.HOW_THE_NETWORK_WORKS, null, null)).orElseThrow();
        return xarxa;
    }

    /** Ids 00000000-0000-0000-0000-000000000001, …2, … in the order people are registered and members apply. */
    private static Xarxa aNetworkWithCountedIds() {
        AtomicLong counter = new AtomicLong();
        return Xarxa.builder().setting(Xarxa.STORAGE, "memory").ids(() -> new UUID(0, counter.incrementAndGet())).build();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void an_export_imported_into_another_network_exports_the_same_bytes(String format) {
        try (Xarxa original = aNetworkOfFour(); Xarxa copy = Networks.inMemory()) {
            String first = export(original, format);

            ImportReport report = importInto(copy, format, first);

            assertEquals(new ImportReport(format, 4, 3, 2, 3, 2, 1), report);
            assertEquals(first, export(copy, format));
            assertEquals(Holdings.of(original), Holdings.of(copy));
            assertTrue(copy.members().list().stream().anyMatch(member -> member.population().size() == 2),
                    "the population figures came across");
            assertTrue(copy.members().list().stream().anyMatch(member -> member.mandates().size() == 3),
                    "the mandates came across");
        }
    }

    @Test
    void the_json_document_holds_people_then_members_one_record_per_line() {
        try (Xarxa xarxa = aNetworkWithCountedIds()) {
            PersonId nuria = register(xarxa, "Núria Puig i Ferrer", "npuig@sabadell.cat", "+34 937 453 100",
                    "social-economy-policy", "cooperatives");
            PersonId jordi = register(xarxa, "Jordi Solà", null, null);
            MemberId sabadell = apply(xarxa, "081878", LocalDate.of(2025, 3, 2));
            xarxa.members().admit(new AdmitMember(sabadell, LocalDate.of(2025, 4, 20), "AG 2025-04")).orElseThrow();
            xarxa.members().recordPopulation(new RecordPopulation(sabadell, 2025, 221_455, "INE, padró 1/1/2025")).orElseThrow();
            xarxa.members().appoint(new AppointPerson(sabadell, nuria, Role.TECHNICAL_CONTACT, LocalDate.of(2025, 5, 1)))
                    .orElseThrow();
            xarxa.members().handOver(new HandOver(sabadell, Role.TECHNICAL_CONTACT, jordi, LocalDate.of(2025, 9, 1)))
                    .orElseThrow();
            apply(xarxa, "081120", LocalDate.of(2025, 3, 9));

            assertEquals("""
                    {"format":"xarxa","schemaVersion":2,"people":[
                    {"id":"00000000-0000-0000-0000-000000000001","name":"Núria Puig i Ferrer","email":"npuig@sabadell.cat",\
                    "phone":"+34 937 453 100","expertise":["cooperatives","social-economy-policy"]},
                    {"id":"00000000-0000-0000-0000-000000000002","name":"Jordi Solà","email":"","phone":"","expertise":[]}],\
                    "members":[
                    {"id":"00000000-0000-0000-0000-000000000003","kind":"MUNICIPALITY","officialCode":"081878","name":"Sabadell",\
                    "history":[{"status":"APPLIED","since":"2025-03-02","reference":""},\
                    {"status":"MEMBER","since":"2025-04-20","reference":"AG 2025-04"}],\
                    "population":[{"year":2025,"inhabitants":221455,"source":"INE, padró 1/1/2025"}],\
                    "mandates":[{"person":"00000000-0000-0000-0000-000000000001","role":"TECHNICAL_CONTACT",\
                    "from":"2025-05-01","to":"2025-09-01"},\
                    {"person":"00000000-0000-0000-0000-000000000002","role":"TECHNICAL_CONTACT","from":"2025-09-01","to":null}]},
                    {"id":"00000000-0000-0000-0000-000000000004","kind":"MUNICIPALITY","officialCode":"081120","name":"Manlleu",\
                    "history":[{"status":"APPLIED","since":"2025-03-09","reference":""}],"population":[],"mandates":[]}],\
                    "partners":[],"needs":[],"contacts":[],"meetings":[],"feePolicies":[],"feeAssessments":[],"feePayments":[],\
                    "hourBanks":[],"ledgerEntries":[],"advisories":[],"advisoryProducts":[],"mentorProfiles":[],"mentorships":[],"workingGroups":[],"groupBudgets":[],"budgetEntries":[],\
                    "bodySeats":[],"events":[],"decisions":[],"practiceCalls":[],"practiceSubmissions":[],"trainings":[],"workPlans":[]}
                    """, export(xarxa, "json"));
        }
    }

    /**
     * A partner with the person to contact, an onboarding meeting and the need found in it, a need
     * followed up twice and a contact, each kind in its array after the members, in id order.
     */
    private static Xarxa aNetworkWithCareAndCountedIds() {
        Xarxa xarxa = aNetworkWithCountedIds();
        PersonId nuria = register(xarxa, "Núria Puig i Ferrer", "npuig@sabadell.cat", null, "cooperatives");
        MemberId sabadell = apply(xarxa, "081878", LocalDate.of(2025, 3, 2));
        xarxa.partners().register(new RegisterPartner("Coop57", PartnerKind.COOPERATIVE, "https://coop57.coop", nuria))
                .orElseThrow();
        xarxa.care().recordOnboarding(new RecordOnboardingMeeting(sabadell, LocalDate.of(2025, 5, 6), MeetingFormat.HYBRID,
                List.of(nuria), "Reunió d'acollida", List.of(new NeedFound(NeedCategories.HIRING_AND_PROCUREMENT,
                        "Plec de neteja amb clàusules socials", LocalDate.of(2025, 9, 1))))).orElseThrow();
        NeedId training = xarxa.care().raiseNeed(new RaiseNeed(sabadell, "training", "Formació en compra pública",
                LocalDate.of(2025, 5, 20), null)).orElseThrow();
        xarxa.care().followUp(new FollowUpNeed(training, LocalDate.of(2025, 6, 2), NeedStatus.IN_PROGRESS,
                "Curs «Clàusules socials»\nal setembre")).orElseThrow();
        xarxa.care().followUp(new FollowUpNeed(training, LocalDate.of(2025, 9, 30), NeedStatus.ADDRESSED, null))
                .orElseThrow();
        xarxa.care().logContact(new LogContact(sabadell, LocalDate.of(2025, 5, 12), Channel.PHONE, ContactTopic.FEE_PAYMENT,
                "Quota pagada", nuria)).orElseThrow();
        return xarxa;
    }

    @Test
    void the_json_document_holds_partners_needs_contacts_and_meetings_after_the_members() {
        try (Xarxa xarxa = aNetworkWithCareAndCountedIds()) {
            assertEquals("""
                    {"format":"xarxa","schemaVersion":2,"people":[
                    {"id":"00000000-0000-0000-0000-000000000001","name":"Núria Puig i Ferrer","email":"npuig@sabadell.cat",\
                    "phone":"","expertise":["cooperatives"]}],"members":[
                    {"id":"00000000-0000-0000-0000-000000000002","kind":"MUNICIPALITY","officialCode":"081878","name":"Sabadell",\
                    "history":[{"status":"APPLIED","since":"2025-03-02","reference":""}],"population":[],"mandates":[]}],\
                    "partners":[
                    {"id":"00000000-0000-0000-0000-000000000003","name":"Coop57","kind":"COOPERATIVE",\
                    "website":"https://coop57.coop","contactPerson":"00000000-0000-0000-0000-000000000001"}],"needs":[
                    {"id":"00000000-0000-0000-0000-000000000005","member":"00000000-0000-0000-0000-000000000002",\
                    "category":"hiring-and-procurement","description":"Plec de neteja amb clàusules socials",\
                    "raisedOn":"2025-05-06","expectedOn":"2025-09-01","followUps":[]},
                    {"id":"00000000-0000-0000-0000-000000000006","member":"00000000-0000-0000-0000-000000000002",\
                    "category":"training","description":"Formació en compra pública","raisedOn":"2025-05-20","expectedOn":null,\
                    "followUps":[{"on":"2025-06-02","status":"IN_PROGRESS","note":"Curs «Clàusules socials»\\nal setembre"},\
                    {"on":"2025-09-30","status":"ADDRESSED","note":""}]}],"contacts":[
                    {"id":"00000000-0000-0000-0000-000000000007","member":"00000000-0000-0000-0000-000000000002","on":"2025-05-12",\
                    "channel":"PHONE","topic":"FEE_PAYMENT","note":"Quota pagada","person":"00000000-0000-0000-0000-000000000001"}],\
                    "meetings":[
                    {"id":"00000000-0000-0000-0000-000000000004","member":"00000000-0000-0000-0000-000000000002","on":"2025-05-06",\
                    "format":"HYBRID","attendees":["00000000-0000-0000-0000-000000000001"],"notes":"Reunió d'acollida"}],\
                    "feePolicies":[],"feeAssessments":[],"feePayments":[],"hourBanks":[],"ledgerEntries":[],"advisories":[],\
                    "advisoryProducts":[],"mentorProfiles":[],"mentorships":[],"workingGroups":[],"groupBudgets":[],"budgetEntries":[],\
                    "bodySeats":[],"events":[],"decisions":[],"practiceCalls":[],"practiceSubmissions":[],"trainings":[],"workPlans":[]}
                    """, export(xarxa, "json"));
        }
    }

    @Test
    void the_json_lines_file_has_a_line_per_partner_need_contact_and_meeting_after_the_members() {
        try (Xarxa xarxa = aNetworkWithCareAndCountedIds()) {
            assertEquals("""
                    {"type":"header","format":"xarxa","schemaVersion":2}
                    {"type":"person","id":"00000000-0000-0000-0000-000000000001","name":"Núria Puig i Ferrer",\
                    "email":"npuig@sabadell.cat","phone":"","expertise":["cooperatives"]}
                    {"type":"member","id":"00000000-0000-0000-0000-000000000002","kind":"MUNICIPALITY","officialCode":"081878",\
                    "name":"Sabadell","history":[{"status":"APPLIED","since":"2025-03-02","reference":""}],"population":[],\
                    "mandates":[]}
                    {"type":"partner","id":"00000000-0000-0000-0000-000000000003","name":"Coop57","kind":"COOPERATIVE",\
                    "website":"https://coop57.coop","contactPerson":"00000000-0000-0000-0000-000000000001"}
                    {"type":"need","id":"00000000-0000-0000-0000-000000000005","member":"00000000-0000-0000-0000-000000000002",\
                    "category":"hiring-and-procurement","description":"Plec de neteja amb clàusules socials",\
                    "raisedOn":"2025-05-06","expectedOn":"2025-09-01","followUps":[]}
                    {"type":"need","id":"00000000-0000-0000-0000-000000000006","member":"00000000-0000-0000-0000-000000000002",\
                    "category":"training","description":"Formació en compra pública","raisedOn":"2025-05-20","expectedOn":null,\
                    "followUps":[{"on":"2025-06-02","status":"IN_PROGRESS","note":"Curs «Clàusules socials»\\nal setembre"},\
                    {"on":"2025-09-30","status":"ADDRESSED","note":""}]}
                    {"type":"contact","id":"00000000-0000-0000-0000-000000000007","member":"00000000-0000-0000-0000-000000000002",\
                    "on":"2025-05-12","channel":"PHONE","topic":"FEE_PAYMENT","note":"Quota pagada",\
                    "person":"00000000-0000-0000-0000-000000000001"}
                    {"type":"meeting","id":"00000000-0000-0000-0000-000000000004","member":"00000000-0000-0000-0000-000000000002",\
                    "on":"2025-05-06","format":"HYBRID","attendees":["00000000-0000-0000-0000-000000000001"],\
                    "notes":"Reunió d'acollida"}
                    """, export(xarxa, "jsonl"));
        }
    }

    /** Without people, the layout is the one files had before people existed: member n on line n + 1. */
    @Test
    void a_json_document_without_people_keeps_the_empty_list_on_the_first_line() {
        try (Xarxa xarxa = aNetworkWithCountedIds()) {
            apply(xarxa, "081120", LocalDate.of(2025, 3, 9));

            assertEquals("""
                    {"format":"xarxa","schemaVersion":2,"people":[],"members":[
                    {"id":"00000000-0000-0000-0000-000000000001","kind":"MUNICIPALITY","officialCode":"081120","name":"Manlleu",\
                    "history":[{"status":"APPLIED","since":"2025-03-09","reference":""}],"population":[],"mandates":[]}],\
                    "partners":[],"needs":[],"contacts":[],"meetings":[],"feePolicies":[],"feeAssessments":[],"feePayments":[],\
                    "hourBanks":[],"ledgerEntries":[],"advisories":[],"advisoryProducts":[],"mentorProfiles":[],"mentorships":[],"workingGroups":[],"groupBudgets":[],"budgetEntries":[],\
                    "bodySeats":[],"events":[],"decisions":[],"practiceCalls":[],"practiceSubmissions":[],"trainings":[],"workPlans":[]}
                    """, export(xarxa, "json"));
        }
    }

    @Test
    void the_json_lines_file_has_a_header_then_one_person_or_member_per_line() {
        try (Xarxa xarxa = aNetworkWithCountedIds()) {
            PersonId merce = register(xarxa, "Mercè Sol·là", "msola@manlleu.cat", null, "care-economy");
            MemberId manlleu = apply(xarxa, "081120", LocalDate.of(2025, 3, 9));
            xarxa.members().recordPopulation(new RecordPopulation(manlleu, 2025, 21_434, "Idescat, padró 1/1/2025"))
                    .orElseThrow();
            xarxa.members().recordPopulation(new RecordPopulation(manlleu, 2024, 21_178, "Idescat, padró 1/1/2024"))
                    .orElseThrow();
            xarxa.members().appoint(new AppointPerson(manlleu, merce, Role.POLITICAL_REPRESENTATIVE, LocalDate.of(2023, 6, 17)))
                    .orElseThrow();
            apply(xarxa, "081017", LocalDate.of(2025, 4, 1));

            assertEquals("""
                    {"type":"header","format":"xarxa","schemaVersion":2}
                    {"type":"person","id":"00000000-0000-0000-0000-000000000001","name":"Mercè Sol·là",\
                    "email":"msola@manlleu.cat","phone":"","expertise":["care-economy"]}
                    {"type":"member","id":"00000000-0000-0000-0000-000000000002","kind":"MUNICIPALITY","officialCode":"081120",\
                    "name":"Manlleu","history":[{"status":"APPLIED","since":"2025-03-09","reference":""}],\
                    "population":[{"year":2024,"inhabitants":21178,"source":"Idescat, padró 1/1/2024"},\
                    {"year":2025,"inhabitants":21434,"source":"Idescat, padró 1/1/2025"}],\
                    "mandates":[{"person":"00000000-0000-0000-0000-000000000001","role":"POLITICAL_REPRESENTATIVE",\
                    "from":"2023-06-17","to":null}]}
                    {"type":"member","id":"00000000-0000-0000-0000-000000000003","kind":"MUNICIPALITY","officialCode":"081017",\
                    "name":"Hospitalet de Llobregat, L'","history":[{"status":"APPLIED","since":"2025-04-01","reference":""}],\
                    "population":[],"mandates":[]}
                    """, export(xarxa, "jsonl"));
        }
    }

    @Test
    void names_keep_their_accents_quotes_and_line_breaks_as_utf8() {
        try (Xarxa xarxa = aNetworkOfFour()) {
            String json = export(xarxa, "json");

            assertTrue(json.contains("\"name\":\"Premià de Dalt\""), json);
            assertTrue(json.contains("\"reference\":\"Acord del Ple: \\\"baixa\\\"\\nper manca de pressupost\""), json);
            assertTrue(json.contains("\"source\":\"Padró municipal \\\"revisat\\\"\\nCol·legi de Secretaris\""), json);
            assertTrue(json.contains("\"name\":\"Jordi \\\"el Xic\\\" Solà\\nd'Ossó\""), json);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void an_empty_network_exports_a_file_that_imports_as_empty(String format) {
        try (Xarxa empty = Networks.inMemory(); Xarxa copy = Networks.inMemory()) {
            String exported = export(empty, format);

            assertEquals(new ImportReport(format, 0), importInto(copy, format, exported));
            assertEquals(exported, export(copy, format));
        }
    }

    @Test
    void a_property_this_version_does_not_know_is_refused_in_a_json_document_with_its_path() {
        String withAnUnknownProperty = """
                {"format":"xarxa","schemaVersion":2,"members":[
                {"id":"0a6f3c1e-2b4d-4e8f-9a1b-3c5d7e9f1a2b","kind":"MUNICIPALITY","officialCode":"081878","name":"Sabadell",\
                "history":[{"status":"MEMBER","since":"2024-01-01","reference":"Assemblea constituent","minutes":42}]}
                ]}
                """;
        try (Xarxa xarxa = Networks.inMemory()) {
            ImportException refusal = assertThrows(ImportException.class,
                    () -> importInto(xarxa, "json", withAnUnknownProperty));

            assertEquals("history[0].minutes", refusal.field());
            assertTrue(refusal.getMessage().contains("unknown property $.members[0].history[0].minutes"),
                    refusal.getMessage());
            assertEquals(List.of(), xarxa.members().list());
        }
    }

    @Test
    void a_property_the_document_does_not_know_is_refused() {
        try (Xarxa xarxa = Networks.inMemory()) {
            ImportException refusal = assertThrows(ImportException.class, () -> importInto(xarxa, "json",
                    "{\"format\":\"xarxa\",\"schemaVersion\":2,\"exportedBy\":\"Xarxa 2.0\",\"members\":[]}"));

            assertTrue(refusal.getMessage().contains("unknown property $.exportedBy"), refusal.getMessage());
        }
    }

    @Test
    void a_property_this_version_does_not_know_is_refused_in_json_lines_and_blank_lines_are_skipped() {
        String withAnUnknownProperty = """
                {"type":"header","format":"xarxa","schemaVersion":2}

                {"type":"member","id":"0a6f3c1e-2b4d-4e8f-9a1b-3c5d7e9f1a2b","kind":"MUNICIPALITY","officialCode":"081878",\
                "name":"Sabadell","comarca":"Vallès Occidental","history":[{"status":"PENDING","since":"2024-01-01","reference":""}]}
                """;
        try (Xarxa xarxa = Networks.inMemory()) {
            ImportException refusal = assertThrows(ImportException.class,
                    () -> importInto(xarxa, "jsonl", withAnUnknownProperty));

            assertEquals(new RecordLocation(1, 3), refusal.location());
            assertEquals("comarca", refusal.field());
            assertTrue(refusal.getMessage().contains("unknown property $.comarca"), refusal.getMessage());
            assertEquals(1, importInto(xarxa, "jsonl", withAnUnknownProperty.replace("\"comarca\":\"Vallès Occidental\",", ""))
                    .members(), "without it, the blank line skipped");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_file_of_schema_version_1_still_imports(String format) {
        try (Xarxa xarxa = Networks.inMemory()) {
            String current = HundredCouncils.valid().as(format);
            String version1 = current.replaceFirst("\"schemaVersion\":2", "\"version\":1");
            assertNotEquals(current, version1);

            assertEquals(100, importInto(xarxa, format, version1).members());
            assertTrue(export(xarxa, format).startsWith(current.substring(0, current.indexOf("\"schemaVersion\":2") + 17)),
                    "exported again at the current version");
        }
    }

    @Test
    void a_hand_made_file_needs_no_envelope_nor_header() {
        String member = "{\"id\":\"0a6f3c1e-2b4d-4e8f-9a1b-3c5d7e9f1a2b\",\"kind\":\"MUNICIPALITY\",\"officialCode\":\"081878\","
                + "\"name\":\"Sabadell\",\"history\":[{\"status\":\"PENDING\",\"since\":\"2024-01-01\"}]}";
        try (Xarxa fromJson = Networks.inMemory(); Xarxa fromLines = Networks.inMemory()) {
            assertEquals(1, importInto(fromJson, "json", "{\"members\":[" + member + "]}").members());
            assertEquals(1, importInto(fromLines, "jsonl", "{\"type\":\"member\"," + member.substring(1)).members());

            List<Member> imported = fromJson.members().list();
            assertEquals("", imported.get(0).history().get(0).reference(), "a missing reference is an empty one");
            assertEquals(unversioned(imported), unversioned(fromLines.members().list()));
        }
    }

    /** Files written before population figures, people and mandates existed still import, with none. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_file_written_before_population_figures_and_people_existed_imports_with_none(String format) {
        String sabadell = "\"id\":\"0a6f3c1e-2b4d-4e8f-9a1b-3c5d7e9f1a2b\",\"kind\":\"MUNICIPALITY\",\"officialCode\":\"081878\","
                + "\"name\":\"Sabadell\",\"history\":[{\"status\":\"PENDING\",\"since\":\"2024-01-01\",\"reference\":\"\"},"
                + "{\"status\":\"MEMBER\",\"since\":\"2024-04-20\",\"reference\":\"AG 2024-04\"}]";
        String beforePopulation = format.equals("json")
                ? "{\"format\":\"xarxa\",\"schemaVersion\":2,\"members\":[\n{" + sabadell + "}\n]}\n"
                : "{\"type\":\"header\",\"format\":\"xarxa\",\"schemaVersion\":2}\n{\"type\":\"member\"," + sabadell + "}\n";
        try (Xarxa xarxa = Networks.inMemory()) {
            assertEquals(new ImportReport(format, 1), importInto(xarxa, format, beforePopulation));

            Member imported = xarxa.members().list().get(0);
            assertEquals(List.of(), imported.population());
            assertEquals(List.of(), imported.mandates());
            assertEquals(List.of(), xarxa.people().list());
            assertEquals(MemberStatus.MEMBER, imported.status());
            assertTrue(export(xarxa, format).contains("\"history\":[" + sabadell.substring(sabadell.indexOf("{\"status"))
                    + ",\"population\":[],\"mandates\":[]}"), "written back with an empty population and no mandates");
        }
    }

    /** A null population, mandates, people, partners, needs, contacts or meetings is none. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_null_list_of_figures_mandates_or_records_means_none(String format) {
        String member = "\"id\":\"0a6f3c1e-2b4d-4e8f-9a1b-3c5d7e9f1a2b\",\"kind\":\"MUNICIPALITY\",\"officialCode\":\"081878\","
                + "\"name\":\"Sabadell\",\"history\":[{\"status\":\"APPLIED\",\"since\":\"2024-01-01\"}],"
                + "\"population\":null,\"mandates\":null";
        String text = format.equals("json")
                ? "{\"people\":null,\"members\":[{" + member + "}],\"partners\":null,\"needs\":null,\"contacts\":null,"
                        + "\"meetings\":null}"
                : "{\"type\":\"member\"," + member + "}";
        try (Xarxa xarxa = Networks.inMemory()) {
            assertEquals(new ImportReport(format, 1, 0), importInto(xarxa, format, text));

            assertEquals(List.of(), xarxa.members().list().get(0).population());
            assertEquals(List.of(), xarxa.members().list().get(0).mandates());
        }
    }

    /**
     * A hand-made file may leave out a partner's website and contact person, a need's expected
     * date and a follow-up's note, a contact's note and person, and a meeting's notes: each is none.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_hand_made_file_may_leave_out_what_is_optional(String format) {
        String sabadell = "0a6f3c1e-2b4d-4e8f-9a1b-3c5d7e9f1a2b";
        String member = "\"id\":\"" + sabadell + "\",\"kind\":\"MUNICIPALITY\",\"officialCode\":\"081878\","
                + "\"name\":\"Sabadell\",\"history\":[{\"status\":\"APPLIED\",\"since\":\"2024-01-01\"}]";
        String partner = "\"id\":\"3b9a0000-0000-4000-8000-000000000001\",\"name\":\"Coop57\",\"kind\":\"COOPERATIVE\"";
        String need = "\"id\":\"c4d20000-0000-4000-8000-000000000001\",\"member\":\"" + sabadell + "\","
                + "\"category\":\"training\",\"description\":\"Formació\",\"raisedOn\":\"2024-02-01\","
                + "\"followUps\":[{\"on\":\"2024-03-01\",\"status\":\"DROPPED\"}]";
        String contact = "\"id\":\"e1f00000-0000-4000-8000-000000000001\",\"member\":\"" + sabadell + "\","
                + "\"on\":\"2024-02-02\",\"channel\":\"VIDEO_CALL\",\"topic\":\"OTHER\"";
        String meeting = "\"id\":\"f7a30000-0000-4000-8000-000000000001\",\"member\":\"" + sabadell + "\","
                + "\"on\":\"2024-01-15\",\"format\":\"VIRTUAL\",\"attendees\":[]";
        String text = format.equals("json")
                ? "{\"members\":[{" + member + "}],\"partners\":[{" + partner + "}],\"needs\":[{" + need + "}],"
                        + "\"contacts\":[{" + contact + "}],\"meetings\":[{" + meeting + "}]}"
                : "{\"type\":\"member\"," + member + "}\n{\"type\":\"partner\"," + partner + "}\n{\"type\":\"need\"," + need
                        + "}\n{\"type\":\"contact\"," + contact + "}\n{\"type\":\"meeting\"," + meeting + "}\n";
        try (Xarxa xarxa = Networks.inMemory()) {
            assertEquals(new ImportReport(format, 1, 0, 1, 1, 1, 1), importInto(xarxa, format, text));

            MemberId member0 = MemberId.parse(sabadell);
            Partner coop57 = xarxa.partners().list().get(0);
            Need training = xarxa.care().needsOf(member0).get(0);
            Contact call = xarxa.care().contactsOf(member0).get(0);
            OnboardingMeeting onboarding = xarxa.care().onboardingsOf(member0).get(0);
            assertAll(
                    () -> assertEquals("", coop57.website()),
                    () -> assertNull(coop57.contactPerson()),
                    () -> assertNull(training.expectedOn()),
                    () -> assertEquals(List.of(new FollowUp(LocalDate.of(2024, 3, 1), NeedStatus.DROPPED, "")),
                            training.followUps()),
                    () -> assertEquals("", call.note()),
                    () -> assertNull(call.person()),
                    () -> assertEquals("", onboarding.notes()),
                    () -> assertEquals(List.of(), onboarding.attendees()));
        }
    }

    /** An open mandate is exported with {@code "to":null}; a hand-made file may leave {@code to} out. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void an_open_mandate_may_give_to_as_null_or_leave_it_out(String format) {
        String person = "\"id\":\"7d1c0000-0000-4000-8000-000000000001\",\"name\":\"Núria Puig\",\"expertise\":[]";
        String member = "\"id\":\"0a6f3c1e-2b4d-4e8f-9a1b-3c5d7e9f1a2b\",\"kind\":\"MUNICIPALITY\",\"officialCode\":\"081878\","
                + "\"name\":\"Sabadell\",\"history\":[{\"status\":\"APPLIED\",\"since\":\"2024-01-01\"}],"
                + "\"mandates\":[{\"person\":\"7d1c0000-0000-4000-8000-000000000001\",\"role\":\"TECHNICAL_CONTACT\","
                + "\"from\":\"2019-09-01\"},"
                + "{\"to\":null,\"from\":\"2024-02-01\",\"role\":\"OTHER\",\"person\":\"7d1c0000-0000-4000-8000-000000000001\"}]";
        String text = format.equals("json") ? "{\"people\":[{" + person + "}],\"members\":[{" + member + "}]}"
                : "{\"type\":\"person\"," + person + "}\n{\"type\":\"member\"," + member + "}";
        try (Xarxa xarxa = Networks.inMemory()) {
            assertEquals(new ImportReport(format, 1, 1), importInto(xarxa, format, text));

            PersonId nuria = PersonId.parse("7d1c0000-0000-4000-8000-000000000001");
            assertEquals(List.of(new Mandate(nuria, Role.TECHNICAL_CONTACT, LocalDate.of(2019, 9, 1), null),
                            new Mandate(nuria, Role.OTHER, LocalDate.of(2024, 2, 1), null)),
                    xarxa.members().list().get(0).mandates());
            assertEquals("Núria Puig", xarxa.people().list().get(0).name());
            assertEquals("", xarxa.people().list().get(0).email(), "a missing email is none");
            assertTrue(export(xarxa, format).contains("\"from\":\"2019-09-01\",\"to\":null}"), "written back with to null");
        }
    }

    /** The people come first and are counted with the members, and every record is on the line after its number. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void in_an_exported_file_record_n_is_on_line_n_plus_1(String format) throws IOException {
        List<String> handedOn = new ArrayList<>();
        ImportSink recordingSink = new ImportSink() {
            @Override
            public void member(RecordLocation where, MemberData data) {
                handedOn.add("member " + data.name() + " at " + where);
            }

            @Override
            public void person(RecordLocation where, PersonData data) {
                handedOn.add("person " + data.name() + " at " + where);
            }

            @Override
            public void partner(RecordLocation where, PartnerData data) {
                handedOn.add("partner " + data.name() + " at " + where);
            }

            @Override
            public void need(RecordLocation where, NeedData data) {
                handedOn.add("need " + data.category() + " at " + where);
            }

            @Override
            public void contact(RecordLocation where, ContactData data) {
                handedOn.add("contact " + data.channel() + " at " + where);
            }

            @Override
            public void meeting(RecordLocation where, MeetingData data) {
                handedOn.add("meeting " + data.format() + " at " + where);
            }
        };
        try (Xarxa xarxa = aNetworkOfFour()) {
            byte[] exported = export(xarxa, format).getBytes(StandardCharsets.UTF_8);

            Networks.importFormat(format).read(new ByteArrayInputStream(exported), recordingSink);
        }

        List<String> kinds = List.of("person", "person", "person", "member", "member", "member", "member", "partner",
                "partner", "need", "need", "need", "contact", "contact", "meeting");
        assertEquals(kinds.size(), handedOn.size(), handedOn.toString());
        for (int n = 1; n <= kinds.size(); n++) {
            String record = handedOn.get(n - 1);
            assertTrue(record.startsWith(kinds.get(n - 1) + " "), record);
            assertTrue(record.endsWith(" at record " + n + " (line " + (n + 1) + ")"), record);
        }
    }

    /** What importFrom reports: the format, and how many records of each kind it brought in. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void the_import_report_counts_every_kind_of_record(String format) {
        try (Xarxa original = aNetworkOfFour(); Xarxa copy = Networks.inMemory()) {
            ImportReport report = copy.importFrom(format, new ByteArrayInputStream(
                    export(original, format).getBytes(StandardCharsets.UTF_8)));

            Holdings imported = Holdings.of(copy);
            assertAll(
                    () -> assertEquals(format, report.format()),
                    () -> assertEquals(4, report.members()),
                    () -> assertEquals(3, report.people()),
                    () -> assertEquals(2, report.partners()),
                    () -> assertEquals(3, report.needs()),
                    () -> assertEquals(2, report.contacts()),
                    () -> assertEquals(1, report.meetings()),
                    () -> assertEquals(imported.report(format), report, "each count is what the network now holds"));
        }
    }

    /** The export writes people first, but a hand-made document may list them after the members. */
    @Test
    void people_after_the_members_in_a_hand_made_document_still_import() {
        String document = """
                {"members":[{"id":"0a6f3c1e-2b4d-4e8f-9a1b-3c5d7e9f1a2b","kind":"MUNICIPALITY","officialCode":"081878",\
                "name":"Sabadell","history":[{"status":"APPLIED","since":"2024-01-01"}],\
                "mandates":[{"person":"7d1c0000-0000-4000-8000-000000000001","role":"OTHER","from":"2024-02-01"}]}],
                "people":[{"id":"7d1c0000-0000-4000-8000-000000000001","name":"Núria Puig","expertise":["youth"]}]}
                """;
        try (Xarxa xarxa = Networks.inMemory()) {
            assertEquals(new ImportReport("json", 1, 1), importInto(xarxa, "json", document));

            assertEquals(Set.of("youth"), xarxa.people().list().get(0).expertise());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void figures_in_any_order_are_kept_by_year_with_their_sources(String format) {
        String member = "\"id\":\"0a6f3c1e-2b4d-4e8f-9a1b-3c5d7e9f1a2b\",\"kind\":\"COUNTY_COUNCIL\",\"officialCode\":\"40\","
                + "\"name\":\"Consell Comarcal del Vallès Occidental\","
                + "\"history\":[{\"status\":\"APPLIED\",\"since\":\"2024-01-01\",\"reference\":\"\"}],"
                + "\"population\":[{\"source\":\"Idescat\",\"inhabitants\":950000,\"year\":2025},"
                + "{\"year\":2023,\"inhabitants\":0,\"source\":\"Estimació, població \\\"flotant\\\"\"}]";
        String text = format.equals("json") ? "{\"members\":[{" + member + "}]}" : "{\"type\":\"member\"," + member + "}";
        try (Xarxa xarxa = Networks.inMemory()) {
            assertEquals(1, importInto(xarxa, format, text).members());

            assertEquals(List.of(new Population(2023, 0, "Estimació, població \"flotant\""),
                            new Population(2025, 950_000, "Idescat")),
                    xarxa.members().list().get(0).population());
        }
    }

    @Test
    void a_byte_order_mark_before_json_lines_is_skipped() {
        String withMark = "\uFEFF{\"type\":\"header\",\"format\":\"xarxa\",\"schemaVersion\":2}\n";
        try (Xarxa xarxa = Networks.inMemory()) {
            assertEquals(new ImportReport("jsonl", 0), importInto(xarxa, "jsonl", withMark));
        }
    }
}
