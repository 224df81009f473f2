package cat.xarxa.advisory;

import cat.xarxa.common.CommandValidator;
import cat.xarxa.common.Hours;
import cat.xarxa.member.MemberId;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * Records a session as held: its real duration is consumed from the bank, and who attended.
 *
 * @param advisory the advisory
 * @param session the session
 * @param took how long it really took
 * @param attended the councils that attended
 * @param on the date
 */
public record DeliverSession(
        @NotNull AdvisoryId advisory,
        @NotNull SessionId session,
        @NotNull Hours took,
        @NotNull List<@NotNull MemberId> attended,
        @NotNull LocalDate on) {

    public DeliverSession {
        CommandValidator.requireValid(DeliverSession.class, advisory, session, took, attended, on);
        attended = List.copyOf(attended);
    }
}
