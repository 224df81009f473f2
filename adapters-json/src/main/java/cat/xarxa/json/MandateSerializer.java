package cat.xarxa.json;

import cat.xarxa.member.Mandate;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes a {@link Mandate} as one mandate of a member in the {@link MemberShape}, {@code "to":null} while open. */
final class MandateSerializer extends StdSerializer<Mandate> {

    MandateSerializer() {
        super(Mandate.class);
    }

    @Override
    public void serialize(Mandate mandate, JsonGenerator json, SerializationContext context) {
        MemberShape.writeMandate(json, mandate.person().toString(), mandate.role(), mandate.from(), mandate.to());
    }
}
