package cat.xarxa.json;

import cat.xarxa.member.PersonId;
import cat.xarxa.partner.Partner;
import cat.xarxa.partner.PartnerData;
import cat.xarxa.partner.PartnerId;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads a whole {@link Partner}: {@code id}, {@code name} and {@code kind} must be there. A
 * missing {@code website} is none, as the partner itself takes it, and a missing
 * {@code contactPerson} means it has none. The partner has version 0, as one not yet stored.
 * Unlike an import it does not check the website's form, nor that the contact person exists.
 */
final class PartnerDeserializer extends StdDeserializer<Partner> {

    PartnerDeserializer() {
        super(Partner.class);
    }

    @Override
    public Partner deserialize(JsonParser parser, DeserializationContext context) {
        PartnerData data;
        try {
            data = PartnerRecordReader.read(parser);
        } catch (RecordProblem problem) {
            return context.reportInputMismatch(this, "Cannot read a partner: %s", problem.getMessage());
        }
        String missing = firstMissingField(data);
        if (missing != null) {
            return context.reportInputMismatch(this, "A partner needs '%s'", missing);
        }
        PartnerId id = IdParsing.parse(context, data.id(), PartnerId.class, PartnerId::parse);
        PersonId contact = data.contactPerson() == null ? null
                : IdParsing.parse(context, data.contactPerson(), PersonId.class, PersonId::parse);
        try {
            return new Partner(id, data.name(), data.kind(), data.website(), contact, 0);
        } catch (IllegalArgumentException e) {
            return context.reportInputMismatch(this, "Not a partner a store could hold: %s", e.getMessage());
        }
    }

    private static String firstMissingField(PartnerData data) {
        if (data.id() == null) {
            return PartnerShape.ID;
        }
        if (data.name() == null) {
            return PartnerShape.NAME;
        }
        if (data.kind() == null) {
            return PartnerShape.KIND;
        }
        return null;
    }
}
