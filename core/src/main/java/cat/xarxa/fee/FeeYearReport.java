package cat.xarxa.fee;

import cat.xarxa.member.MemberKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A year's fees at a date: assessed, collected and outstanding, by kind of member and by province,
 * and the members in arrears.
 *
 * @param year       the fiscal year
 * @param asOf       the date
 * @param total      over every assessment of the year
 * @param byKind     by kind of member, every kind present
 * @param byProvince by the two-digit INE province code of town councils; other members under
 *                   {@value #NO_PROVINCE}
 * @param inArrears  the members in arrears for the year, most days overdue first
 */
public record FeeYearReport(int year, LocalDate asOf, FeeTotals total, Map<MemberKind, FeeTotals> byKind,
                            Map<String, FeeTotals> byProvince, List<ArrearsLine> inArrears) {

    /** The key for members that are not town councils. */
    public static final String NO_PROVINCE = "";

    public FeeYearReport {
        byKind = Map.copyOf(byKind);
        byProvince = Map.copyOf(byProvince);
        inArrears = List.copyOf(inArrears);
    }
}
