package cat.xarxa.fee;

import cat.xarxa.common.Reason;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How a policy's fees are assessed and followed up.
 *
 * @param dueDays           days from the assessment to its due date
 * @param graceDays         days after the due date before an unpaid fee puts the member in arrears
 * @param proration         how joining or leaving during the year cuts the fee
 * @param rounding          how amounts are rounded to cents (never {@link RoundingMode#UNNECESSARY})
 * @param pendingMembersOwe whether a council owes from its application (true) or only from its
 *                          admission (false, the default)
 * @param reminderDays      when to remind a member of an unpaid fee, in days from the due date
 *                          (negative: before it), in increasing order
 */
public record FeeTerms(int dueDays, int graceDays, Proration proration, RoundingMode rounding,
                       boolean pendingMembersOwe, List<Integer> reminderDays) {

    /**
     * The defaults: due 60 days after the assessment, 30 days of grace, by month, half up, owed
     * from admission, reminders 15 days before the due date, the day after it and at the end of
     * the grace.
     */
    public static final FeeTerms DEFAULT = new FeeTerms(60, 30, Proration.BY_MONTH, RoundingMode.HALF_UP, false,
            List.of(-15, 1, 30));

    public FeeTerms {
        Objects.requireNonNull(proration, "proration");
        Objects.requireNonNull(rounding, "rounding");
        reminderDays = List.copyOf(reminderDays);
    }

    /** These terms with another proration. */
    public FeeTerms withProration(Proration value) {
        return new FeeTerms(dueDays, graceDays, value, rounding, pendingMembersOwe, reminderDays);
    }

    /** These terms with pending members owing from their application, or not. */
    public FeeTerms withPendingMembersOwing(boolean value) {
        return new FeeTerms(dueDays, graceDays, proration, rounding, value, reminderDays);
    }

    /** What is wrong with the terms; empty if nothing. */
    public List<Reason> problems() {
        List<Reason> problems = new ArrayList<>();
        if (dueDays < 0 || dueDays > 366) {
            problems.add(Reason.of("fee.due-days", dueDays));
        }
        if (graceDays < 0 || graceDays > 366) {
            problems.add(Reason.of("fee.grace-days", graceDays));
        }
        if (rounding == RoundingMode.UNNECESSARY) {
            problems.add(Reason.of("fee.rounding-unnecessary"));
        }
        for (int i = 0; i < reminderDays.size(); i++) {
            int day = reminderDays.get(i);
            if (day < -366 || day > 366 || (i > 0 && day <= reminderDays.get(i - 1))) {
                problems.add(Reason.of("fee.reminder-days", reminderDays.toString()));
                break;
            }
        }
        return problems;
    }
}
