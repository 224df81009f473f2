package cat.xarxa.practice;

import cat.xarxa.common.CommandValidator;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * The Technical Commission reviews a submission: selected or not and, if selected, whether to
 * share it as soon as possible (web, newsletter, social networks).
 *
 * @param submission         the submission
 * @param selected           whether it is selected
 * @param earlyDissemination whether to disseminate it early; only for a selected one
 * @param on                 the day of the review; not before the submission
 */
public record ReviewSubmission(@NotNull SubmissionId submission, boolean selected, boolean earlyDissemination,
                               @NotNull LocalDate on) {

    public ReviewSubmission {
        CommandValidator.requireValid(ReviewSubmission.class, submission, selected, earlyDissemination, on);
    }
}
