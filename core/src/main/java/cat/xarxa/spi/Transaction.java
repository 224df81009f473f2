package cat.xarxa.spi;

import cat.xarxa.advisory.AdvisoryRecords;
import cat.xarxa.care.CareLog;
import cat.xarxa.care.Needs;
import cat.xarxa.fee.FeeRecords;
import cat.xarxa.mentorship.MentorshipRecords;
import cat.xarxa.workinggroup.WorkingGroupRecords;
import cat.xarxa.member.Members;
import cat.xarxa.partner.Partners;
import cat.xarxa.member.People;

/**
 * The ports of one unit of work. Each area adds its port here as it is built; a storage
 * adapter implements all of them over the same connection or snapshot.
 */
public interface Transaction {

    /** The members. */
    Members members();

    /** The people of the network. */
    People people();

    /** The partner organisations of the ecosystem. */
    Partners partners();

    /** The needs members raised. */
    Needs needs();

    /** The log of contacts with members and the onboarding meetings. */
    CareLog careLog();

    /** Fee policies, assessments and payments. */
    FeeRecords fees();

    /** Hour banks with their ledgers, advisories and their products. */
    AdvisoryRecords advisories();

    /** Mentor profiles and mentorships. */
    MentorshipRecords mentorships();

    /** Working groups, their yearly budgets and the budgets' ledger. */
    WorkingGroupRecords workingGroups();

    /** Seats on the bodies, the calendar's events and the assembly's decisions. */
    cat.xarxa.governance.GovernanceRecords governance();

    /** Work plans with their actions' progress. */
    cat.xarxa.workplan.WorkPlanRecords workPlans();

    /** Calls for good practices, their submissions and the trainings councils open. */
    cat.xarxa.practice.PracticeRecords practices();

    /** The journal of events. */
    Journal journal();
}
