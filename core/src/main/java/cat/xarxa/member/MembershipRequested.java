package cat.xarxa.member;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A public body asked to join the network; it is pending until a General Assembly decides.
 *
 * @param memberId     the new member's id
 * @param kind         the kind of body
 * @param officialCode its official code
 * @param name         its name
 * @param requestedOn  the date of the request
 */
public record MembershipRequested(MemberId memberId, MemberKind kind, String officialCode, String name,
                                  LocalDate requestedOn) implements MemberEvent {
    @Override
    public Map<String, String> data() {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("kind", kind.name());
        data.put("officialCode", officialCode);
        data.put("name", name);
        data.put("requestedOn", requestedOn.toString());
        return data;
    }
}
