package cat.xarxa.member;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A member as an import format reads it, before it is checked: any field may be missing or
 * wrong. The import checks these constraints, then the domain's ({@link MemberRules}), and
 * names the record and the field of the first problem found. The store's version is not part
 * of it: an imported member starts a new version count in its new store.
 *
 * @param id           the member's id as text (a UUID)
 * @param kind         the kind of member
 * @param officialCode the official code (INE code with check digit for a town council)
 * @param name         the name
 * @param history      the status changes, oldest first
 * @param population   the population figures, one a year; may be empty
 * @param mandates     the mandates of its people, past and present; may be empty
 */
@ValidOfficialCode
public record MemberData(
        @NotBlank @Size(max = 36) String id,
        @NotNull MemberKind kind,
        @NotBlank @Size(max = 20) String officialCode,
        @NotBlank @Size(max = 200) String name,
        @NotEmpty List<@Valid @NotNull Step> history,
        @NotNull List<@Valid @NotNull Figure> population,
        @NotNull List<@Valid @NotNull Term> mandates) {

    /** A member without population figures or mandates. */
    public MemberData(String id, MemberKind kind, String officialCode, String name, List<Step> history) {
        this(id, kind, officialCode, name, history, List.of(), List.of());
    }

    /** A member without mandates. */
    public MemberData(String id, MemberKind kind, String officialCode, String name, List<Step> history,
                      List<Figure> population) {
        this(id, kind, officialCode, name, history, population, List.of());
    }

    /** The data of a stored member, as an export writes it. */
    public static MemberData of(Member member) {
        return new MemberData(member.id().toString(), member.kind(), member.officialCode(), member.name(),
                member.history().stream().map(c -> new Step(c.status(), c.since(), c.reference())).toList(),
                member.population().stream().map(p -> new Figure(p.year(), p.inhabitants(), p.source())).toList(),
                member.mandates().stream().map(m -> new Term(m.person().toString(), m.role(), m.from(), m.to())).toList());
    }

    /**
     * One status change as read.
     *
     * @param status    the status entered
     * @param since     from when
     * @param reference on what ground; may be empty
     */
    public record Step(@NotNull MemberStatus status, @NotNull java.time.LocalDate since,
                       @Size(max = 500) String reference) {
    }

    /**
     * One population figure as read.
     *
     * @param year        the reference year
     * @param inhabitants the number of inhabitants
     * @param source      where it comes from
     */
    public record Figure(@Min(1900) @Max(2999) int year, @PositiveOrZero long inhabitants,
                         @NotBlank @Size(max = 200) String source) {
    }

    /**
     * One mandate as read.
     *
     * @param person the person's id as text (a UUID)
     * @param role   the role
     * @param from   the first day
     * @param to     the day it ended (not included), or null while it lasts
     */
    public record Term(@NotBlank @Size(max = 36) String person, @NotNull Role role, @NotNull java.time.LocalDate from,
                       java.time.LocalDate to) {
    }
}
