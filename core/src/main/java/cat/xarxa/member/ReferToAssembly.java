package cat.xarxa.member;

import cat.xarxa.common.CommandValidator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The presidency refers an application to a General Assembly (the request is then pending).
 *
 * @param memberId          the applicant
 * @param referredOn        the date of the referral
 * @param assemblyReference the assembly that will decide, e.g. {@code AG 2026-04}
 */
public record ReferToAssembly(
        @NotNull MemberId memberId,
        @NotNull LocalDate referredOn,
        @NotBlank @Size(max = 200) String assemblyReference) {

    public ReferToAssembly {
        CommandValidator.requireValid(ReferToAssembly.class, memberId, referredOn, assemblyReference);
    }
}
