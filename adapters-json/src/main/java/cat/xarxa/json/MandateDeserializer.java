package cat.xarxa.json;

import cat.xarxa.member.Mandate;
import cat.xarxa.member.MemberData;
import cat.xarxa.member.PersonId;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads a {@link Mandate}: its {@code person}, {@code role} and {@code from} must be there; a
 * missing or {@code null} {@code to} means it is open, and a given one must be after
 * {@code from}.
 */
final class MandateDeserializer extends StdDeserializer<Mandate> {

    MandateDeserializer() {
        super(Mandate.class);
    }

    @Override
    public Mandate deserialize(JsonParser parser, DeserializationContext context) {
        MemberData.Term term;
        try {
            term = MemberRecordReader.readTerm(parser, "");
        } catch (RecordProblem problem) {
            return context.reportInputMismatch(this, "Cannot read a mandate: %s", problem.getMessage());
        }
        return toMandate(term, this, context);
    }

    /**
     * The mandate a term read leniently stands for, or a Jackson error naming what is missing or
     * wrong; shared with {@link MemberDeserializer}, which reads a member's mandates the same way.
     */
    static Mandate toMandate(MemberData.Term term, StdDeserializer<?> reader, DeserializationContext context) {
        if (term == null || term.person() == null || term.role() == null || term.from() == null) {
            return context.reportInputMismatch(reader, "A mandate needs '%s', '%s' and '%s': %s",
                    MemberShape.PERSON, MemberShape.ROLE, MemberShape.FROM, term);
        }
        PersonId person;
        try {
            person = PersonId.parse(term.person());
        } catch (IllegalArgumentException e) {
            throw context.weirdStringException(term.person(), PersonId.class, e.getMessage());
        }
        try {
            return new Mandate(person, term.role(), term.from(), term.to());
        } catch (IllegalArgumentException e) {
            return context.reportInputMismatch(reader, "Not a mandate: %s", e.getMessage());
        }
    }
}
