package cat.xarxa.mentorship;

import cat.xarxa.common.CommandValidator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Records the activities mentor and mentee agreed (free notes).
 *
 * @param mentorship the mentorship
 * @param activities what they agreed
 * @param on the date
 */
public record AgreeActivities(
        @NotNull MentorshipId mentorship,
        @NotNull @Size(max = 4000) String activities,
        @NotNull LocalDate on) {

    public AgreeActivities {
        CommandValidator.requireValid(AgreeActivities.class, mentorship, activities, on);
    }
}
