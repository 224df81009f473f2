package cat.xarxa.json;

import cat.xarxa.member.Member;
import cat.xarxa.member.MemberData;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a {@link Member} as its {@link MemberData}: the store's version is left out, because it
 * means nothing outside the store that gave it.
 */
final class MemberSerializer extends StdSerializer<Member> {

    MemberSerializer() {
        super(Member.class);
    }

    @Override
    public void serialize(Member member, JsonGenerator json, SerializationContext context) {
        json.writeStartObject(member);
        MemberShape.writeFields(json, MemberData.of(member));
        json.writeEndObject();
    }
}
