package cat.xarxa.care;

import cat.xarxa.common.DomainEvent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A contact with a member was logged. The journal keeps when, how and about what, not the note.
 *
 * @param contact the contact
 */
public record ContactLogged(Contact contact) implements DomainEvent {
    @Override
    public String aggregateType() {
        return Contact.AGGREGATE_TYPE;
    }

    @Override
    public String aggregateId() {
        return contact.id().toString();
    }

    @Override
    public Map<String, String> data() {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("member", contact.member().toString());
        data.put("on", contact.on().toString());
        data.put("channel", contact.channel().name());
        data.put("topic", contact.topic().name());
        return data;
    }
}
