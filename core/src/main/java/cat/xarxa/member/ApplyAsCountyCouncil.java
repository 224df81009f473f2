package cat.xarxa.member;

import cat.xarxa.common.CommandValidator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A county council (consell comarcal) asks the presidency to join the network.
 *
 * @param countyCode  the county's official code, two digits (e.g. {@code 40}, Vallès Occidental)
 * @param name        the council's name, e.g. {@code Consell Comarcal del Vallès Occidental}
 * @param requestedOn the date of the request; not after today (a rule judged with the facade's clock)
 */
public record ApplyAsCountyCouncil(
        @NotNull @Pattern(regexp = "\\d{2}", message = "{cat.xarxa.constraints.CountyCode.message}") String countyCode,
        @NotBlank @Size(max = 200) String name,
        @NotNull LocalDate requestedOn) {

    public ApplyAsCountyCouncil {
        CommandValidator.requireValid(ApplyAsCountyCouncil.class, countyCode, name, requestedOn);
    }
}
