package cat.xarxa.member;

import cat.xarxa.common.CommandValidator;
import cat.xarxa.common.SpanishTaxId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Another local public body (a consortium, a municipal company...) asks to join the network.
 *
 * @param name        its name
 * @param taxId       its NIF, e.g. {@code P0801900B}; spaces and hyphens are ignored
 * @param requestedOn the date of the request; not after today (a rule judged with the facade's clock)
 */
public record ApplyAsPublicBody(
        @NotBlank @Size(max = 200) String name,
        @NotNull @SpanishTaxId String taxId,
        @NotNull LocalDate requestedOn) {

    public ApplyAsPublicBody {
        CommandValidator.requireValid(ApplyAsPublicBody.class, name, taxId, requestedOn);
    }
}
