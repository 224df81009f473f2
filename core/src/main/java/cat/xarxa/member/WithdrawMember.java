package cat.xarxa.member;

import cat.xarxa.common.CommandValidator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A member leaves the network (baixa). Its history stays.
 *
 * @param memberId    the member
 * @param effectiveOn from when
 * @param reason      why, as stated by the council or the assembly
 */
public record WithdrawMember(
        @NotNull MemberId memberId,
        @NotNull LocalDate effectiveOn,
        @NotBlank @Size(max = 500) String reason) {

    public WithdrawMember {
        CommandValidator.requireValid(WithdrawMember.class, memberId, effectiveOn, reason);
    }
}
