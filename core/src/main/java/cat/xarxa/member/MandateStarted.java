package cat.xarxa.member;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A person started holding a role for a member. The journal keeps the person's id only, never
 * personal data, so that erasing a person leaves the journal whole.
 *
 * @param memberId the member
 * @param person   the person
 * @param role     the role
 * @param from     the first day
 */
public record MandateStarted(MemberId memberId, PersonId person, Role role, LocalDate from) implements MemberEvent {
    @Override
    public Map<String, String> data() {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("person", person.toString());
        data.put("role", role.name());
        data.put("from", from.toString());
        return data;
    }
}
