package cat.xarxa.jdbc;

import cat.xarxa.Xarxa;
import cat.xarxa.advisory.Advisory;
import cat.xarxa.advisory.AdvisoryId;
import cat.xarxa.advisory.AdvisoryTopics;
import cat.xarxa.advisory.DeliverSession;
import cat.xarxa.advisory.EntryKind;
import cat.xarxa.advisory.HourBank;
import cat.xarxa.advisory.LedgerEntry;
import cat.xarxa.advisory.OpenHourBank;
import cat.xarxa.advisory.RequestAdvisory;
import cat.xarxa.advisory.ScheduleSession;
import cat.xarxa.advisory.Session;
import cat.xarxa.care.Channel;
import cat.xarxa.care.Contact;
import cat.xarxa.care.ContactTopic;
import cat.xarxa.care.FollowUp;
import cat.xarxa.care.FollowUpNeed;
import cat.xarxa.care.LogContact;
import cat.xarxa.care.Need;
import cat.xarxa.care.NeedCategories;
import cat.xarxa.care.NeedFound;
import cat.xarxa.care.NeedId;
import cat.xarxa.care.NeedStatus;
import cat.xarxa.care.OnboardingMeeting;
import cat.xarxa.care.RecordOnboardingMeeting;
import cat.xarxa.common.ConfigurationException;
import cat.xarxa.common.Hours;
import cat.xarxa.common.IneCode;
import cat.xarxa.common.MeetingFormat;
import cat.xarxa.common.Money;
import cat.xarxa.fee.AssessmentId;
import cat.xarxa.fee.FeeAssessment;
import cat.xarxa.fee.FeePolicy;
import cat.xarxa.fee.FeeRun;
import cat.xarxa.fee.FeeTerms;
import cat.xarxa.fee.Payment;
import cat.xarxa.fee.PerInhabitantFee;
import cat.xarxa.fee.ProratedFee;
import cat.xarxa.fee.RecordPayment;
import cat.xarxa.governance.AssemblyDecision;
import cat.xarxa.governance.Attendance;
import cat.xarxa.governance.Body;
import cat.xarxa.governance.BodySeat;
import cat.xarxa.governance.CastVote;
import cat.xarxa.governance.DecisionId;
import cat.xarxa.governance.EventId;
import cat.xarxa.governance.EventKind;
import cat.xarxa.governance.EventStatus;
import cat.xarxa.governance.Motion;
import cat.xarxa.governance.NetworkEvent;
import cat.xarxa.governance.SeatId;
import cat.xarxa.governance.Tally;
import cat.xarxa.governance.VoteChoice;
import cat.xarxa.governance.VotingRules;
import cat.xarxa.member.AdmitMember;
import cat.xarxa.member.ApplyForMembership;
import cat.xarxa.member.AppointPerson;
import cat.xarxa.member.Mandate;
import cat.xarxa.member.Member;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.MemberStatus;
import cat.xarxa.member.Person;
import cat.xarxa.member.PersonId;
import cat.xarxa.member.Population;
import cat.xarxa.member.RecordPopulation;
import cat.xarxa.member.RegisterPerson;
import cat.xarxa.member.Role;
import cat.xarxa.member.StatusChange;
import cat.xarxa.mentorship.MentorProfile;
import cat.xarxa.mentorship.OfferMentoring;
import cat.xarxa.partner.Partner;
import cat.xarxa.partner.PartnerId;
import cat.xarxa.partner.PartnerKind;
import cat.xarxa.partner.RegisterPartner;
import cat.xarxa.practice.CallId;
import cat.xarxa.practice.PracticeCall;
import cat.xarxa.practice.PracticeSubmission;
import cat.xarxa.practice.PracticeThemes;
import cat.xarxa.practice.SubmissionId;
import cat.xarxa.practice.Training;
import cat.xarxa.practice.TrainingId;
import cat.xarxa.spi.Storage;
import cat.xarxa.spi.StorageConfig;
import cat.xarxa.workinggroup.GroupStatus;
import cat.xarxa.workinggroup.ProposeWorkingGroup;
import cat.xarxa.workinggroup.WorkingGroup;
import cat.xarxa.workinggroup.WorkingGroupId;
import cat.xarxa.workplan.ActionStatus;
import cat.xarxa.workplan.Evidence;
import cat.xarxa.workplan.EvidenceKind;
import cat.xarxa.workplan.Objective;
import cat.xarxa.workplan.PlanAction;
import cat.xarxa.workplan.PlanCell;
import cat.xarxa.workplan.PlanId;
import cat.xarxa.workplan.Responsible;
import cat.xarxa.workplan.StrategicLine;
import cat.xarxa.workplan.WorkPlan;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xarxa.Xarxa;
import cat.xarxa.advisory.Advisory;
import cat.xarxa.advisory.AdvisoryId;
import cat.xarxa.advisory.AdvisoryTopics;
import cat.xarxa.advisory.DeliverSession;
import cat.xarxa.advisory.EntryKind;
import cat.xarxa.advisory.HourBank;
import cat.xarxa.advisory.LedgerEntry;
import cat.xarxa.advisory.OpenHourBank;
import cat.xarxa.advisory.RequestAdvisory;
import cat.xarxa.advisory.ScheduleSession;
import cat.xarxa.advisory.Session;
import cat.xarxa.care.Channel;
import cat.xarxa.care.Contact;
import cat.xarxa.care.ContactTopic;
import cat.xarxa.care.FollowUp;
import cat.xarxa.care.FollowUpNeed;
import cat.xarxa.care.LogContact;
import cat.xarxa.care.Need;
import cat.xarxa.care.NeedCategories;
import cat.xarxa.care.NeedFound;
import cat.xarxa.care.NeedId;
import cat.xarxa.care.NeedStatus;
import cat.xarxa.care.OnboardingMeeting;
import cat.xarxa.care.RecordOnboardingMeeting;
import cat.xarxa.common.ConfigurationException;
import cat.xarxa.common.Hours;
import cat.xarxa.common.IneCode;
import cat.xarxa.common.Money;
import cat.xarxa.common.MeetingFormat;
import cat.xarxa.fee.AssessmentId;
import cat.xarxa.fee.FeeAssessment;
import cat.xarxa.fee.FeePolicy;
import cat.xarxa.fee.FeeRun;
import cat.xarxa.fee.FeeTerms;
import cat.xarxa.fee.Payment;
import cat.xarxa.fee.PerInhabitantFee;
import cat.xarxa.fee.ProratedFee;
import cat.xarxa.fee.RecordPayment;
import cat.xarxa.governance.AssemblyDecision;
import cat.xarxa.governance.Attendance;
import cat.xarxa.governance.Body;
import cat.xarxa.governance.BodySeat;
import cat.xarxa.governance.CastVote;
import cat.xarxa.governance.DecisionId;
import cat.xarxa.governance.EventId;
import cat.xarxa.governance.EventKind;
import cat.xarxa.governance.EventStatus;
import cat.xarxa.governance.Motion;
import cat.xarxa.governance.NetworkEvent;
import cat.xarxa.governance.SeatId;
import cat.xarxa.governance.Tally;
import cat.xarxa.governance.VoteChoice;
import cat.xarxa.governance.VotingRules;
import cat.xarxa.member.AdmitMember;
import cat.xarxa.member.ApplyForMembership;
import cat.xarxa.member.AppointPerson;
import cat.xarxa.member.Mandate;
import cat.xarxa.member.Member;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.MemberStatus;
import cat.xarxa.member.Person;
import cat.xarxa.member.PersonId;
import cat.xarxa.member.Population;
import cat.xarxa.member.RecordPopulation;
import cat.xarxa.member.RegisterPerson;
import cat.xarxa.member.Role;
import cat.xarxa.member.StatusChange;
import cat.xarxa.mentorship.MentorProfile;
import cat.xarxa.mentorship.OfferMentoring;
import cat.xarxa.partner.Partner;
import cat.xarxa.partner.PartnerId;
import cat.xarxa.partner.PartnerKind;
import cat.xarxa.partner.RegisterPartner;
import cat.xarxa.spi.Storage;
import cat.xarxa.spi.StorageConfig;
import cat.xarxa.workinggroup.GroupStatus;
import cat.xarxa.workinggroup.ProposeWorkingGroup;
import cat.xarxa.workinggroup.WorkingGroup;
import cat.xarxa.workinggroup.WorkingGroupId;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who creates the tables: the adapter with Flyway by default, or the host with its own Flyway
 * and the adapter's scripts, in a database that may hold the host's tables already.
 */
