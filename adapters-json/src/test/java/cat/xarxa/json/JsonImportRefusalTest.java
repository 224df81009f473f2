package cat.xarxa.json;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.ImportReport;
import cat.xarxa.common.Localisation;
import cat.xarxa.json.HundredCouncils.Kind;
import cat.xarxa.spi.ImportException;
import cat.xarxa.spi.RecordLocation;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.ObjectNode;

/**
 * An import is all or nothing: the first wrong record refuses it, the exception names the record,
 * its line and the field in Catalan, Spanish and English, and the store is left as it was, with
 * no member, no person, no partner, no need, contact or meeting and no journal entry. Records are
 * counted over the whole file, every kind together in the order they come, and record {@code n}
 * is on line {@code n + 1}.
 */
class JsonImportRefusalTest {

    private InspectableMemoryStore store;

    @BeforeEach
    void openAnEmptyStore() {
        store = InspectableMemoryStore.open();
    }

    @AfterEach
    void closeTheStore() {
        store.close();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_wrong_ine_code_in_record_57_of_100_refuses_the_whole_import(String format) {
        HundredCouncils network = HundredCouncils.valid();
        String spoilt = network.withMember(57, member -> member.put("officialCode", "081879")).as(format);

        ImportException refusal = refused(format, spoilt);

        String catalan = refusal.message(Localisation.CATALAN);
        String spanish = refusal.message(Localisation.SPANISH);
        String english = refusal.message(Localisation.ENGLISH);
        assertAll(
                () -> assertEquals(57, refusal.location().index()),
                () -> assertEquals(58, refusal.location().line()),
                () -> assertEquals("officialCode", refusal.field()),
                () -> assertTrue(catalan.contains("registre 57 (línia 58), camp officialCode"), catalan),
                () -> assertTrue(spanish.contains("registro 57 (línea 58), campo officialCode"), spanish),
                () -> assertTrue(english.contains("record 57 (line 58), field officialCode"), english));
        assertMessagesDifferByLanguage(refusal);
        assertNothingImported();
        assertEquals(HundredCouncils.COUNT, importAccepted(format, network.as(format)),
                "the same file without the wrong code imports whole");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_record_without_a_name_refuses_the_whole_import(String format) {
        String spoilt = HundredCouncils.valid().withMember(23, member -> member.remove("name")).as(format);

        ImportException refusal = refused(format, spoilt);

        assertRefusedAt(refusal, 23, "name");
        assertMessagesDifferByLanguage(refusal);
        assertNothingImported();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void an_unknown_kind_refuses_the_whole_import_and_lists_the_known_ones(String format) {
        String spoilt = HundredCouncils.valid().withMember(40, member -> member.put("kind", "CITY")).as(format);

        ImportException refusal = refused(format, spoilt);

        assertRefusedAt(refusal, 40, "kind");
        assertTrue(refusal.getMessage().contains("unknown value 'CITY'; expected one of MUNICIPALITY, COUNTY_COUNCIL, "
                + "OTHER_PUBLIC_BODY"), refusal.getMessage());
        assertMessagesDifferByLanguage(refusal);
        assertNothingImported();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void an_unknown_status_in_a_history_is_named_with_its_step(String format) {
        String spoilt = HundredCouncils.valid()
                .withMember(3, member -> ((ObjectNode) member.withArray("history").get(1)).put("status", "EXPELLED"))
                .as(format);

        ImportException refusal = refused(format, spoilt);

        assertRefusedAt(refusal, 3, "history[1].status");
        assertTrue(refusal.getMessage().contains("'EXPELLED'"), refusal.getMessage());
        assertNothingImported();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_value_of_the_wrong_json_type_refuses_the_whole_import(String format) {
        String spoilt = HundredCouncils.valid().withMember(5, member -> member.put("name", 42)).as(format);

        ImportException refusal = refused(format, spoilt);

        assertRefusedAt(refusal, 5, "name");
        assertTrue(refusal.getMessage().endsWith("expected string"), refusal.getMessage());
        assertNothingImported();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_date_that_is_not_one_refuses_the_whole_import(String format) {
        String spoilt = HundredCouncils.valid()
                .withMember(9, member -> ((ObjectNode) member.withArray("history").get(0)).put("since", "2025-02-30"))
                .as(format);

        ImportException refusal = refused(format, spoilt);

        assertRefusedAt(refusal, 9, "history[0].since");
        assertTrue(refusal.getMessage().contains("'2025-02-30'"), refusal.getMessage());
        assertNothingImported();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_negative_population_refuses_the_whole_import_naming_the_figure(String format) {
        String spoilt = HundredCouncils.valid()
                .withMember(64, member -> ((ObjectNode) member.withArray("population").get(1)).put("inhabitants", -1))
                .as(format);

        ImportException refusal = refused(format, spoilt);

        assertRefusedAt(refusal, 64, "population[1].inhabitants");
        assertTrue(refusal.getMessage().endsWith("must not be negative"), refusal.getMessage());
        String catalan = refusal.message(Localisation.CATALAN);
        assertTrue(catalan.contains("registre 64 (línia 65), camp population[1].inhabitants"), catalan);
        assertMessagesDifferByLanguage(refusal);
        assertNothingImported();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void two_figures_for_the_same_year_refuse_the_whole_import(String format) {
        String spoilt = HundredCouncils.valid()
                .withMember(88, member -> ((ObjectNode) member.withArray("population").get(0)).put("year", 2025))
                .as(format);

        ImportException refusal = refused(format, spoilt);

        assertRefusedAt(refusal, 88, "population");
        assertTrue(refusal.getMessage().endsWith("two population figures for the same year"), refusal.getMessage());
        assertMessagesDifferByLanguage(refusal);
        assertNothingImported();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_year_of_the_wrong_json_type_refuses_the_whole_import_naming_the_figure(String format) {
        String spoilt = HundredCouncils.valid()
                .withMember(12, member -> ((ObjectNode) member.withArray("population").get(1)).put("year", "2025"))
                .as(format);

        ImportException refusal = refused(format, spoilt);

        assertRefusedAt(refusal, 12, "population[1].year");
        assertTrue(refusal.getMessage().endsWith("expected integer"), refusal.getMessage());
        assertMessagesDifferByLanguage(refusal);
        assertNothingImported();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_figure_without_inhabitants_is_refused_rather_than_read_as_none(String format) {
        String spoilt = HundredCouncils.valid()
                .withMember(31, member -> ((ObjectNode) member.withArray("population").get(0)).remove("inhabitants"))
                .as(format);

        ImportException refusal = refused(format, spoilt);

        assertRefusedAt(refusal, 31, "population[0].inhabitants");
        assertTrue(refusal.getMessage().endsWith("expected integer"), refusal.getMessage());
        assertNothingImported();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_figure_without_a_source_or_with_a_year_out_of_range_is_named_by_the_constraint_check(String format) {
        HundredCouncils network = HundredCouncils.valid();
        String withoutSource = network
                .withMember(45, member -> ((ObjectNode) member.withArray("population").get(0)).putNull("source"))
                .as(format);
        String farFuture = network
                .withMember(46, member -> ((ObjectNode) member.withArray("population").get(1)).put("year", 12_345_678_901L))
                .as(format);

        ImportException noSource = refused(format, withoutSource);
        ImportException outOfRange = refused(format, farFuture);

        assertRefusedAt(noSource, 45, "population[0].source");
        assertTrue(noSource.getMessage().endsWith("must not be blank"), noSource.getMessage());
        assertRefusedAt(outOfRange, 46, "population[1].year");
        assertTrue(outOfRange.getMessage().endsWith("must be at most 2999"), outOfRange.getMessage());
        assertNothingImported();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_null_figure_is_named_by_its_place(String format) {
        String spoilt = HundredCouncils.valid().withMember(2, member -> member.withArray("population").addNull()).as(format);

        ImportException refusal = refused(format, spoilt);

        assertRefusedAt(refusal, 2, "population[2]");
        assertNothingImported();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_population_that_is_not_a_list_refuses_the_whole_import(String format) {
        String spoilt = HundredCouncils.valid().withMember(99, member -> member.put("population", 221_455)).as(format);

        ImportException refusal = refused(format, spoilt);

        assertRefusedAt(refusal, 99, "population");
        assertTrue(refusal.getMessage().endsWith("expected array"), refusal.getMessage());
        assertNothingImported();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_person_with_a_bad_email_refuses_the_whole_import(String format) {
        HundredCouncils network = HundredCouncils.withTechnicalContacts();
        String spoilt = network.withPerson(7, person -> person.put("email", "tecnica7 a xarxa.cat")).as(format);

        ImportException refusal = refused(format, spoilt);

        assertRefusedAt(refusal, 7, "email");
        assertTrue(refusal.getMessage().endsWith("is not an email address"), refusal.getMessage());
        String catalan = refusal.message(Localisation.CATALAN);
        assertTrue(catalan.contains("registre 7 (línia 8), camp email"), catalan);
        assertMessagesDifferByLanguage(refusal);
        assertNothingImported();
        assertEquals(new ImportReport(format, HundredCouncils.COUNT, HundredCouncils.CONTACTS),
                Networks.importInto(store.xarxa(), format, network.as(format)),
                "the same file with the right address imports whole");
    }

    /**
     * The last person's line of a json document also opens the members; the people and the members
     * are counted together, so member 57 after twenty people is record 77, on line 78.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void records_are_counted_over_people_and_members_together(String format) {
        HundredCouncils network = HundredCouncils.withTechnicalContacts();
        String lastPersonSpoilt = network.withPerson(HundredCouncils.CONTACTS, person -> person.remove("name")).as(format);
        String memberSpoilt = network.withMember(57, member -> member.put("officialCode", "081879")).as(format);

        ImportException lastPerson = refused(format, lastPersonSpoilt);
        ImportException member = refused(format, memberSpoilt);

        assertRefusedAt(lastPerson, HundredCouncils.CONTACTS, "name");
        assertTrue(lastPerson.getMessage().endsWith("must not be blank"), lastPerson.getMessage());
        assertEquals(77, network.recordOfMember(57));
        assertRefusedAt(member, 77, "officialCode");
        String english = member.message(Localisation.ENGLISH);
        assertTrue(english.contains("record 77 (line 78), field officialCode"), english);
        assertNothingImported();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void an_unknown_role_in_a_mandate_refuses_the_whole_import_and_lists_the_known_ones(String format) {
        HundredCouncils network = HundredCouncils.withTechnicalContacts();
        String spoilt = network
                .withMember(57, member -> ((ObjectNode) member.withArray("mandates").get(0)).put("role", "MAYOR"))
                .as(format);

        ImportException refusal = refused(format, spoilt);

        assertRefusedAt(refusal, network.recordOfMember(57), "mandates[0].role");
        assertTrue(refusal.getMessage().endsWith("unknown value 'MAYOR'; expected one of POLITICAL_REPRESENTATIVE, "
                + "TECHNICAL_CONTACT, OTHER"), refusal.getMessage());
        assertMessagesDifferByLanguage(refusal);
        assertNothingImported();
    }

    /** The core names the mandate's {@code to}, by the mandate's place. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_mandate_that_ends_when_it_starts_refuses_the_whole_import(String format) {
        HundredCouncils network = HundredCouncils.withTechnicalContacts();
        String since = HundredCouncils.CONTACTS_SINCE.toString();
        String spoilt = network
                .withMember(33, member -> ((ObjectNode) member.withArray("mandates").get(0)).put("to", since))
                .as(format);

        ImportException refusal = refused(format, spoilt);

        assertRefusedAt(refusal, network.recordOfMember(33), "mandates[0].to");
        assertTrue(refusal.getMessage().endsWith("The date " + since + " is not after the start of the mandate (" + since + ")."),
                refusal.getMessage());
        assertMessagesDifferByLanguage(refusal);
        assertNothingImported();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_mandate_date_that_is_not_one_is_named_with_its_mandate(String format) {
        HundredCouncils network = HundredCouncils.withTechnicalContacts();
        String spoilt = network
                .withMember(8, member -> ((ObjectNode) member.withArray("mandates").get(0)).put("from", "1 de març"))
                .as(format);

        ImportException refusal = refused(format, spoilt);

        assertRefusedAt(refusal, network.recordOfMember(8), "mandates[0].from");
        assertTrue(refusal.getMessage().contains("'1 de març'"), refusal.getMessage());
        assertNothingImported();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void areas_of_expertise_that_are_not_a_list_of_strings_refuse_the_whole_import(String format) {
        HundredCouncils network = HundredCouncils.withTechnicalContacts();
        String notAList = network.withPerson(3, person -> person.put("expertise", "cooperatives")).as(format);
        String aNumber = network.withPerson(4, person -> person.withArray("expertise").add(7)).as(format);

        ImportException notAListRefusal = refused(format, notAList);
        ImportException aNumberRefusal = refused(format, aNumber);

        assertRefusedAt(notAListRefusal, 3, "expertise");
        assertTrue(notAListRefusal.getMessage().endsWith("expected array"), notAListRefusal.getMessage());
        assertRefusedAt(aNumberRefusal, 4, "expertise[1]");
        assertTrue(aNumberRefusal.getMessage().endsWith("expected string"), aNumberRefusal.getMessage());
        assertNothingImported();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void malformed_json_in_the_middle_refuses_the_whole_import(String format) {
        HundredCouncils network = HundredCouncils.valid();
        String cutShort = "{\"id\":\"" + network.idOf(50) + "\",\"kind\":\"MUNICIPALITY\",\"officialCode\":";
        String spoilt = network.withText(50, cutShort).as(format);

        ImportException refusal = refused(format, spoilt);

        assertRefusedAt(refusal, 50, "");
        assertTrue(refusal.getMessage().contains("this is not valid JSON"), refusal.getMessage());
        assertMessagesDifferByLanguage(refusal);
        assertNothingImported();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_duplicate_id_refuses_the_whole_import(String format) {
        HundredCouncils network = HundredCouncils.valid();
        String spoilt = network.withMember(80, member -> member.put("id", network.idOf(12))).as(format);

        ImportException refusal = refused(format, spoilt);

        assertRefusedAt(refusal, 80, "id");
        assertTrue(refusal.getMessage().contains("a record with id " + network.idOf(12) + " already exists"),
                refusal.getMessage());
        assertNothingImported();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_field_given_twice_refuses_the_whole_import(String format) {
        HundredCouncils network = HundredCouncils.valid();
        String twice = "{\"id\":\"" + network.idOf(7) + "\",\"id\":\"" + network.idOf(8) + "\",\"kind\":\"MUNICIPALITY\"}";

        ImportException refusal = refused(format, network.withText(7, twice).as(format));

        assertRefusedAt(refusal, 7, "");
        assertTrue(refusal.getMessage().contains("Duplicate Object property \"id\""), refusal.getMessage());
        assertNothingImported();
    }

    /** Member 57's need is record 20 + 100 + 10 + 57, after the people, the members and the partners. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_need_of_a_member_that_is_not_there_refuses_the_whole_import(String format) {
        HundredCouncils network = HundredCouncils.withCare();
        String nobody = "0a6f0000-0000-4000-8000-00000000dead";
        String spoilt = network.with(Kind.NEED, 57, need -> need.put("member", nobody)).as(format);

        ImportException refusal = refused(format, spoilt);

        assertEquals(187, network.recordOf(Kind.NEED, 57));
        assertRefusedAt(refusal, 187, "member");
        assertTrue(refusal.getMessage().endsWith("There is no member with id " + nobody + "."), refusal.getMessage());
        String catalan = refusal.message(Localisation.CATALAN);
        assertTrue(catalan.contains("registre 187 (línia 188), camp member"), catalan);
        assertMessagesDifferByLanguage(refusal);
        assertNothingImported();
        assertEquals(new ImportReport(format, HundredCouncils.COUNT, HundredCouncils.CONTACTS, HundredCouncils.PARTNERS,
                        HundredCouncils.COUNT, HundredCouncils.COUNT, HundredCouncils.COUNT),
                Networks.importInto(store.xarxa(), format, network.as(format)),
                "the same file with every need's member there imports whole");
    }

    /**
     * The import takes the records in the order they come: a need before its member is refused as
     * one whose member is not there, even though the member comes later in the file.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_need_before_its_member_refuses_the_whole_import(String format) {
        HundredCouncils needsFirst = HundredCouncils.withCare()
                .inOrder(Kind.PERSON, Kind.NEED, Kind.MEMBER, Kind.PARTNER, Kind.CONTACT, Kind.MEETING);

        ImportException refusal = refused(format, needsFirst.as(format));

        assertEquals(HundredCouncils.CONTACTS + 1, needsFirst.recordOf(Kind.NEED, 1));
        assertRefusedAt(refusal, HundredCouncils.CONTACTS + 1, "member");
        assertTrue(refusal.getMessage().contains("There is no member with id " + needsFirst.idOf(1)), refusal.getMessage());
        assertNothingImported();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void an_unknown_channel_refuses_the_whole_import_and_lists_the_known_ones(String format) {
        HundredCouncils network = HundredCouncils.withCare();
        String spoilt = network.with(Kind.CONTACT, 33, contact -> contact.put("channel", "FAX")).as(format);

        ImportException refusal = refused(format, spoilt);

        assertRefusedAt(refusal, network.recordOf(Kind.CONTACT, 33), "channel");
        assertTrue(refusal.getMessage().endsWith("unknown value 'FAX'; expected one of EMAIL, PHONE, VIDEO_CALL, "
                + "IN_PERSON, OTHER"), refusal.getMessage());
        assertMessagesDifferByLanguage(refusal);
        assertNothingImported();
    }

    /** Each need's log was taken up on {@link HundredCouncils#TAKEN_UP}; its second follow-up is dated before. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_follow_up_that_goes_back_in_time_refuses_the_whole_import(String format) {
        HundredCouncils network = HundredCouncils.withCare();
        String spoilt = network
                .with(Kind.NEED, 64, need -> ((ObjectNode) need.withArray("followUps").get(1)).put("on", "2025-03-19"))
                .as(format);

        ImportException refusal = refused(format, spoilt);

        assertRefusedAt(refusal, network.recordOf(Kind.NEED, 64), "followUps[1]");
        assertTrue(refusal.getMessage().endsWith("The date 2025-03-19 is before the last follow-up of the need ("
                + HundredCouncils.TAKEN_UP + ")."), refusal.getMessage());
        assertMessagesDifferByLanguage(refusal);
        assertNothingImported();
    }

    /** An addressed need may only be reopened, not taken up again straight away. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_follow_up_the_need_s_status_does_not_allow_refuses_the_whole_import(String format) {
        HundredCouncils network = HundredCouncils.withCare();
        String spoilt = network
                .with(Kind.NEED, 5, need -> need.withArray("followUps").addObject()
                        .put("on", "2025-05-01").put("status", "IN_PROGRESS").put("note", ""))
                .as(format);

        ImportException refusal = refused(format, spoilt);

        assertRefusedAt(refusal, network.recordOf(Kind.NEED, 5), "followUps[2]");
        assertTrue(refusal.getMessage().endsWith("A need cannot go from addressed to in progress."), refusal.getMessage());
        assertNothingImported();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void an_unknown_follow_up_status_is_named_with_its_follow_up(String format) {
        HundredCouncils network = HundredCouncils.withCare();
        String spoilt = network
                .with(Kind.NEED, 90, need -> ((ObjectNode) need.withArray("followUps").get(1)).put("status", "SOLVED"))
                .as(format);

        ImportException refusal = refused(format, spoilt);

        assertRefusedAt(refusal, network.recordOf(Kind.NEED, 90), "followUps[1].status");
        assertTrue(refusal.getMessage().endsWith("unknown value 'SOLVED'; expected one of OPEN, IN_PROGRESS, ADDRESSED, "
                + "DROPPED"), refusal.getMessage());
        assertNothingImported();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_need_outside_the_catalogue_or_without_a_raising_date_is_named_by_the_import(String format) {
        HundredCouncils network = HundredCouncils.withCare();
        String unknownCategory = network.with(Kind.NEED, 11, need -> need.put("category", "catering")).as(format);
        String notRaised = network.with(Kind.NEED, 12, need -> need.remove("raisedOn")).as(format);

        ImportException category = refused(format, unknownCategory);
        ImportException raisedOn = refused(format, notRaised);

        assertRefusedAt(category, network.recordOf(Kind.NEED, 11), "category");
        assertTrue(category.getMessage().contains("The category catering is not in the catalogue"), category.getMessage());
        assertRefusedAt(raisedOn, network.recordOf(Kind.NEED, 12), "raisedOn");
        assertTrue(raisedOn.getMessage().endsWith("must not be empty"), raisedOn.getMessage());
        assertNothingImported();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void attendees_that_are_not_a_list_of_ids_refuse_the_whole_import(String format) {
        HundredCouncils network = HundredCouncils.withCare();
        String notAList = network.with(Kind.MEETING, 3, meeting -> meeting.put("attendees", "Núria")).as(format);
        String aNumber = network.with(Kind.MEETING, 4, meeting -> meeting.withArray("attendees").add(7)).as(format);

        ImportException notAListRefusal = refused(format, notAList);
        ImportException aNumberRefusal = refused(format, aNumber);

        assertRefusedAt(notAListRefusal, network.recordOf(Kind.MEETING, 3), "attendees");
        assertTrue(notAListRefusal.getMessage().endsWith("expected array"), notAListRefusal.getMessage());
        assertRefusedAt(aNumberRefusal, network.recordOf(Kind.MEETING, 4), "attendees[1]");
        assertTrue(aNumberRefusal.getMessage().endsWith("expected string"), aNumberRefusal.getMessage());
        assertNothingImported();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_partner_whose_website_is_not_one_refuses_the_whole_import(String format) {
        HundredCouncils network = HundredCouncils.withCare();
        String spoilt = network.with(Kind.PARTNER, 10, partner -> partner.put("website", "www.coop57.coop")).as(format);

        ImportException refusal = refused(format, spoilt);

        assertEquals(130, network.recordOf(Kind.PARTNER, 10));
        assertRefusedAt(refusal, 130, "website");
        assertTrue(refusal.getMessage().endsWith("is not a web address: it starts with http:// or https://"),
                refusal.getMessage());
        assertMessagesDifferByLanguage(refusal);
        assertNothingImported();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_contact_date_that_is_not_one_refuses_the_whole_import(String format) {
        HundredCouncils network = HundredCouncils.withCare();
        String spoilt = network.with(Kind.CONTACT, 100, contact -> contact.put("on", "15/03/2025")).as(format);

        ImportException refusal = refused(format, spoilt);

        assertEquals(330, network.recordOf(Kind.CONTACT, 100));
        assertRefusedAt(refusal, 330, "on");
        assertTrue(refusal.getMessage().contains("'15/03/2025'"), refusal.getMessage());
        assertNothingImported();
    }

    @Test
    void a_json_document_whose_needs_are_not_a_list_refuses_the_whole_import() {
        String spoilt = HundredCouncils.withCare().as("json").replace("\"needs\":[", "\"needs\":{\"lot\":[")
                .replace("}],\"contacts\":[", "}]},\"contacts\":[");

        ImportException refusal = refused("json", spoilt);

        assertEquals("needs", refusal.field());
        assertTrue(refusal.getMessage().endsWith("expected array"), refusal.getMessage());
        assertNothingImported();
    }

    @Test
    void an_unknown_record_type_in_json_lines_refuses_the_whole_import() {
        String spoilt = HundredCouncils.valid().as("jsonl")
                .replace("{\"type\":\"member\",\"id\":\"" + HundredCouncils.valid().idOf(61), "{\"type\":\"invoice\",\"id\":\"x");

        ImportException refusal = refused("jsonl", spoilt);

        assertRefusedAt(refusal, 61, "type");
        assertTrue(refusal.getMessage().contains("unknown record type 'invoice'"), refusal.getMessage());
        assertNothingImported();
    }

    @Test
    void two_records_on_one_json_lines_line_refuse_the_whole_import() {
        HundredCouncils network = HundredCouncils.valid();
        String twoInOne = network.as("json").lines().skip(1).limit(2).map(line -> line.replaceAll(",$", ""))
                .reduce((first, second) -> first + " " + second).orElseThrow();

        ImportException refusal = refused("jsonl", network.withText(4, twoInOne).as("jsonl"));

        assertRefusedAt(refusal, 4, "");
        assertTrue(refusal.getMessage().contains("this is not valid JSON"), refusal.getMessage());
        assertNothingImported();
    }

    @Test
    void a_json_lines_header_after_the_first_line_refuses_the_whole_import() {
        List<String> lines = new ArrayList<>(HundredCouncils.valid().as("jsonl").lines().toList());
        lines.add(30, "{\"type\":\"header\",\"format\":\"xarxa\",\"schemaVersion\":2}");
        String spoilt = String.join("\n", lines);

        ImportException refusal = refused("jsonl", spoilt);

        assertRefusedAt(refusal, 30, "");
        assertTrue(refusal.getMessage().contains("the header must be the first line"), refusal.getMessage());
        assertNothingImported();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void empty_input_is_refused_as_malformed(String format) {
        ImportException refusal = refused(format, "");

        assertEquals(1, refusal.location().index());
        assertTrue(refusal.getMessage().contains("the input is empty"), refusal.getMessage());
        String catalan = refusal.message(java.util.Locale.forLanguageTag("ca"));
        assertTrue(catalan.contains("l'entrada és buida"), catalan);
        assertMessagesDifferByLanguage(refusal);
        assertNothingImported();
    }

    @Test
    void a_json_document_without_members_is_refused_as_malformed() {
        ImportException refusal = refused("json", "{\"format\":\"xarxa\",\"schemaVersion\":2}");

        assertTrue(refusal.getMessage().contains("this is not valid JSON: the document has no \"members\" array"),
                refusal.getMessage());
        assertNothingImported();
    }

    @Test
    void a_json_array_is_not_a_document() {
        ImportException refusal = refused("json", "[{\"id\":\"0a6f3c1e-2b4d-4e8f-9a1b-3c5d7e9f1a2b\"}]");

        assertTrue(refusal.getMessage().contains("a Xarxa document is one JSON object"), refusal.getMessage());
        assertNothingImported();
    }

    @Test
    void content_after_the_document_is_refused() {
        String twoDocuments = HundredCouncils.valid().as("json") + "{\"members\":[]}";

        ImportException refusal = refused("json", twoDocuments);

        assertTrue(refusal.getMessage().contains("there is more after the end of the document"), refusal.getMessage());
        assertNothingImported();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void a_file_from_a_later_version_is_refused(String format) {
        String later = HundredCouncils.valid().as(format).replaceFirst("\"schemaVersion\":2", "\"schemaVersion\":3");

        ImportException refusal = refused(format, later);

        assertEquals("schemaVersion", refusal.field());
        assertEquals("import.schema-too-new", refusal.problemReason().orElseThrow().code());
        assertTrue(refusal.getMessage().contains("schema version 3, and this version of Xarxa reads up to 2"),
                refusal.getMessage());
        assertTrue(refusal.message(Localisation.CATALAN).contains("versió d'esquema 3"),
                refusal.message(Localisation.CATALAN));
        assertNothingImported();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "jsonl"})
    void another_program_s_format_is_refused(String format) {
        String other = HundredCouncils.valid().as(format).replaceFirst("\"format\":\"xarxa\"", "\"format\":\"geojson\"");

        ImportException refusal = refused(format, other);

        assertEquals("format", refusal.field());
        assertTrue(refusal.getMessage().contains("unknown value 'geojson'; expected one of xarxa"), refusal.getMessage());
        assertNothingImported();
    }

    @Test
    void bytes_that_are_not_utf8_are_refused_in_json_lines() {
        byte[] latin1 = "{\"type\":\"header\",\"format\":\"xarxa\",\"schemaVersion\":2}\n{\"name\":\"Premià\"}\n{}\n"
                .getBytes(StandardCharsets.ISO_8859_1);

        ImportException refusal = assertThrows(ImportException.class,
                () -> store.xarxa().importFrom("jsonl", new ByteArrayInputStream(latin1)));

        assertEquals(new RecordLocation(1, 2), refusal.location());
        assertTrue(refusal.getMessage().contains("this is not valid UTF-8"), refusal.getMessage());
        assertNothingImported();
    }

    private ImportException refused(String format, String text) {
        return assertThrows(ImportException.class, () -> Networks.importInto(store.xarxa(), format, text));
    }

    private long importAccepted(String format, String text) {
        return Networks.importInto(store.xarxa(), format, text).members();
    }

    /**
     * No member, person or partner is in the store, and no journal entry: every record imported
     * has one, needs, contacts and meetings too (which the facade lists only by member).
     */
    private void assertNothingImported() {
        assertEquals(0, store.xarxa().members().count(), "members stored");
        assertEquals(List.of(), store.xarxa().people().list(), "people stored");
        assertEquals(List.of(), store.xarxa().partners().list(), "partners stored");
        assertEquals(0, store.journalSize(), "journal entries");
    }

    private static void assertRefusedAt(ImportException refusal, long index, String field) {
        assertAll(
                () -> assertEquals(index, refusal.location().index(), "record"),
                () -> assertEquals(index + 1, refusal.location().line(), "line"),
                () -> assertEquals(field, refusal.field(), "field"),
                () -> assertTrue(refusal.getMessage().contains("record " + index + " (line " + (index + 1) + ")"),
                        refusal.getMessage()));
    }

    private static void assertMessagesDifferByLanguage(ImportException refusal) {
        String catalan = refusal.message(Localisation.CATALAN);
        String spanish = refusal.message(Localisation.SPANISH);
        String english = refusal.message(Locale.ENGLISH);
        assertAll(
                () -> assertNotEquals(catalan, spanish),
                () -> assertNotEquals(catalan, english),
                () -> assertNotEquals(spanish, english),
                () -> assertTrue(catalan.startsWith("Importació rebutjada"), catalan),
                () -> assertTrue(spanish.startsWith("Importación rechazada"), spanish),
                () -> assertTrue(english.startsWith("Import refused"), english));
    }
}
