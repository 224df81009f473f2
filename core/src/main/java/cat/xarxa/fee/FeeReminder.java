package cat.xarxa.fee;

import cat.xarxa.common.Money;
import cat.xarxa.member.MemberId;
import java.time.LocalDate;

/**
 * A member to remind of an unpaid fee, and when (following up fee payment is member care).
 *
 * @param member       the member
 * @param assessment   the unpaid assessment
 * @param year         its fiscal year
 * @param on           the day of the reminder
 * @param daysFromDue  its place in the schedule: days from the due date (negative: before it)
 * @param outstanding  what was unpaid on that day
 */
public record FeeReminder(MemberId member, AssessmentId assessment, int year, LocalDate on, int daysFromDue,
                          Money outstanding) {
}
