package cat.xarxa.fee;

import cat.xarxa.common.Money;
import java.time.LocalDate;

/**
 * One assessment on a member's statement at a date.
 *
 * @param assessment  the assessment's id
 * @param year        its fiscal year
 * @param total       what it comes to on the date, corrections included
 * @param paid        what payments and credit have covered of it
 * @param outstanding what remains unpaid
 * @param dueOn       when it was or is due
 * @param daysOverdue days past the due date while unpaid; 0 if paid or not yet due
 * @param inArrears   unpaid after the grace period
 */
public record StatementLine(AssessmentId assessment, int year, Money total, Money paid, Money outstanding,
                            LocalDate dueOn, long daysOverdue, boolean inArrears) {
}
