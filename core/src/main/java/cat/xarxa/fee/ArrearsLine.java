package cat.xarxa.fee;

import cat.xarxa.common.Money;
import cat.xarxa.member.MemberId;

/**
 * A member in arrears for a year's fee.
 *
 * @param member      the member
 * @param name        its name
 * @param outstanding what it owes for the year
 * @param daysOverdue days since the due date
 */
public record ArrearsLine(MemberId member, String name, Money outstanding, long daysOverdue) {
}
