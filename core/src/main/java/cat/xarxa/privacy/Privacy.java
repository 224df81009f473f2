package cat.xarxa.privacy;

import cat.xarxa.common.Decision;
import cat.xarxa.member.PersonId;
import java.time.LocalDate;
import java.util.List;

/** A person's rights over their data: {@code xarxa.privacy()}. */
public interface Privacy {

    /**
     * Everything the network holds about a person, across all areas.
     * {@code person.not-found}
     */
    Decision<SubjectAccess> subjectAccess(PersonId person);

    /**
     * Pseudonymises a person: the name becomes {@link cat.xarxa.member.Person#placeholderName},
     * email, phone and expertise are emptied, the free texts tied to the person that the stores
     * can change are cleared, and the mentor profile is closed; every link by id stays, so
     * mandates, ledgers, balances and histories are unchanged. The journal gets a
     * {@code PersonErased} entry, without the old name.
     * {@code person.not-found}, {@code privacy.already-erased}, {@code privacy.reason-missing}
     *
     * @param on     the day of the erasure
     * @param reason why, e.g. {@code sol·licitud de la persona} or {@code termini de conservació};
     *               must not hold personal data
     */
    Decision<Erasure> erase(PersonId person, LocalDate on, String reason);

    /**
     * The people not yet erased whose every link to the network (mandates, participations,
     * seats, mentorships, advisory requests…) ended longer ago than the retention policy keeps
     * their contact data, in id order; the host then calls {@link #erase} for each.
     */
    List<DueForErasure> dueForErasure(LocalDate asOf);

    /** The retention policy in force. */
    RetentionPolicy retention();
}