class SchemaMigrationTest {

    private final JdbcConnectionPool hostPool =
            JdbcConnectionPool.create("jdbc:h2:mem:host-" + UUID.randomUUID(), "host", "");

    @AfterEach
    void closeTheHostPool() {
        hostPool.dispose();
    }

    @Test
    void withoutMigrationAnEmptyDatabaseIsRefusedNamingTheScriptsAndTheHistoryTable() {
        ConfigurationException refused = assertThrows(ConfigurationException.class, () -> new JdbcStorageProvider().open(
                new StorageConfig(Map.of(JdbcStorageProvider.MIGRATE, "false"), Map.of(JdbcStorageProvider.DATA_SOURCE, hostPool))));

        assertEquals("storage.schema-missing", refused.reason().code());
        List<Object> arguments = refused.reason().arguments();
        assertTrue(String.valueOf(arguments.get(0)).startsWith("H2 "), String.valueOf(arguments.get(0)));
        assertEquals(List.of("classpath:cat/xarxa/jdbc/schema/h2", "xarxa_schema_history"), arguments.subList(1, 3));
        assertTrue(refused.getMessage().contains("xarxa.jdbc.migrate=true"), refused.getMessage());
    }

    @Test
    void aHostThatRunsTheScriptsWithItsOwnFlywayNeedsNoMigrationFromXarxa() throws SQLException {
        Flyway.configure().dataSource(hostPool).locations("classpath:portal/db").load().migrate();
        Flyway.configure()
                .dataSource(hostPool)
                .locations(JdbcStorageProvider.SCHEMA_LOCATION + "/h2")
                .table(JdbcStorageProvider.SCHEMA_HISTORY_TABLE)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();

        MemberId sabadell = applySabadell(Xarxa.builder()
                .setting(JdbcStorageProvider.MIGRATE, "false")
                .object(JdbcStorageProvider.DATA_SOURCE, hostPool));

        assertEquals(List.of("SQL 1"), versionsIn("\"flyway_schema_history\""));
        assertEquals(List.of("BASELINE 0", "SQL 1", "SQL 2", "SQL 3", "SQL 4", "SQL 5", "SQL 6", "SQL 7", "SQL 8", "SQL 9", "SQL 10"), versionsIn("\"xarxa_schema_history\""));
        assertEquals(List.of(sabadell.toString()), column("SELECT id FROM xarxa_member"));
    }

