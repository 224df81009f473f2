package cat.xarxa.member;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The member left the network (baixa).
 *
 * @param memberId    the member
 * @param effectiveOn from when
 * @param reason      why, as stated
 */
public record MemberWithdrawn(MemberId memberId, LocalDate effectiveOn, String reason) implements MemberEvent {
    @Override
    public Map<String, String> data() {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("effectiveOn", effectiveOn.toString());
        data.put("reason", reason);
        return data;
    }
}
