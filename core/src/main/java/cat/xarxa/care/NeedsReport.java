package cat.xarxa.care;

import cat.xarxa.member.MemberId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The needs raised in a period, as a portal renders them (informe de necessitats): counts by
 * category, by member and by current status, and the members' expected hiring and procurement
 * needs in the period (the seed's example report).
 *
 * @param from           the first day of the period
 * @param to             the last day of the period
 * @param byCategory     needs raised in the period, by category
 * @param byMember       needs raised in the period, by member
 * @param byStatus       needs raised in the period, by their status now
 * @param expectedHiring hiring and procurement needs expected within the period, by expected date
 */
public record NeedsReport(LocalDate from, LocalDate to, Map<String, Long> byCategory, Map<MemberId, Long> byMember,
                          Map<NeedStatus, Long> byStatus, List<Need> expectedHiring) {

    public NeedsReport {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        byCategory = Map.copyOf(byCategory);
        byMember = Map.copyOf(byMember);
        byStatus = Map.copyOf(byStatus);
        expectedHiring = List.copyOf(expectedHiring);
    }

    /** How many needs were raised in the period. */
    public long raised() {
        return byCategory.values().stream().mapToLong(Long::longValue).sum();
    }
}