    /**
     * As if the host had upgraded Xarxa and not yet run the scripts that came with it: the
     * tables those scripts add are missing too, yet the message names the scripts to run.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1 | lack the scripts 2 member population, 3 people and mandates, 4 partners and member care, 5 fees, 6 advisories, 7 mentorships, 8 working groups, 9 governance, 10 work plans and good practices.",
            "2 | lack the scripts 3 people and mandates, 4 partners and member care, 5 fees, 6 advisories, 7 mentorships, 8 working groups, 9 governance, 10 work plans and good practices.",
            "3 | lack the scripts 4 partners and member care, 5 fees, 6 advisories, 7 mentorships, 8 working groups, 9 governance, 10 work plans and good practices.",
            "4 | lack the scripts 5 fees, 6 advisories, 7 mentorships, 8 working groups, 9 governance, 10 work plans and good practices.",
            "5 | lack the scripts 6 advisories, 7 mentorships, 8 working groups, 9 governance, 10 work plans and good practices.",
            "6 | lack the scripts 7 mentorships, 8 working groups, 9 governance, 10 work plans and good practices.",
            "7 | lack the scripts 8 working groups, 9 governance, 10 work plans and good practices.",
            "8 | lack the scripts 9 governance, 10 work plans and good practices."})
    void aHostThatSkippedScriptsIsToldWhichBeforeAnyCommandFails(String lastScriptRun, String named) {
        Flyway.configure()
                .dataSource(hostPool)
                .locations(JdbcStorageProvider.SCHEMA_LOCATION + "/h2")
                .table(JdbcStorageProvider.SCHEMA_HISTORY_TABLE)
                .target(lastScriptRun)
                .load()
                .migrate();

        ConfigurationException refused = assertThrows(ConfigurationException.class, () -> new JdbcStorageProvider().open(
                new StorageConfig(Map.of(JdbcStorageProvider.MIGRATE, "false"), Map.of(JdbcStorageProvider.DATA_SOURCE, hostPool))));

        assertEquals("storage.schema-outdated", refused.reason().code());
        assertTrue(refused.getMessage().contains(named), refused.getMessage());
    }

    @Test
    void aTableDroppedAfterEveryScriptRanIsMissing() throws SQLException {
        Flyway.configure()
                .dataSource(hostPool)
                .locations(JdbcStorageProvider.SCHEMA_LOCATION + "/h2")
                .table(JdbcStorageProvider.SCHEMA_HISTORY_TABLE)
                .load()
                .migrate();
        update("DROP TABLE xarxa_person_expertise");

        ConfigurationException refused = assertThrows(ConfigurationException.class, () -> new JdbcStorageProvider().open(
                new StorageConfig(Map.of(JdbcStorageProvider.MIGRATE, "false"), Map.of(JdbcStorageProvider.DATA_SOURCE, hostPool))));

        assertEquals("storage.schema-missing", refused.reason().code());
    }

    @Test
    void xarxaMigratesADatabaseThatAlreadyHoldsTheHostsTables() throws SQLException {
        update("CREATE TABLE portal_user (login VARCHAR(100) PRIMARY KEY)");
        update("INSERT INTO portal_user (login) VALUES ('secretaria')");

        MemberId sabadell = applySabadell(Xarxa.builder().object(JdbcStorageProvider.DATA_SOURCE, hostPool));
        try (Xarxa reopened = Xarxa.builder().object(JdbcStorageProvider.DATA_SOURCE, hostPool).build()) {
            assertTrue(reopened.members().find(sabadell).isPresent());
        }

        assertEquals(List.of("BASELINE 0", "SQL 1", "SQL 2", "SQL 3", "SQL 4", "SQL 5", "SQL 6", "SQL 7", "SQL 8", "SQL 9", "SQL 10"), versionsIn("\"xarxa_schema_history\""));
        assertEquals(List.of("secretaria"), column("SELECT login FROM portal_user"));
    }

    /**
     * A database Xarxa 0.1 created, holding a council that applied when a request to join was
     * recorded as pending: the adapter adds the population table and the council reads back as
     * it was, goes on through the new lifecycle and takes population figures.
     */
    @Test
    void aDatabaseOfTheFirstScriptIsUpgradedAndItsMembersGoOn() throws SQLException {
        Flyway.configure()
                .dataSource(hostPool)
                .locations(JdbcStorageProvider.SCHEMA_LOCATION + "/h2")
                .table(JdbcStorageProvider.SCHEMA_HISTORY_TABLE)
                .target("1")
                .load()
                .migrate();
        MemberId sabadell = new MemberId(UUID.randomUUID());
        update("INSERT INTO xarxa_member (id, kind, official_code, name, version) VALUES (?, 'MUNICIPALITY', '081878', 'Sabadell', 1)",
                sabadell.toString());
        update("INSERT INTO xarxa_member_status_change (member_id, position, status, since, reference)"
                + " VALUES (?, 0, 'PENDING', DATE '2025-11-03', '')", sabadell.toString());

        try (Xarxa upgraded = Xarxa.builder().object(JdbcStorageProvider.DATA_SOURCE, hostPool).build()) {
            Member before = upgraded.members().find(sabadell).orElseThrow();
            assertEquals(List.of(new StatusChange(MemberStatus.PENDING, LocalDate.of(2025, 11, 3), "")), before.history());
            assertEquals(List.of(), before.population());

            upgraded.members().admit(new AdmitMember(sabadell, LocalDate.of(2026, 4, 20), "AG 2026-04")).orElseThrow();
            upgraded.members().recordPopulation(new RecordPopulation(sabadell, 2025, 220_000, "INE, padró 1/1/2025"))
                    .orElseThrow();
        }

        try (Xarxa reopened = Xarxa.builder().object(JdbcStorageProvider.DATA_SOURCE, hostPool).build()) {
            Member after = reopened.members().find(sabadell).orElseThrow();
            assertEquals(MemberStatus.MEMBER, after.status());
            assertEquals(List.of(new Population(2025, 220_000, "INE, padró 1/1/2025")), after.population());
            assertEquals(3, after.version());
        }
        assertEquals(List.of("SQL 1", "SQL 2", "SQL 3", "SQL 4", "SQL 5", "SQL 6", "SQL 7", "SQL 8", "SQL 9", "SQL 10"), versionsIn("\"xarxa_schema_history\""));
    }

