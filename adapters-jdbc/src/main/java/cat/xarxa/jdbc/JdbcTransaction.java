package cat.xarxa.jdbc;

import cat.xarxa.advisory.AdvisoryRecords;
import cat.xarxa.care.CareLog;
import cat.xarxa.care.Needs;
import cat.xarxa.fee.FeeRecords;
import cat.xarxa.governance.GovernanceRecords;
import cat.xarxa.member.Members;
import cat.xarxa.member.People;
import cat.xarxa.mentorship.MentorshipRecords;
import cat.xarxa.partner.Partners;
import cat.xarxa.practice.PracticeRecords;
import cat.xarxa.spi.Journal;
import cat.xarxa.spi.Transaction;
import cat.xarxa.workinggroup.WorkingGroupRecords;
import cat.xarxa.workplan.WorkPlanRecords;
import java.sql.Connection;

/** The ports of one unit of work, all on the same connection and the same statements. */
final class JdbcTransaction implements Transaction, AutoCloseable {

    private final Statements statements;
    private final JdbcMembers members;
    private final JdbcPeople people;
    private final JdbcPartners partners;
    private final JdbcNeeds needs;
    private final JdbcCareLog careLog;
    private final JdbcFeeRecords fees;
    private final JdbcAdvisoryRecords advisories;
    private final JdbcMentorshipRecords mentorships;
    private final JdbcWorkingGroupRecords workingGroups;
    private final JdbcWorkPlanRecords workPlans;
    private final JdbcPracticeRecords practices;
    private final JdbcGovernanceRecords governance;
    private final JdbcJournal journal;

    JdbcTransaction(Connection connection, Database database) {
        this.statements = new Statements(connection);
        this.members = new JdbcMembers(statements, database);
        this.people = new JdbcPeople(statements, database);
        this.partners = new JdbcPartners(statements, database);
        // Needs, contacts and meetings name their member with a foreign key: before they are
        // written, the members this unit of work holds back are.
        this.needs = new JdbcNeeds(statements, database, members::flush);
        this.careLog = new JdbcCareLog(new JdbcContacts(statements, database, members::flush),
                new JdbcOnboardingMeetings(statements, database, members::flush));
        // A payment names its assessment too: before payments are written, the assessments held
        // back are, and before them the members.
        JdbcFeeAssessments assessments = new JdbcFeeAssessments(statements, database, members::flush);
        this.fees = new JdbcFeeRecords(new JdbcFeePolicies(statements, database), assessments,
                new JdbcFeePayments(statements, database, assessments::flush));
        // Advisories name their councils with a foreign key too; banks, the ledger and products
        // name nothing the unit of work holds back.
        this.advisories = new JdbcAdvisoryRecords(new JdbcHourBanks(statements, database),
                new JdbcHourLedger(statements, database), new JdbcAdvisories(statements, database, members::flush),
                new JdbcAdvisoryProducts(statements, database));
        // Mentor profiles and mentorships name their councils with a foreign key too.
        this.mentorships = new JdbcMentorshipRecords(new JdbcMentorProfiles(statements, database, members::flush),
                new JdbcMentorships(statements, database, members::flush));
        // Working groups name their councils with a foreign key too; budgets name their group,
        // which is written at once, and the ledger names nothing.
        this.workingGroups = new JdbcWorkingGroupRecords(new JdbcWorkingGroups(statements, database, members::flush),
                new JdbcGroupBudgets(statements, database), new JdbcBudgetLedger(statements, database));
        // Work plans name nothing the unit of work holds back.
        this.workPlans = new JdbcWorkPlanRecords(new JdbcWorkPlans(statements, database));
        // Submissions and trainings name their council with a foreign key too; calls name nothing,
        // and submissions name their call, which is written at once.
        this.practices = new JdbcPracticeRecords(new JdbcPracticeCalls(statements, database),
                new JdbcPracticeSubmissions(statements, database, members::flush),
                new JdbcTrainings(statements, database, members::flush));
        // Seats, attendance and votes name their councils with a foreign key too; a decision names
        // its assembly, an event, which is written at once.
        this.governance = new JdbcGovernanceRecords(new JdbcBodySeats(statements, database, members::flush),
                new JdbcEvents(statements, database, members::flush),
                new JdbcAssemblyDecisions(statements, database, members::flush));
        this.journal = new JdbcJournal(statements, database);
    }

    @Override
    public Members members() {
        return members;
    }

    @Override
    public People people() {
        return people;
    }

    @Override
    public Partners partners() {
        return partners;
    }

    @Override
    public Needs needs() {
        return needs;
    }

    @Override
    public CareLog careLog() {
        return careLog;
    }

    @Override
    public FeeRecords fees() {
        return fees;
    }

    @Override
    public AdvisoryRecords advisories() {
        return advisories;
    }

    @Override
    public MentorshipRecords mentorships() {
        return mentorships;
    }

    @Override
    public WorkingGroupRecords workingGroups() {
        return workingGroups;
    }

    @Override
    public WorkPlanRecords workPlans() {
        return workPlans;
    }

    @Override
    public PracticeRecords practices() {
        return practices;
    }

    @Override
    public GovernanceRecords governance() {
        return governance;
    }

    @Override
    public Journal journal() {
        return journal;
    }

    /** Writes what the ports hold back, members before what names them; called before commit. */
    void flush() {
        members.flush();
        people.flush();
        partners.flush();
        needs.flush();
        careLog.flush();
        fees.flush();
    }

    /** Closes every statement and open stream; the ports refuse to work from now on. */
    @Override
    public void close() {
        statements.close();
    }
}
