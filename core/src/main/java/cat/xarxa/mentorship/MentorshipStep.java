package cat.xarxa.mentorship;

import cat.xarxa.common.PersonalData;
import cat.xarxa.member.PersonId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One step of a mentorship's history: the status entered, when, by whom and why.
 *
 * @param status the status entered
 * @param on     the date
 * @param by     the person who took the step; null for the library's own (lapse, expiry)
 * @param note   the reason or note; may be empty
 */
public record MentorshipStep(MentorshipStatus status, LocalDate on, PersonId by, @PersonalData String note) {
    public MentorshipStep {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(on, "on");
        note = note == null ? "" : note;
    }
}