    /**
     * A database of the second script, holding a council with its population: the adapter adds
     * the tables of people and mandates, the council reads back as it was, and takes a
     * representative.
     */
    @Test
    void aDatabaseOfTheSecondScriptIsUpgradedAndItsMembersTakeMandates() throws SQLException {
        Flyway.configure()
                .dataSource(hostPool)
                .locations(JdbcStorageProvider.SCHEMA_LOCATION + "/h2")
                .table(JdbcStorageProvider.SCHEMA_HISTORY_TABLE)
                .target("2")
                .load()
                .migrate();
        MemberId sabadell = new MemberId(UUID.randomUUID());
        update("INSERT INTO xarxa_member (id, kind, official_code, name, version) VALUES (?, 'MUNICIPALITY', '081878', 'Sabadell', 2)",
                sabadell.toString());
        update("INSERT INTO xarxa_member_status_change (member_id, position, status, since, reference)"
                + " VALUES (?, 0, 'APPLIED', DATE '2026-03-02', '')", sabadell.toString());
        update("INSERT INTO xarxa_member_status_change (member_id, position, status, since, reference)"
                + " VALUES (?, 1, 'MEMBER', DATE '2026-04-20', 'AG 2026-04')", sabadell.toString());
        update("INSERT INTO xarxa_member_population (member_id, reference_year, inhabitants, source)"
                + " VALUES (?, 2025, 220000, 'INE, padró 1/1/2025')", sabadell.toString());

        PersonId mayor;
        try (Xarxa upgraded = Xarxa.builder().object(JdbcStorageProvider.DATA_SOURCE, hostPool).build()) {
            Member before = upgraded.members().find(sabadell).orElseThrow();
            assertEquals(List.of(new Population(2025, 220_000, "INE, padró 1/1/2025")), before.population());
            assertEquals(List.of(), before.mandates());

            mayor = upgraded.people().register(new RegisterPerson("Marta Farrés", "alcaldia@ajsabadell.cat", null,
                    Set.of("Contractació pública responsable"))).orElseThrow();
            upgraded.members().appoint(new AppointPerson(sabadell, mayor, Role.POLITICAL_REPRESENTATIVE,
                    LocalDate.of(2026, 5, 1))).orElseThrow();
        }

        try (Xarxa reopened = Xarxa.builder().object(JdbcStorageProvider.DATA_SOURCE, hostPool).build()) {
            Member after = reopened.members().find(sabadell).orElseThrow();
            assertEquals(List.of(new Mandate(mayor, Role.POLITICAL_REPRESENTATIVE, LocalDate.of(2026, 5, 1), null)),
                    after.mandates());
            assertEquals(MemberStatus.MEMBER, after.status());
            assertEquals(3, after.version());
            assertEquals(List.of(mayor), reopened.people().withExpertise("contractació pública responsable").stream()
                    .map(Person::id).toList());
        }
        assertEquals(List.of("SQL 1", "SQL 2", "SQL 3", "SQL 4", "SQL 5", "SQL 6", "SQL 7", "SQL 8", "SQL 9", "SQL 10"), versionsIn("\"xarxa_schema_history\""));
    }

    /**
     * A database of the third script, holding a council and its representative: the adapter adds
     * the tables of partners and member care, the council reads back as it was, and the network
     * registers a partner, holds its onboarding meeting, follows up the need found there and logs
     * a contact with it.
     */
    @Test
    void aDatabaseOfTheThirdScriptIsUpgradedAndItsMembersAreCaredFor() throws SQLException {
        Flyway.configure()
                .dataSource(hostPool)
                .locations(JdbcStorageProvider.SCHEMA_LOCATION + "/h2")
                .table(JdbcStorageProvider.SCHEMA_HISTORY_TABLE)
                .target("3")
                .load()
                .migrate();
        MemberId sabadell = new MemberId(UUID.randomUUID());
        PersonId mayor = new PersonId(UUID.randomUUID());
        update("INSERT INTO xarxa_member (id, kind, official_code, name, version) VALUES (?, 'MUNICIPALITY', '081878', 'Sabadell', 2)",
                sabadell.toString());
        update("INSERT INTO xarxa_member_status_change (member_id, position, status, since, reference)"
                + " VALUES (?, 0, 'APPLIED', DATE '2026-03-02', '')", sabadell.toString());
        update("INSERT INTO xarxa_member_status_change (member_id, position, status, since, reference)"
                + " VALUES (?, 1, 'MEMBER', DATE '2026-04-20', 'AG 2026-04')", sabadell.toString());
        update("INSERT INTO xarxa_person (id, name, email, phone, version)"
                + " VALUES (?, 'Marta Farrés', 'alcaldia@ajsabadell.cat', '', 1)", mayor.toString());
        update("INSERT INTO xarxa_member_mandate (member_id, position, person_id, role, starts_on, ends_on)"
                + " VALUES (?, 0, ?, 'POLITICAL_REPRESENTATIVE', DATE '2026-05-01', NULL)", sabadell.toString(), mayor.toString());

        PartnerId federation;
        NeedId need;
        try (Xarxa upgraded = Xarxa.builder().object(JdbcStorageProvider.DATA_SOURCE, hostPool).build()) {
            Member before = upgraded.members().find(sabadell).orElseThrow();
            assertEquals(List.of(new Mandate(mayor, Role.POLITICAL_REPRESENTATIVE, LocalDate.of(2026, 5, 1), null)),
                    before.mandates());

            federation = upgraded.partners().register(new RegisterPartner("Federació de Cooperatives de Treball",
                    PartnerKind.FEDERATION, "https://cooperativestreball.coop", mayor)).orElseThrow();
            upgraded.care().recordOnboarding(new RecordOnboardingMeeting(sabadell, LocalDate.of(2026, 5, 12),
                    MeetingFormat.HYBRID, List.of(mayor), "Primera trobada\namb l'alcaldia",
                    List.of(new NeedFound(NeedCategories.HIRING_AND_PROCUREMENT, "Clàusules socials",
                            LocalDate.of(2026, 11, 1))))).orElseThrow();
            need = upgraded.care().needsOf(sabadell).get(0).id();
            upgraded.care().followUp(new FollowUpNeed(need, LocalDate.of(2026, 5, 20), NeedStatus.IN_PROGRESS,
                    "Guia enviada")).orElseThrow();
            upgraded.care().logContact(new LogContact(sabadell, LocalDate.of(2026, 6, 2), Channel.PHONE,
                    ContactTopic.FEE_PAYMENT, "Quota de 2026", mayor)).orElseThrow();
        }

        try (Xarxa reopened = Xarxa.builder().object(JdbcStorageProvider.DATA_SOURCE, hostPool).build()) {
            Partner partner = reopened.partners().find(federation).orElseThrow();
            assertEquals(Optional.of(mayor), partner.contact());
            assertEquals(List.of(partner), reopened.partners().list());
            Need followedUp = reopened.care().need(need).orElseThrow();
            assertEquals(NeedStatus.IN_PROGRESS, followedUp.status());
            assertEquals(2, followedUp.version());
            assertEquals(List.of(new FollowUp(LocalDate.of(2026, 5, 20), NeedStatus.IN_PROGRESS, "Guia enviada")),
                    followedUp.followUps());
            List<OnboardingMeeting> meetings = reopened.care().onboardingsOf(sabadell);
            assertEquals(List.of(List.of(mayor)), meetings.stream().map(OnboardingMeeting::attendees).toList());
            assertEquals("Primera trobada\namb l'alcaldia", meetings.get(0).notes());
            assertEquals(List.of("Quota de 2026"), reopened.care().contactsOf(sabadell).stream().map(Contact::note).toList());
            assertEquals(2, reopened.members().find(sabadell).orElseThrow().version());
        }
        assertEquals(List.of("SQL 1", "SQL 2", "SQL 3", "SQL 4", "SQL 5", "SQL 6", "SQL 7", "SQL 8", "SQL 9", "SQL 10"), versionsIn("\"xarxa_schema_history\""));
    }

