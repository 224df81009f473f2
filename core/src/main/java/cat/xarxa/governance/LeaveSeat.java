package cat.xarxa.governance;

import cat.xarxa.common.CommandValidator;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A seat ends.
 *
 * @param seat the seat
 * @param last its last day
 */
public record LeaveSeat(@NotNull SeatId seat, @NotNull LocalDate last) {

    public LeaveSeat {
        CommandValidator.requireValid(LeaveSeat.class, seat, last);
    }
}
