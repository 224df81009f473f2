package cat.xarxa.practice;

import cat.xarxa.common.CommandValidator;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * Publishes a selected practice whose sheet is complete.
 *
 * @param submission the submission
 * @param on         the day of publication
 */
public record PublishPractice(@NotNull SubmissionId submission, @NotNull LocalDate on) {

    public PublishPractice {
        CommandValidator.requireValid(PublishPractice.class, submission, on);
    }
}