    /**
     * A database of the fourth script, holding a council admitted in April with its population:
     * the adapter adds the fee tables, and the network approves the year's policy, assesses the
     * council for the months it belonged and records its payment.
     */
    @Test
    void aDatabaseOfTheFourthScriptIsUpgradedAndItsMembersPayFees() throws SQLException {
        Flyway.configure()
                .dataSource(hostPool)
                .locations(JdbcStorageProvider.SCHEMA_LOCATION + "/h2")
                .table(JdbcStorageProvider.SCHEMA_HISTORY_TABLE)
                .target("4")
                .load()
                .migrate();
        MemberId sabadell = new MemberId(UUID.randomUUID());
        update("INSERT INTO xarxa_member (id, kind, official_code, name, version) VALUES (?, 'MUNICIPALITY', '081878', 'Sabadell', 3)",
                sabadell.toString());
        update("INSERT INTO xarxa_member_status_change (member_id, position, status, since, reference)"
                + " VALUES (?, 0, 'APPLIED', DATE '2026-03-02', '')", sabadell.toString());
        update("INSERT INTO xarxa_member_status_change (member_id, position, status, since, reference)"
                + " VALUES (?, 1, 'MEMBER', DATE '2026-04-20', 'AG 2026-04')", sabadell.toString());
        update("INSERT INTO xarxa_member_population (member_id, reference_year, inhabitants, source)"
                + " VALUES (?, 2025, 220000, 'INE, padró 1/1/2025')", sabadell.toString());
        FeePolicy policy = new FeePolicy(2026, 2025, new PerInhabitantFee(new BigDecimal("0.05"), Money.euros(150), null),
                FeeTerms.DEFAULT, LocalDate.of(2026, 3, 14), "AG 2026-03, acord 4");

        AssessmentId assessed;
        try (Xarxa upgraded = Xarxa.builder().object(JdbcStorageProvider.DATA_SOURCE, hostPool).build()) {
            upgraded.fees().approvePolicy(policy).orElseThrow();
            FeeRun run = upgraded.fees().assess(2026, LocalDate.of(2026, 5, 4)).orElseThrow();
            assessed = run.assessed().get(0).id();
            upgraded.fees().recordPayment(new RecordPayment(assessed, LocalDate.of(2026, 6, 1), Money.euros("8250.00"),
                    "TRF 2026-000123")).orElseThrow();
        }

        try (Xarxa reopened = Xarxa.builder().object(JdbcStorageProvider.DATA_SOURCE, hostPool).build()) {
            assertEquals(Optional.of(policy), reopened.fees().policy(2026));
            FeeAssessment assessment = reopened.fees().assessment(assessed).orElseThrow();
            assertEquals(new Population(2025, 220_000, "INE, padró 1/1/2025"), assessment.population());
            assertEquals(new ProratedFee(Money.euros("11000.00"), 9, 12, Money.euros("8250.00")), assessment.prorated());
            assertEquals(List.of(Money.euros("8250.00")),
                    reopened.fees().paymentsOf(sabadell).stream().map(Payment::amount).toList());
            assertEquals(Money.ZERO, reopened.fees().statement(sabadell, LocalDate.of(2026, 7, 1)).outstanding());
            assertEquals(3, reopened.members().find(sabadell).orElseThrow().version());
        }
        assertEquals(List.of("SQL 1", "SQL 2", "SQL 3", "SQL 4", "SQL 5", "SQL 6", "SQL 7", "SQL 8", "SQL 9", "SQL 10"), versionsIn("\"xarxa_schema_history\""));
    }

