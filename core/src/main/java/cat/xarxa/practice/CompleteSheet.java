package cat.xarxa.practice;

import cat.xarxa.common.CommandValidator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Completes the systematisation sheet of a selected practice with the council.
 *
 * @param submission  the submission
 * @param context     the situation it answers
 * @param description what was done, and how
 * @param results     what it achieved
 * @param lessons     what others can learn; may be null
 * @param link        where the full sheet is (http or https); may be null
 * @param supported   whether the technical assistance helped complete it
 * @param on          the day it was completed
 */
public record CompleteSheet(
        @NotNull SubmissionId submission,
        @NotBlank @Size(max = 4000) String context,
        @NotBlank @Size(max = 4000) String description,
        @NotBlank @Size(max = 4000) String results,
        @Size(max = 4000) String lessons,
        @Size(max = 500) String link,
        boolean supported,
        @NotNull LocalDate on) {

    public CompleteSheet {
        CommandValidator.requireValid(CompleteSheet.class, submission, context, description, results, lessons, link,
                supported, on);
    }

    /** The sheet this command completes. */
    public SystematisationSheet sheet() {
        return new SystematisationSheet(context.trim(), description.trim(), results.trim(),
                lessons == null ? "" : lessons.trim(), link == null ? "" : link.trim(), supported, on);
    }
}
