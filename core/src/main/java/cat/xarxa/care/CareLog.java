package cat.xarxa.care;

import cat.xarxa.member.MemberId;
import java.util.List;
import java.util.stream.Stream;

/**
 * The follow-up log of contacts and the onboarding meetings, as a store holds them (port). Both
 * only grow: an entry is added, never changed.
 */
public interface CareLog {

    /**
     * Adds a contact.
     *
     * @throws cat.xarxa.common.ConcurrentUpdateException if one with the same id is there
     */
    void add(Contact contact);

    /**
     * Adds an onboarding meeting.
     *
     * @throws cat.xarxa.common.ConcurrentUpdateException if one with the same id is there
     */
    void add(OnboardingMeeting meeting);

    /**
     * Empties a logged contact's note, for a person's erasure: the log is otherwise never changed.
     * A contact that is not stored is left alone.
     */
    void eraseNote(ContactId contact);

    /** Empties an onboarding meeting's notes, for a person's erasure; as {@link #eraseNote}. */
    void eraseNotes(MeetingId meeting);

    /** The contacts with a member, by date (then by id). */
    List<Contact> contactsOf(MemberId member);

    /** The onboarding meetings of a member, by date (then by id). */
    List<OnboardingMeeting> meetingsOf(MemberId member);

    /** Every contact in id order, read as consumed; close the stream. */
    Stream<Contact> contacts();

    /** Every onboarding meeting in id order, read as consumed; close the stream. */
    Stream<OnboardingMeeting> meetings();
}
