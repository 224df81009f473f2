package cat.xarxa.practice;

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
 * A member council submits a good practice to an open call; it may submit as many as it wants.
 *
 * @param call      the call
 * @param council   the council
 * @param title     its title
 * @param promoters the organisations that promote it; at least one
 * @param summary   a short explanation
 * @param contact   the reference person (registered in the directory of people)
 * @param themes    its themes, as tags
 * @param on        the day it is submitted
 */
public record SubmitPractice(
        @NotNull CallId call,
        @NotNull MemberId council,
        @NotBlank @Size(max = 200) String title,
        @NotNull @Size(min = 1, max = 20) List<@NotBlank @Size(max = 200) String> promoters,
        @NotBlank @Size(max = 2000) String summary,
        @NotNull PersonId contact,
        @NotNull @Size(max = 10) List<@NotNull @Size(max = 60) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") String> themes,
        @NotNull LocalDate on) {

    public SubmitPractice {
        CommandValidator.requireValid(SubmitPractice.class, call, council, title, promoters, summary, contact, themes, on);
        title = title.trim();
        promoters = promoters.stream().map(String::trim).toList();
        summary = summary.trim();
        themes = List.copyOf(themes);
    }
}
