package cat.xarxa.workplan;

import cat.xarxa.common.CommandValidator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * Adopts a work plan, as data: its lines, objectives and actions with who answers for each and
 * when. Every action starts planned at 0.
 *
 * @param title     its title, e.g. {@code Pla de treball 2017-2019}
 * @param firstYear the first year
 * @param lastYear  the last year
 * @param adoptedOn when it was adopted
 * @param reference the decision that adopted it; may be null
 * @param lines     its strategic lines
 */
public record AdoptWorkPlan(
        @NotBlank @Size(max = 200) String title,
        @Min(1900) @Max(2999) int firstYear,
        @Min(1900) @Max(2999) int lastYear,
        @NotNull LocalDate adoptedOn,
        @Size(max = 200) String reference,
        @NotNull @Size(min = 1, max = 50) List<@NotNull StrategicLine> lines) {

    public AdoptWorkPlan {
        CommandValidator.requireValid(AdoptWorkPlan.class, title, firstYear, lastYear, adoptedOn, reference, lines);
        title = title.trim();
        reference = reference == null ? "" : reference.trim();
        lines = List.copyOf(lines);
    }
}
