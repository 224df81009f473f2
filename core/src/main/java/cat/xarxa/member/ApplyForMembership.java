package cat.xarxa.member;

import cat.xarxa.common.CommandValidator;
import cat.xarxa.common.IneCode;
import cat.xarxa.common.IneMunicipalityCode;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A town council asks the presidency to join the network (sol·licitud d'adhesió). It becomes a
 * pending member until a General Assembly admits it.
 *
 * <p>Validated as it is built: an invalid code or a missing date throws
 * {@link cat.xarxa.common.InvalidCommandException} with a localised message, and nothing is
 * stored.
 *
 * @param ineCode     the council's INE municipality code with check digit, e.g. {@code 081878};
 *                    must be on the official list
 * @param name        the name to use; null or blank takes the official name from the list
 * @param requestedOn the date of the request; not after today in the network's time zone (a rule,
 *                    {@link MemberRules#NOT_REQUESTED_IN_THE_FUTURE}, judged with the facade's clock)
 */
public record ApplyForMembership(
        @NotNull @IneMunicipalityCode String ineCode,
        @Size(max = 200) String name,
        @NotNull LocalDate requestedOn) {

    public ApplyForMembership {
        CommandValidator.requireValid(ApplyForMembership.class, ineCode, name, requestedOn);
    }

    /** A request with the official name of the municipality. */
    public ApplyForMembership(IneCode ineCode, LocalDate requestedOn) {
        this(ineCode == null ? null : ineCode.toString(), null, requestedOn);
    }
}
