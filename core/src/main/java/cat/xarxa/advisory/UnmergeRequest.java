package cat.xarxa.advisory;

import cat.xarxa.common.CommandValidator;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * Takes a council's request out of a joint advisory before delivery; it becomes an advisory of its own and reserves its package again.
 *
 * @param advisory the joint advisory
 * @param request the request to take out
 * @param on the date
 */
public record UnmergeRequest(
        @NotNull AdvisoryId advisory,
        @NotNull RequestId request,
        @NotNull LocalDate on) {

    public UnmergeRequest {
        CommandValidator.requireValid(UnmergeRequest.class, advisory, request, on);
    }
}
