package cat.xarxa.jdbc;

import cat.xarxa.care.CareLog;
import cat.xarxa.care.Contact;
import cat.xarxa.care.OnboardingMeeting;
import cat.xarxa.member.MemberId;
import java.util.List;
import java.util.stream.Stream;

/**
 * The log of contacts with members and the onboarding meetings, within one unit of work: the
 * port {@link CareLog} over {@link JdbcContacts} and {@link JdbcOnboardingMeetings}, which keep
 * one table family each. Both only grow.
 */
final class JdbcCareLog implements CareLog {

    private final JdbcContacts contacts;
    private final JdbcOnboardingMeetings meetings;

    JdbcCareLog(JdbcContacts contacts, JdbcOnboardingMeetings meetings) {
        this.contacts = contacts;
        this.meetings = meetings;
    }

    @Override
    public void add(Contact contact) {
        contacts.add(contact);
    }

    @Override
    public void add(OnboardingMeeting meeting) {
        meetings.add(meeting);
    }

    @Override
    public void eraseNote(cat.xarxa.care.ContactId contact) {
        contacts.eraseNote(contact);
    }

    @Override
    public void eraseNotes(cat.xarxa.care.MeetingId meeting) {
        meetings.eraseNotes(meeting);
    }

    @Override
    public List<Contact> contactsOf(MemberId member) {
        return contacts.of(member);
    }

    @Override
    public List<OnboardingMeeting> meetingsOf(MemberId member) {
        return meetings.of(member);
    }

    @Override
    public Stream<Contact> contacts() {
        return contacts.all();
    }

    @Override
    public Stream<OnboardingMeeting> meetings() {
        return meetings.all();
    }

    /** Writes the contacts and meetings held back; called before commit. */
    void flush() {
        contacts.flush();
        meetings.flush();
    }
}
