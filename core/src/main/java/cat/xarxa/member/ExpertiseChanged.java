package cat.xarxa.member;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A person's areas of expertise changed.
 *
 * @param personId  the person
 * @param expertise the areas now
 */
public record ExpertiseChanged(PersonId personId, Set<String> expertise) implements PersonEvent {
    @Override
    public Map<String, String> data() {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("expertise", String.join(",", new java.util.TreeSet<>(expertise)));
        return data;
    }
}
