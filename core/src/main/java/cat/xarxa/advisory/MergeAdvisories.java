package cat.xarxa.advisory;

import cat.xarxa.common.CommandValidator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * Merges open advisories of several councils on the same topic into one joint advisory, charged once: the first one carries every request and the others give their reservation back.
 *
 * @param advisories the advisories, the one to keep first
 * @param on the date
 */
public record MergeAdvisories(
        @NotNull @Size(min = 2, max = 50) List<@NotNull AdvisoryId> advisories,
        @NotNull LocalDate on) {

    public MergeAdvisories {
        CommandValidator.requireValid(MergeAdvisories.class, advisories, on);
        advisories = List.copyOf(advisories);
    }
}
