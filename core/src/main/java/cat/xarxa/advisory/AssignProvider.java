package cat.xarxa.advisory;

import cat.xarxa.common.CommandValidator;
import jakarta.validation.constraints.NotNull;

/**
 * Sets who delivers an advisory, and a partner organisation delivering it too.
 *
 * @param advisory the advisory
 * @param provider the provider
 * @param coProvider a partner organisation delivering it too, or null
 */
public record AssignProvider(
        @NotNull AdvisoryId advisory,
        @NotNull Provider provider,
        cat.xarxa.partner.PartnerId coProvider) {

    public AssignProvider {
        CommandValidator.requireValid(AssignProvider.class, advisory, provider, coProvider);
    }
}
