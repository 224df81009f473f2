package cat.xarxa.json;

import cat.xarxa.care.Need;
import cat.xarxa.care.NeedData;
import cat.xarxa.care.NeedId;
import cat.xarxa.common.Decision;
import cat.xarxa.member.MemberId;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads a whole {@link Need}: every field but {@code expectedOn} must be there, and the
 * follow-up log must be one the need could have lived, each status following from the one
 * before and no date going back: the log is replayed with {@link Need#followUp}, as an import
 * replays it, so that a host cannot read a need the domain would never have let happen. A
 * follow-up's missing {@code note} is none. The need has version 0, as one not yet stored. Unlike
 * an import it does not check the category against the network's catalogue, nor that the
 * expected date is not before the need was raised.
 */
final class NeedDeserializer extends StdDeserializer<Need> {

    NeedDeserializer() {
        super(Need.class);
    }

    @Override
    public Need deserialize(JsonParser parser, DeserializationContext context) {
        NeedData data;
        try {
            data = NeedRecordReader.read(parser);
        } catch (RecordProblem problem) {
            return context.reportInputMismatch(this, "Cannot read a need: %s", problem.getMessage());
        }
        String missing = firstMissingField(data);
        if (missing != null) {
            return context.reportInputMismatch(this, "A need needs '%s'", missing);
        }
        NeedId id = IdParsing.parse(context, data.id(), NeedId.class, NeedId::parse);
        MemberId member = IdParsing.parse(context, data.member(), MemberId.class, MemberId::parse);
        Need need = new Need(id, member, data.category(), data.description(), data.raisedOn(), data.expectedOn(),
                List.of(), 0);
        for (NeedData.Entry entry : data.followUps()) {
            if (entry == null || entry.on() == null || entry.status() == null) {
                return context.reportInputMismatch(this, "Each follow-up of a need needs '%s' and '%s': %s",
                        NeedShape.ON, NeedShape.STATUS, entry);
            }
            Decision<Need> followedUp = need.followUp(entry.on(), entry.status(), entry.note());
            if (followedUp.isRejected()) {
                return context.reportInputMismatch(this, "Not a follow-up log a need could have: %s",
                        followedUp.reasons().get(0));
            }
            need = followedUp.orElseThrow();
        }
        return need;
    }

    private static String firstMissingField(NeedData data) {
        if (data.id() == null) {
            return NeedShape.ID;
        }
        if (data.member() == null) {
            return NeedShape.MEMBER;
        }
        if (data.category() == null) {
            return NeedShape.CATEGORY;
        }
        if (data.description() == null) {
            return NeedShape.DESCRIPTION;
        }
        if (data.raisedOn() == null) {
            return NeedShape.RAISED_ON;
        }
        if (data.followUps() == null) {
            return NeedShape.FOLLOW_UPS;
        }
        return null;
    }
}
