package cat.xarxa.json;

import cat.xarxa.member.MemberData;
import cat.xarxa.member.StatusChange;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/** Reads a {@link StatusChange}; its {@code status} and {@code since} must be there. */
final class StatusChangeDeserializer extends StdDeserializer<StatusChange> {

    StatusChangeDeserializer() {
        super(StatusChange.class);
    }

    @Override
    public StatusChange deserialize(JsonParser parser, DeserializationContext context) {
        MemberData.Step step;
        try {
            step = MemberRecordReader.readStep(parser, "");
        } catch (RecordProblem problem) {
            return context.reportInputMismatch(this, "Cannot read a status change: %s", problem.getMessage());
        }
        if (step.status() == null || step.since() == null) {
            return context.reportInputMismatch(this, "A status change needs '%s' and '%s': %s",
                    MemberShape.STATUS, MemberShape.SINCE, step);
        }
        return new StatusChange(step.status(), step.since(), step.reference());
    }
}
