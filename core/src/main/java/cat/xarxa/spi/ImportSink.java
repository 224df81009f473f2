package cat.xarxa.spi;

import cat.xarxa.care.ContactData;
import cat.xarxa.care.MeetingData;
import cat.xarxa.care.NeedData;
import cat.xarxa.common.Reason;
import cat.xarxa.member.MemberData;
import cat.xarxa.member.PersonData;
import cat.xarxa.partner.PartnerData;

/**
 * Takes the records an import format reads, checks each and stores it in the import's unit of
 * work.
 */
public interface ImportSink {

    /**
     * One member.
     *
     * @param where where the record was found, for error messages
     * @param data  the record as read
     * @throws ImportException naming the record and the field if it is wrong
     */
    void member(RecordLocation where, MemberData data);

    /**
     * One person. People come before the members whose mandates name them.
     *
     * @param where where the record was found, for error messages
     * @param data  the record as read
     * @throws ImportException naming the record and the field if it is wrong; a sink that takes
     *                         no people refuses the record
     */
    default void person(RecordLocation where, PersonData data) {
        throw new ImportException(where, "", Reason.of("import.unknown-record", "person"), null);
    }

    /** One partner organisation; as {@link #person}. */
    default void partner(RecordLocation where, PartnerData data) {
        throw new ImportException(where, "", Reason.of("import.unknown-record", "partner"), null);
    }

    /** One need, after the member it belongs to; as {@link #person}. */
    default void need(RecordLocation where, NeedData data) {
        throw new ImportException(where, "", Reason.of("import.unknown-record", "need"), null);
    }

    /** One logged contact, after its member; as {@link #person}. */
    default void contact(RecordLocation where, ContactData data) {
        throw new ImportException(where, "", Reason.of("import.unknown-record", "contact"), null);
    }

    /** One onboarding meeting, after its member; as {@link #person}. */
    default void meeting(RecordLocation where, MeetingData data) {
        throw new ImportException(where, "", Reason.of("import.unknown-record", "meeting"), null);
    }

    /**
     * One fee policy, checked as the assembly's approval would check it; as {@link #person}.
     */
    default void feePolicy(RecordLocation where, cat.xarxa.fee.FeePolicy policy) {
        throw new ImportException(where, "", Reason.of("import.unknown-record", "fee-policy"), null);
    }

    /** One fee assessment, after its member and its year's policy; as {@link #person}. */
    default void assessment(RecordLocation where, cat.xarxa.fee.FeeAssessment assessment) {
        throw new ImportException(where, "", Reason.of("import.unknown-record", "fee-assessment"), null);
    }

    /** One fee payment or refund, after the assessment it pays; as {@link #person}. */
    default void payment(RecordLocation where, cat.xarxa.fee.Payment payment) {
        throw new ImportException(where, "", Reason.of("import.unknown-record", "fee-payment"), null);
    }

    /** One hour bank, with its totals; its entries follow. As {@link #person}. */
    default void hourBank(RecordLocation where, cat.xarxa.advisory.HourBank bank) {
        throw new ImportException(where, "", Reason.of("import.unknown-record", "hour-bank"), null);
    }

    /** One entry of an hour bank's ledger, after its bank; as {@link #person}. */
    default void ledgerEntry(RecordLocation where, cat.xarxa.advisory.LedgerEntry entry) {
        throw new ImportException(where, "", Reason.of("import.unknown-record", "ledger-entry"), null);
    }

    /** One advisory, after its bank, members and people; as {@link #person}. */
    default void advisory(RecordLocation where, cat.xarxa.advisory.Advisory advisory) {
        throw new ImportException(where, "", Reason.of("import.unknown-record", "advisory"), null);
    }

    /** One advisory material, after its advisory; as {@link #person}. */
    default void advisoryProduct(RecordLocation where, cat.xarxa.advisory.AdvisoryProduct product) {
        throw new ImportException(where, "", Reason.of("import.unknown-record", "advisory-product"), null);
    }

    /** One mentor profile, after the person and the council; as {@link #person}. */
    default void mentorProfile(RecordLocation where, cat.xarxa.mentorship.MentorProfile profile) {
        throw new ImportException(where, "", Reason.of("import.unknown-record", "mentor-profile"), null);
    }

    /** One mentorship, after both people and councils; as {@link #person}. */
    default void mentorship(RecordLocation where, cat.xarxa.mentorship.Mentorship mentorship) {
        throw new ImportException(where, "", Reason.of("import.unknown-record", "mentorship"), null);
    }

    /** One working group, after its councils, people, partners and need; as {@link #person}. */
    default void workingGroup(RecordLocation where, cat.xarxa.workinggroup.WorkingGroup group) {
        throw new ImportException(where, "", Reason.of("import.unknown-record", "working-group"), null);
    }

    /** One working group's budget of a year, after the group; its entries follow. As {@link #person}. */
    default void groupBudget(RecordLocation where, cat.xarxa.workinggroup.GroupBudget budget) {
        throw new ImportException(where, "", Reason.of("import.unknown-record", "group-budget"), null);
    }

    /** One budget entry, after its budget; as {@link #person}. */
    default void budgetEntry(RecordLocation where, cat.xarxa.workinggroup.BudgetEntry entry) {
        throw new ImportException(where, "", Reason.of("import.unknown-record", "budget-entry"), null);
    }
    /** One seat on a body, after its council and person; as {@link #person}. */
    default void bodySeat(RecordLocation where, cat.xarxa.governance.BodySeat seat) {
        throw new ImportException(where, "", Reason.of("import.unknown-record", "body-seat"), null);
    }

    /** One event of the calendar, after the councils and people that attended; as {@link #person}. */
    default void event(RecordLocation where, cat.xarxa.governance.NetworkEvent event) {
        throw new ImportException(where, "", Reason.of("import.unknown-record", "event"), null);
    }

    /** One assembly decision, after its assembly, the councils that voted and what it decided on; as {@link #person}. */
    default void decision(RecordLocation where, cat.xarxa.governance.AssemblyDecision decision) {
        throw new ImportException(where, "", Reason.of("import.unknown-record", "assembly-decision"), null);
    }

    /** One call for good practices; as {@link #person}. */
    default void practiceCall(RecordLocation where, cat.xarxa.practice.PracticeCall call) {
        throw new ImportException(where, "", Reason.of("import.unknown-record", "practice-call"), null);
    }

    /** One submitted practice, after its call, council and contact person; as {@link #person}. */
    default void practiceSubmission(RecordLocation where, cat.xarxa.practice.PracticeSubmission submission) {
        throw new ImportException(where, "", Reason.of("import.unknown-record", "practice-submission"), null);
    }

    /** One training, after its council; as {@link #person}. */
    default void training(RecordLocation where, cat.xarxa.practice.Training training) {
        throw new ImportException(where, "", Reason.of("import.unknown-record", "training"), null);
    }

    /** One work plan, after everything its evidence points at; as {@link #person}. */
    default void workPlan(RecordLocation where, cat.xarxa.workplan.WorkPlan plan) {
        throw new ImportException(where, "", Reason.of("import.unknown-record", "work-plan"), null);
    }
}
