package cat.xarxa.json;

import cat.xarxa.member.StatusChange;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes a {@link StatusChange} as one step of a history in the {@link MemberShape}. */
final class StatusChangeSerializer extends StdSerializer<StatusChange> {

    StatusChangeSerializer() {
        super(StatusChange.class);
    }

    @Override
    public void serialize(StatusChange change, JsonGenerator json, SerializationContext context) {
        MemberShape.writeStep(json, change.status(), change.since(), change.reference());
    }
}
