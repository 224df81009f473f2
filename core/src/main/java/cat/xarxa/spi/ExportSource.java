package cat.xarxa.spi;

import cat.xarxa.care.Contact;
import cat.xarxa.care.Need;
import cat.xarxa.care.OnboardingMeeting;
import cat.xarxa.member.Member;
import cat.xarxa.partner.Partner;
import cat.xarxa.member.Person;
import java.time.LocalDate;
import java.util.stream.Stream;

/** What an export reads, within one unit of work so that it sees one consistent state. */
public interface ExportSource {

    /** Every member in id order, read as consumed; close the stream. */
    Stream<Member> members();

    /**
     * The date the export is taken on, by the facade's clock in the network's zone; a report
     * format (e.g. a census) is as of this date.
     *
     * @throws UnsupportedOperationException from a source that has no clock (a hand-made one)
     */
    default LocalDate asOf() {
        throw new UnsupportedOperationException("this export source has no date; a report needs one");
    }

    /**
     * Every person in id order, read as consumed; close the stream. People hold personal data:
     * a format for publication leaves them out.
     */
    default Stream<Person> people() {
        return Stream.empty();
    }

    /** Every partner organisation in id order; close the stream. */
    default Stream<Partner> partners() {
        return Stream.empty();
    }

    /** Every need in id order; close the stream. */
    default Stream<Need> needs() {
        return Stream.empty();
    }

    /** Every logged contact in id order; close the stream. Notes may hold personal details. */
    default Stream<Contact> contacts() {
        return Stream.empty();
    }

    /** Every onboarding meeting in id order; close the stream. */
    default Stream<OnboardingMeeting> meetings() {
        return Stream.empty();
    }

    /** Every approved fee policy, by year; close the stream. */
    default Stream<cat.xarxa.fee.FeePolicy> feePolicies() {
        return Stream.empty();
    }

    /** Every fee assessment in id order; close the stream. */
    default Stream<cat.xarxa.fee.FeeAssessment> assessments() {
        return Stream.empty();
    }

    /** Every fee payment and refund in id order; close the stream. */
    default Stream<cat.xarxa.fee.Payment> payments() {
        return Stream.empty();
    }

    /** Every hour bank, by period; close the stream. */
    default Stream<cat.xarxa.advisory.HourBank> hourBanks() {
        return Stream.empty();
    }

    /** Every ledger entry of the hour banks in id order; close the stream. */
    default Stream<cat.xarxa.advisory.LedgerEntry> ledgerEntries() {
        return Stream.empty();
    }

    /** Every advisory in id order; close the stream. Requests' details may hold personal details. */
    default Stream<cat.xarxa.advisory.Advisory> advisories() {
        return Stream.empty();
    }

    /** Every advisory material in id order; close the stream. */
    default Stream<cat.xarxa.advisory.AdvisoryProduct> advisoryProducts() {
        return Stream.empty();
    }

    /** Every mentor profile in person id order; close the stream. */
    default Stream<cat.xarxa.mentorship.MentorProfile> mentorProfiles() {
        return Stream.empty();
    }

    /** Every mentorship in id order; close the stream. Notes and summaries may hold personal details. */
    default Stream<cat.xarxa.mentorship.Mentorship> mentorships() {
        return Stream.empty();
    }

    /** Every working group in id order; close the stream. */
    default Stream<cat.xarxa.workinggroup.WorkingGroup> workingGroups() {
        return Stream.empty();
    }

    /** Every working group's yearly budget, by group then year; close the stream. */
    default Stream<cat.xarxa.workinggroup.GroupBudget> groupBudgets() {
        return Stream.empty();
    }

    /** Every entry of the working groups' budgets in id order; close the stream. */
    default Stream<cat.xarxa.workinggroup.BudgetEntry> budgetEntries() {
        return Stream.empty();
    }
    /** Every seat on the network's bodies in id order; close the stream. */
    default Stream<cat.xarxa.governance.BodySeat> bodySeats() {
        return Stream.empty();
    }

    /** Every event of the calendar in id order; close the stream. */
    default Stream<cat.xarxa.governance.NetworkEvent> events() {
        return Stream.empty();
    }

    /**
     * Where an event can be seen in the host application (e.g. the council's intranet), if the
     * facade was given a link template; an iCalendar export links back to it.
     */
    default java.util.Optional<java.net.URI> linkTo(cat.xarxa.governance.NetworkEvent event) {
        return java.util.Optional.empty();
    }

    /** Every assembly decision in id order; close the stream. */
    default Stream<cat.xarxa.governance.AssemblyDecision> decisions() {
        return Stream.empty();
    }

    /** Every call for good practices in id order; close the stream. */
    default Stream<cat.xarxa.practice.PracticeCall> practiceCalls() {
        return Stream.empty();
    }

    /** Every submitted practice in id order; close the stream. Contact people are personal data. */
    default Stream<cat.xarxa.practice.PracticeSubmission> practiceSubmissions() {
        return Stream.empty();
    }

    /** Every training councils opened to the network in id order; close the stream. */
    default Stream<cat.xarxa.practice.Training> trainings() {
        return Stream.empty();
    }

    /** Every work plan in id order; close the stream. */
    default Stream<cat.xarxa.workplan.WorkPlan> workPlans() {
        return Stream.empty();
    }
}
