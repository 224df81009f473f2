package cat.xarxa.member;

import cat.xarxa.common.CommandValidator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * Records a member's official population for a reference year, e.g. from the municipal register
 * (padró) as published by INE. A second figure for the same year replaces the first.
 *
 * @param memberId    the member
 * @param year        the reference year
 * @param inhabitants the number of inhabitants
 * @param source      where the figure comes from, e.g. {@code INE, padró 1/1/2025}
 */
public record RecordPopulation(
        @NotNull MemberId memberId,
        @Min(1900) @Max(2999) int year,
        @PositiveOrZero long inhabitants,
        @NotBlank @Size(max = 200) String source) {

    public RecordPopulation {
        CommandValidator.requireValid(RecordPopulation.class, memberId, year, inhabitants, source);
    }
}
