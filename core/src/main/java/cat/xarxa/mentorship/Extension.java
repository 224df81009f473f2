package cat.xarxa.mentorship;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An extension both people agreed explicitly (seed 004: one year at most, unless an extension is
 * agreed explicitly).
 *
 * @param until             the new end date
 * @param mentorAgreedOn    when the mentor agreed
 * @param menteeAgreedOn    when the mentee agreed
 */
public record Extension(LocalDate until, LocalDate mentorAgreedOn, LocalDate menteeAgreedOn) {
    public Extension {
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(mentorAgreedOn, "mentorAgreedOn");
        Objects.requireNonNull(menteeAgreedOn, "menteeAgreedOn");
    }
}
