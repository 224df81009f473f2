package cat.xarxa.json;

import cat.xarxa.member.MemberData;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes a {@link MemberData} in the {@link MemberShape}, missing values as {@code null}. */
final class MemberDataSerializer extends StdSerializer<MemberData> {

    MemberDataSerializer() {
        super(MemberData.class);
    }

    @Override
    public void serialize(MemberData member, JsonGenerator json, SerializationContext context) {
        json.writeStartObject(member);
        MemberShape.writeFields(json, member);
        json.writeEndObject();
    }
}
