package cat.xarxa.member;

import cat.xarxa.common.CommandValidator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A General Assembly admits a pending member (alta): from then on it has voice and vote.
 *
 * @param memberId          the pending member
 * @param decidedOn         the date of the assembly decision
 * @param assemblyReference which assembly decided, e.g. {@code AG 2026-03}
 */
public record AdmitMember(
        @NotNull MemberId memberId,
        @NotNull LocalDate decidedOn,
        @NotBlank @Size(max = 200) String assemblyReference) {

    public AdmitMember {
        CommandValidator.requireValid(AdmitMember.class, memberId, decidedOn, assemblyReference);
    }
}
