package cat.xarxa.member;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A person stopped holding a role for a member (that day no longer included).
 *
 * @param memberId the member
 * @param person   the person
 * @param role     the role
 * @param to       the day it ended
 */
public record MandateEnded(MemberId memberId, PersonId person, Role role, LocalDate to) implements MemberEvent {
    @Override
    public Map<String, String> data() {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("person", person.toString());
        data.put("role", role.name());
        data.put("to", to.toString());
        return data;
    }
}
