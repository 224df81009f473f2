package cat.xarxa.member;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The official population of a member for a year was recorded (or corrected).
 *
 * @param memberId    the member
 * @param year        the reference year
 * @param inhabitants the figure
 * @param source      where it comes from
 */
public record PopulationRecorded(MemberId memberId, int year, long inhabitants, String source) implements MemberEvent {
    @Override
    public Map<String, String> data() {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("year", Integer.toString(year));
        data.put("inhabitants", Long.toString(inhabitants));
        data.put("source", source);
        return data;
    }
}
