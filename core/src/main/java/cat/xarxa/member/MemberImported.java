package cat.xarxa.member;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A member was brought in from an export, with its whole history.
 *
 * @param memberId     the member
 * @param officialCode its official code
 * @param status       its status when imported
 * @param format       the format it came in, e.g. {@code json}
 */
public record MemberImported(MemberId memberId, String officialCode, MemberStatus status, String format)
        implements MemberEvent {
    @Override
    public Map<String, String> data() {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("officialCode", officialCode);
        data.put("status", status.name());
        data.put("format", format);
        return data;
    }
}
