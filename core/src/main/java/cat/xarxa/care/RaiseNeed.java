package cat.xarxa.care;

import cat.xarxa.common.CommandValidator;
import cat.xarxa.member.MemberId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A member raises a need.
 *
 * @param memberId    the member
 * @param category    a category of the catalogue, e.g. {@code hiring-and-procurement}
 * @param description what is needed
 * @param raisedOn    when
 * @param expectedOn  when the member expects it; may be null
 */
public record RaiseNeed(@NotNull MemberId memberId, @NotBlank @Size(max = 60) String category,
                        @NotBlank @Size(max = 2000) String description, @NotNull LocalDate raisedOn, LocalDate expectedOn) {

    public RaiseNeed {
        CommandValidator.requireValid(RaiseNeed.class, memberId, category, description, raisedOn, expectedOn);
    }
}
