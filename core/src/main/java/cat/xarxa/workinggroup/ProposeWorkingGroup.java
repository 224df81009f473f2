package cat.xarxa.workinggroup;

import cat.xarxa.care.NeedId;
import cat.xarxa.common.CommandValidator;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.PersonId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * Proposes a working group, from a member's recorded need or a proposal.
 *
 * @param name its name
 * @param theme a theme tag, e.g. {@code housing-cooperatives}
 * @param mandate what it is for; may be null
 * @param need the need it answers, or null
 * @param coordinators the coordinating councils
 * @param coordinator the coordinating person, or null
 * @param on the date
 * @param reference the decision or proposal; may be null
 */
public record ProposeWorkingGroup(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 60) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") String theme,
        @Size(max = 2000) String mandate,
        NeedId need,
        @NotNull @Size(min = 1, max = 20) List<@NotNull MemberId> coordinators,
        PersonId coordinator,
        @NotNull LocalDate on,
        @Size(max = 200) String reference) {

    public ProposeWorkingGroup {
        CommandValidator.requireValid(ProposeWorkingGroup.class, name, theme, mandate, need, coordinators, coordinator, on, reference);
        name = name.trim();
        theme = theme.trim();
        coordinators = List.copyOf(coordinators);
    }
}