    /**
     * A database of the fifth script, holding a council and its technician: the adapter adds the
     * advisory tables, and the network opens the year's hour bank, takes the council's request and
     * delivers its first session, which reads back with its times and attendance.
     */
    @Test
    void aDatabaseOfTheFifthScriptIsUpgradedAndItsCouncilsGetAdvice() throws SQLException {
        Flyway.configure()
                .dataSource(hostPool)
                .locations(JdbcStorageProvider.SCHEMA_LOCATION + "/h2")
                .table(JdbcStorageProvider.SCHEMA_HISTORY_TABLE)
                .target("5")
                .load()
                .migrate();
        MemberId sabadell = new MemberId(UUID.randomUUID());
        PersonId technician = new PersonId(UUID.randomUUID());
        update("INSERT INTO xarxa_member (id, kind, official_code, name, version) VALUES (?, 'MUNICIPALITY', '081878', 'Sabadell', 2)",
                sabadell.toString());
        update("INSERT INTO xarxa_member_status_change (member_id, position, status, since, reference)"
                + " VALUES (?, 0, 'APPLIED', DATE '2026-01-05', '')", sabadell.toString());
        update("INSERT INTO xarxa_member_status_change (member_id, position, status, since, reference)"
                + " VALUES (?, 1, 'MEMBER', DATE '2026-01-20', 'AG 2026-01')", sabadell.toString());
        update("INSERT INTO xarxa_person (id, name, email, phone, version)"
                + " VALUES (?, 'Tècnica de cures', 'cures@ajsabadell.cat', '', 1)", technician.toString());
        LocalDateTime start = LocalDateTime.of(2026, 4, 7, 10, 0);
        Xarxa.Builder builder = Xarxa.builder().object(JdbcStorageProvider.DATA_SOURCE, hostPool)
                .clock(Clock.fixed(Instant.parse("2026-05-04T08:00:00Z"), Xarxa.NETWORK_ZONE));

        AdvisoryId advised;
        try (Xarxa upgraded = builder.build()) {
            upgraded.advisories().openBank(new OpenHourBank("2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                    Hours.of(120), "AG 2026-01, acord 3", LocalDate.of(2026, 1, 20))).orElseThrow();
            advised = upgraded.advisories().request(new RequestAdvisory(sabadell, technician, AdvisoryTopics.CARE_POLICIES,
                    "Un pla de cures\nper al personal", null, null, LocalDate.of(2026, 3, 2))).orElseThrow().id();
            Advisory scheduled = upgraded.advisories().schedule(new ScheduleSession(advised, start, start.plusHours(2),
                    MeetingFormat.HYBRID)).orElseThrow();
            upgraded.advisories().deliver(new DeliverSession(advised, scheduled.sessions().get(0).id(), Hours.of(2, 15),
                    List.of(sabadell), LocalDate.of(2026, 4, 7))).orElseThrow();
        }

        try (Xarxa reopened = builder.build()) {
            Advisory advisory = reopened.advisories().advisory(advised).orElseThrow();
            assertEquals(List.of(sabadell), advisory.members());
            assertEquals("Un pla de cures\nper al personal", advisory.requests().get(0).details());
            Session session = advisory.sessions().get(0);
            assertEquals(List.of(start, start.plusHours(2)), List.of(session.start(), session.end()));
            assertEquals(List.of(sabadell), session.attendance());
            assertEquals(Hours.of(2, 15), advisory.consumed());
            HourBank bank = reopened.advisories().bank("2026").orElseThrow();
            assertEquals(Hours.of(1, 45), bank.reserved());
            assertEquals(Hours.of(2, 15), bank.consumed());
            assertEquals(List.of(EntryKind.GRANT, EntryKind.RESERVATION, EntryKind.CONSUMPTION),
                    reopened.advisories().ledger("2026").stream().map(LedgerEntry::kind).toList());
            assertEquals(List.of(advisory), reopened.advisories().advisoriesOf(sabadell));
        }
        assertEquals(List.of("SQL 1", "SQL 2", "SQL 3", "SQL 4", "SQL 5", "SQL 6", "SQL 7", "SQL 8", "SQL 9", "SQL 10"), versionsIn("\"xarxa_schema_history\""));
    }

    /**
     * A database of the sixth script, holding a council and one of its people: the adapter adds the
     * mentorship tables, and the person offers to be a mentor, which reads back with its topics.
     */
    @Test
    void aDatabaseOfTheSixthScriptIsUpgradedAndItsPeopleOfferToBeMentors() throws SQLException {
        Flyway.configure()
                .dataSource(hostPool)
                .locations(JdbcStorageProvider.SCHEMA_LOCATION + "/h2")
                .table(JdbcStorageProvider.SCHEMA_HISTORY_TABLE)
                .target("6")
                .load()
                .migrate();
        MemberId sabadell = new MemberId(UUID.randomUUID());
        PersonId technician = new PersonId(UUID.randomUUID());
        update("INSERT INTO xarxa_member (id, kind, official_code, name, version) VALUES (?, 'MUNICIPALITY', '081878', 'Sabadell', 2)",
                sabadell.toString());
        update("INSERT INTO xarxa_member_status_change (member_id, position, status, since, reference)"
                + " VALUES (?, 0, 'APPLIED', DATE '2026-01-05', '')", sabadell.toString());
        update("INSERT INTO xarxa_member_status_change (member_id, position, status, since, reference)"
                + " VALUES (?, 1, 'MEMBER', DATE '2026-01-20', 'AG 2026-01')", sabadell.toString());
        update("INSERT INTO xarxa_person (id, name, email, phone, version)"
                + " VALUES (?, 'Tècnica de contractació', 'contractacio@ajsabadell.cat', '', 1)", technician.toString());
        Xarxa.Builder builder = Xarxa.builder().object(JdbcStorageProvider.DATA_SOURCE, hostPool);

        try (Xarxa upgraded = builder.build()) {
            upgraded.mentorships().offer(new OfferMentoring(technician, sabadell,
                    Set.of("responsible-public-procurement", "care-policies"), 2, true)).orElseThrow();
        }

        try (Xarxa reopened = builder.build()) {
            MentorProfile profile = reopened.mentorships().profile(technician).orElseThrow();
            assertEquals(List.of("care-policies", "responsible-public-procurement"), List.copyOf(profile.topics()));
            assertEquals(sabadell, profile.council());
            assertEquals(1, profile.version());
            assertEquals(List.of(profile), reopened.mentorships().mentorsFor("care-policies"));
        }
        assertEquals(List.of("SQL 1", "SQL 2", "SQL 3", "SQL 4", "SQL 5", "SQL 6", "SQL 7", "SQL 8", "SQL 9", "SQL 10"), versionsIn("\"xarxa_schema_history\""));
    }

    /**
     * A database of the seventh script, holding a council and one of its people: the adapter adds
     * the working-group tables, and the council proposes a group the person coordinates, which
     * reads back with its coordinators and history.
     */
    @Test
    void aDatabaseOfTheSeventhScriptIsUpgradedAndItsCouncilsProposeWorkingGroups() throws SQLException {
        Flyway.configure()
                .dataSource(hostPool)
                .locations(JdbcStorageProvider.SCHEMA_LOCATION + "/h2")
                .table(JdbcStorageProvider.SCHEMA_HISTORY_TABLE)
                .target("7")
                .load()
                .migrate();
        MemberId sabadell = new MemberId(UUID.randomUUID());
        PersonId technician = new PersonId(UUID.randomUUID());
        update("INSERT INTO xarxa_member (id, kind, official_code, name, version) VALUES (?, 'MUNICIPALITY', '081878', 'Sabadell', 2)",
                sabadell.toString());
        update("INSERT INTO xarxa_member_status_change (member_id, position, status, since, reference)"
                + " VALUES (?, 0, 'APPLIED', DATE '2026-01-05', '')", sabadell.toString());
        update("INSERT INTO xarxa_member_status_change (member_id, position, status, since, reference)"
                + " VALUES (?, 1, 'MEMBER', DATE '2026-01-20', 'AG 2026-01')", sabadell.toString());
        update("INSERT INTO xarxa_person (id, name, email, phone, version)"
                + " VALUES (?, 'Tècnica d''habitatge', 'habitatge@ajsabadell.cat', '', 1)", technician.toString());
        Xarxa.Builder builder = Xarxa.builder().object(JdbcStorageProvider.DATA_SOURCE, hostPool);

        WorkingGroupId proposed;
        try (Xarxa upgraded = builder.build()) {
            proposed = upgraded.workingGroups().propose(new ProposeWorkingGroup("Habitatge cooperatiu",
                    "housing-cooperatives", "Guia per a administracions locals", null, List.of(sabadell), technician,
                    LocalDate.of(2026, 2, 2), "Plenari 2026")).orElseThrow().id();
        }

        try (Xarxa reopened = builder.build()) {
            WorkingGroup group = reopened.workingGroups().group(proposed).orElseThrow();
            assertEquals(List.of(sabadell), group.coordinators());
            assertEquals(technician, group.coordinator());
            assertEquals(GroupStatus.PROPOSED, group.status());
            assertEquals(1, group.version());
            assertEquals(List.of(group), reopened.workingGroups().groups());
        }
        assertEquals(List.of("SQL 1", "SQL 2", "SQL 3", "SQL 4", "SQL 5", "SQL 6", "SQL 7", "SQL 8", "SQL 9", "SQL 10"), versionsIn("\"xarxa_schema_history\""));
    }

    /**
     * A database of the eighth script, holding a council and the working group it coordinates: the
     * adapter adds the governance tables, and the council takes a seat, attends an assembly and
     * votes the group's budget, which all read back beside the group as it was.
     */
    @Test
    void aDatabaseOfTheEighthScriptIsUpgradedAndItsCouncilsGovern() throws SQLException {
        Flyway.configure()
                .dataSource(hostPool)
                .locations(JdbcStorageProvider.SCHEMA_LOCATION + "/h2")
                .table(JdbcStorageProvider.SCHEMA_HISTORY_TABLE)
                .target("8")
                .load()
                .migrate();
        MemberId sabadell = new MemberId(UUID.randomUUID());
        PersonId technician = new PersonId(UUID.randomUUID());
        WorkingGroupId housing = new WorkingGroupId(UUID.randomUUID());
        update("INSERT INTO xarxa_member (id, kind, official_code, name, version) VALUES (?, 'MUNICIPALITY', '081878', 'Sabadell', 2)",
                sabadell.toString());
        update("INSERT INTO xarxa_member_status_change (member_id, position, status, since, reference)"
                + " VALUES (?, 0, 'APPLIED', DATE '2026-01-05', '')", sabadell.toString());
        update("INSERT INTO xarxa_member_status_change (member_id, position, status, since, reference)"
                + " VALUES (?, 1, 'MEMBER', DATE '2026-01-20', 'AG 2026-01')", sabadell.toString());
        update("INSERT INTO xarxa_person (id, name, email, phone, version)"
                + " VALUES (?, 'Tècnica d''habitatge', 'habitatge@ajsabadell.cat', '', 1)", technician.toString());
        update("INSERT INTO xarxa_working_group (id, name, theme, mandate, need_id, coordinator_id, version)"
                + " VALUES (?, 'Habitatge cooperatiu', 'housing-cooperatives', '', NULL, ?, 1)",
                housing.toString(), technician.toString());
        update("INSERT INTO xarxa_group_coordinator (group_id, position, member_id) VALUES (?, 0, ?)",
                housing.toString(), sabadell.toString());
        update("INSERT INTO xarxa_group_step (group_id, position, status, taken_on, reference)"
                + " VALUES (?, 0, 'PROPOSED', DATE '2026-02-02', 'Plenari 2026')", housing.toString());
        BodySeat seat = new BodySeat(new SeatId(UUID.randomUUID()), Body.TECHNICAL_COMMISSION, sabadell, technician,
                "member", LocalDate.of(2026, 2, 1), null, 0);
        NetworkEvent assembly = new NetworkEvent(new EventId(UUID.randomUUID()), EventKind.ORDINARY_ASSEMBLY,
                "Assemblea General ordinària", LocalDate.of(2026, 3, 21), LocalTime.of(10, 0), LocalTime.of(13, 30),
                MeetingFormat.HYBRID, "Sabadell", "https://meet.xarxa.cat/ag", EventStatus.HELD,
                List.of(new Attendance(sabadell, technician)), 0);
        List<CastVote> votes = List.of(new CastVote(sabadell, VoteChoice.YES, true, ""));
        Tally tally = Tally.of(1, votes);
        AssemblyDecision budget = new AssemblyDecision(new DecisionId(UUID.randomUUID()), assembly.id(), assembly.on(),
                "AG 2026-03 #1", "Pressupost del grup d'habitatge",
                new Motion.BudgetAllocation(housing, 2026, Money.euros("3000.00")), votes, tally, VotingRules.DEFAULT,
                VotingRules.DEFAULT.outcome(tally));
        StorageConfig onTheHostsPool = new StorageConfig(Map.of(), Map.of(JdbcStorageProvider.DATA_SOURCE, hostPool));

        try (Storage upgraded = new JdbcStorageProvider().open(onTheHostsPool)) {
            upgraded.transaction(tx -> {
                tx.governance().save(seat);
                tx.governance().save(assembly);
                tx.governance().add(budget);
                return null;
            });
        }

        try (Storage reopened = new JdbcStorageProvider().open(onTheHostsPool)) {
            reopened.transaction(tx -> {
                assertEquals(Optional.of(seat.withVersion(1)), tx.governance().seat(seat.id()));
                assertEquals(List.of(assembly.withVersion(1)),
                        tx.governance().eventsBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
                assertEquals(Optional.of(budget), tx.governance().decisionByReference("AG 2026-03 #1"));
                assertEquals(List.of(budget), tx.governance().decisionsAt(assembly.id()));
                WorkingGroup group = tx.workingGroups().group(housing).orElseThrow();
                assertEquals(List.of(sabadell), group.coordinators());
                assertEquals(technician, group.coordinator());
                assertEquals(GroupStatus.PROPOSED, group.status());
                assertEquals(1, group.version());
                return null;
            });
        }
        assertEquals(List.of("SQL 1", "SQL 2", "SQL 3", "SQL 4", "SQL 5", "SQL 6", "SQL 7", "SQL 8", "SQL 9", "SQL 10"), versionsIn("\"xarxa_schema_history\""));
    }

    /** Opens Xarxa, has Sabadell apply, closes. */
    private static MemberId applySabadell(Xarxa.Builder builder) {
        try (Xarxa xarxa = builder.build()) {
            return xarxa.members().apply(new ApplyForMembership(IneCode.parse("081878"), LocalDate.of(2026, 3, 2)))
                    .orElseThrow();
        }
    }

    /** The versions a Flyway history table records, with how each got there, e.g. {@code SQL 1}. */
    private List<String> versionsIn(String historyTable) throws SQLException {
        return column("SELECT \"type\" || ' ' || \"version\" FROM " + historyTable
                + " WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"");
    }

    private List<String> column(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = hostPool.getConnection();
             PreparedStatement query = connection.prepareStatement(sql);
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private void update(String sql, String... parameters) throws SQLException {
        try (Connection connection = hostPool.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    /**
     * A database of the eighth script, holding a council and a working group with a product: the
     * adapter adds the tables of work plans and good practices, and the plan, whose action shows
     * the group's product as evidence, the call, the council's practice and its training read
     * back as saved, the group as it was.
     */
    @Test
    void aDatabaseOfTheEighthScriptIsUpgradedAndKeepsWorkPlansAndGoodPractices() throws SQLException {
        Flyway.configure()
                .dataSource(hostPool)
                .locations(JdbcStorageProvider.SCHEMA_LOCATION + "/h2")
                .table(JdbcStorageProvider.SCHEMA_HISTORY_TABLE)
                .target("8")
                .load()
                .migrate();
        MemberId sabadell = new MemberId(UUID.randomUUID());
        WorkingGroupId group = new WorkingGroupId(UUID.randomUUID());
        String product = UUID.randomUUID().toString();
        update("INSERT INTO xarxa_member (id, kind, official_code, name, version) VALUES (?, 'MUNICIPALITY', '081878', 'Sabadell', 2)",
                sabadell.toString());
        update("INSERT INTO xarxa_member_status_change (member_id, position, status, since, reference)"
                + " VALUES (?, 0, 'APPLIED', DATE '2026-01-05', '')", sabadell.toString());
        update("INSERT INTO xarxa_member_status_change (member_id, position, status, since, reference)"
                + " VALUES (?, 1, 'MEMBER', DATE '2026-01-20', 'AG 2026-01')", sabadell.toString());
        update("INSERT INTO xarxa_working_group (id, name, theme, mandate, need_id, coordinator_id, version)"
                + " VALUES (?, 'Compra pública', 'responsible-public-procurement', '', NULL, NULL, 1)", group.toString());
        update("INSERT INTO xarxa_group_coordinator (group_id, position, member_id) VALUES (?, 0, ?)", group.toString(),
                sabadell.toString());
        update("INSERT INTO xarxa_group_step (group_id, position, status, taken_on, reference)"
                + " VALUES (?, 0, 'PROPOSED', DATE '2026-02-02', '')", group.toString());
        update("INSERT INTO xarxa_group_product (group_id, position, product_id, title, kind, status, published_on)"
                + " VALUES (?, 0, ?, 'Guia de clàusules', 'GUIDE', 'PUBLISHED', DATE '2026-06-01')", group.toString(), product);
        WorkPlan plan = new WorkPlan(new PlanId(UUID.randomUUID()), "Pla de treball 2026", 2026, 2026,
                LocalDate.of(2026, 1, 20), "AG 2026-01", List.of(new StrategicLine("I", "Compra pública responsable",
                List.of(new Objective("I.1", "Clàusules socials", List.of(new PlanAction("I.1.1", "Guia de clàusules",
                        List.of(Responsible.body(Body.TECHNICAL_COMMISSION)), List.of(Responsible.members()), List.of(),
                        List.of(PlanCell.semester(2026, 1)), ActionStatus.DONE, 100,
                        List.of(new Evidence(EvidenceKind.GROUP_PRODUCT, product, "", LocalDate.of(2026, 6, 1))))))))),
                0);
        PracticeCall call = new PracticeCall(new CallId(UUID.randomUUID()), "Bones pràctiques 2026",
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 30), PracticeThemes.CALL_2020, 0);
        PracticeSubmission practice = PracticeSubmission.submitted(new SubmissionId(UUID.randomUUID()), call.id(),
                sabadell, "Mercat social", List.of("Ajuntament de Sabadell"), "Un mercat de proximitat",
                new PersonId(UUID.randomUUID()), List.of(PracticeThemes.INTER_COOPERATION), LocalDate.of(2026, 4, 2));
        Training training = new Training(new TrainingId(UUID.randomUUID()), sabadell, "Clàusules socials",
                "responsible-public-procurement", LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 6),
                MeetingFormat.VIRTUAL, 20, "", 0);
        StorageConfig config = new StorageConfig(Map.of(), Map.of(JdbcStorageProvider.DATA_SOURCE, hostPool));

        try (Storage upgraded = new JdbcStorageProvider().open(config)) {
            upgraded.transaction(tx -> tx.workPlans().save(plan) + tx.practices().save(call)
                    + tx.practices().save(practice) + tx.practices().save(training));
        }

        try (Storage reopened = new JdbcStorageProvider().open(config)) {
            assertEquals(Optional.of(plan.withVersion(1)), reopened.transaction(tx -> tx.workPlans().plan(plan.id())));
            assertEquals(List.of(call.withVersion(1)), reopened.transaction(tx -> {
                try (Stream<PracticeCall> calls = tx.practices().calls()) {
                    return calls.toList();
                }
            }));
            assertEquals(Optional.of(practice.withVersion(1)), reopened.transaction(tx ->
                    tx.practices().submission(practice.id())));
            assertEquals(Optional.of(training.withVersion(1)), reopened.transaction(tx ->
                    tx.practices().training(training.id())));
            WorkingGroup kept = reopened.transaction(tx -> tx.workingGroups().group(group)).orElseThrow();
            assertEquals(List.of(sabadell), kept.coordinators());
            assertEquals(product, kept.products().get(0).id().toString());
        }
        assertEquals(List.of("SQL 1", "SQL 2", "SQL 3", "SQL 4", "SQL 5", "SQL 6", "SQL 7", "SQL 8", "SQL 9", "SQL 10"), versionsIn("\"xarxa_schema_history\""));
    }
}
