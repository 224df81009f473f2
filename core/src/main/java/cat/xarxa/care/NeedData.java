package cat.xarxa.care;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A need as an import format reads it, before it is checked.
 *
 * @param id          the id as text (a UUID)
 * @param member      the member's id as text
 * @param category    the category
 * @param description what is needed
 * @param raisedOn    when it was raised
 * @param expectedOn  when it is expected, or null
 * @param followUps   the follow-up log, oldest first
 */
public record NeedData(
        @NotBlank @Size(max = 36) String id,
        @NotBlank @Size(max = 36) String member,
        @NotBlank @Size(max = 60) String category,
        @NotBlank @Size(max = 2000) String description,
        @NotNull LocalDate raisedOn,
        LocalDate expectedOn,
        @NotNull List<@Valid @NotNull Entry> followUps) {

    /** The data of a stored need, as an export writes it. */
    public static NeedData of(Need need) {
        return new NeedData(need.id().toString(), need.member().toString(), need.category(), need.description(),
                need.raisedOn(), need.expectedOn(),
                need.followUps().stream().map(f -> new Entry(f.on(), f.status(), f.note())).toList());
    }

    /**
     * One follow-up as read.
     *
     * @param on     the date
     * @param status the status after it
     * @param note   the note, or empty
     */
    public record Entry(@NotNull LocalDate on, @NotNull NeedStatus status, @Size(max = 2000) String note) {
    }
}
