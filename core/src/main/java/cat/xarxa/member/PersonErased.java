package cat.xarxa.member;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A person was erased (pseudonymised) on request or when their data was due. Like every person
 * event it carries no personal data: neither the old name nor the contact data, only the day,
 * the reason given and how many texts tied to the person were cleared.
 *
 * @param personId the person
 * @param on       the day of the erasure
 * @param reason   why, as the secretariat records it (e.g. {@code sol·licitud de supressió}); it
 *                 must not hold personal data itself
 * @param cleared  how many free texts tied to the person were emptied
 */
public record PersonErased(PersonId personId, LocalDate on, String reason, int cleared) implements PersonEvent {

    public PersonErased {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public Map<String, String> data() {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("on", on.toString());
        data.put("reason", reason);
        data.put("cleared", Integer.toString(cleared));
        return data;
    }
}
