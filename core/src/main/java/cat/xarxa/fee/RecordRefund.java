package cat.xarxa.fee;

import cat.xarxa.common.CommandValidator;
import cat.xarxa.common.Money;
import cat.xarxa.member.MemberId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Records that the network paid a member's credit back to it.
 *
 * @param member    the member
 * @param on        the value date
 * @param amount    the amount paid back; positive and not more than the member's credit
 * @param reference the bank or accounting reference; may be empty
 */
public record RecordRefund(
        @NotNull MemberId member,
        @NotNull LocalDate on,
        @NotNull Money amount,
        @Size(max = 100) String reference) {

    public RecordRefund {
        CommandValidator.requireValid(RecordRefund.class, member, on, amount, reference);
        reference = reference == null ? "" : reference.trim();
    }
}
