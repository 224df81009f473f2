package cat.xarxa.member;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A person was registered. Name and contact are not journaled: they are personal data.
 *
 * @param personId  the person
 * @param expertise the areas of expertise
 */
public record PersonRegistered(PersonId personId, Set<String> expertise) implements PersonEvent {
    @Override
    public Map<String, String> data() {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("expertise", String.join(",", new java.util.TreeSet<>(expertise)));
        return data;
    }
}
