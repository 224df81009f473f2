package cat.xarxa.member;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A General Assembly admitted the member (alta).
 *
 * @param memberId          the member
 * @param decidedOn         the date of the assembly decision
 * @param assemblyReference which assembly decided, e.g. {@code AG 2026-03}
 */
public record MemberAdmitted(MemberId memberId, LocalDate decidedOn, String assemblyReference) implements MemberEvent {
    @Override
    public Map<String, String> data() {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("decidedOn", decidedOn.toString());
        data.put("assemblyReference", assemblyReference);
        return data;
    }
}
