package cat.xarxa.practice;

import cat.xarxa.common.CommandValidator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * Opens a call for good practices.
 *
 * @param title      its title
 * @param opensOn    the first day
 * @param deadline   the last day (e.g. 30 April)
 * @param priorities the themes it gives priority to, as tags, e.g. {@link PracticeThemes#CALL_2020}
 */
public record OpenCall(
        @NotBlank @Size(max = 200) String title,
        @NotNull LocalDate opensOn,
        @NotNull LocalDate deadline,
        @NotNull @Size(max = 20) List<@NotNull @Size(max = 60) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") String> priorities) {

    public OpenCall {
        CommandValidator.requireValid(OpenCall.class, title, opensOn, deadline, priorities);
        title = title.trim();
        priorities = List.copyOf(priorities);
    }
}
