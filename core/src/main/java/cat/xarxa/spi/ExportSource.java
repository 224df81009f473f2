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
}
