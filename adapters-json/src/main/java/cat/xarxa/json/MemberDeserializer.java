package cat.xarxa.json;

import cat.xarxa.member.Mandate;
import cat.xarxa.member.Member;
import cat.xarxa.member.MemberData;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.Population;
import cat.xarxa.member.StatusChange;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads a whole {@link Member}: every field must be there, the history must be one a member
 * could have lived ({@link Member#restore}) and each population figure one a member may hold
 * ({@link Population}), at most one a year, and each mandate whole ({@link Mandate}) with one
 * holder at a time of a single-holder role. {@code population} and {@code mandates} alone may be
 * missing, as in files written before they existed: the member then has no figures or no
 * mandates. The member has version 0, as one not yet stored. It does not check the official code
 * against the list of municipalities, nor that the people its mandates name exist; an import
 * checks the code.
 */
final class MemberDeserializer extends StdDeserializer<Member> {

    MemberDeserializer() {
        super(Member.class);
    }

    @Override
    public Member deserialize(JsonParser parser, DeserializationContext context) {
        MemberData data;
        try {
            data = MemberRecordReader.read(parser);
        } catch (RecordProblem problem) {
            return context.reportInputMismatch(this, "Cannot read a member: %s", problem.getMessage());
        }
        String missing = firstMissingField(data);
        if (missing != null) {
            return context.reportInputMismatch(this, "A member needs '%s'", missing);
        }
        MemberId id;
        try {
            id = MemberId.parse(data.id());
        } catch (IllegalArgumentException e) {
            throw context.weirdStringException(data.id(), MemberId.class, e.getMessage());
        }
        List<StatusChange> history = new ArrayList<>();
        for (MemberData.Step step : data.history()) {
            if (step == null || step.status() == null || step.since() == null) {
                return context.reportInputMismatch(this, "Each step of a member's history needs '%s' and '%s': %s",
                        MemberShape.STATUS, MemberShape.SINCE, step);
            }
            history.add(new StatusChange(step.status(), step.since(), step.reference()));
        }
        List<Population> population = new ArrayList<>();
        for (MemberData.Figure figure : data.population()) {
            if (figure == null || figure.source() == null) {
                return context.reportInputMismatch(this,
                        "Each population figure of a member needs '%s', '%s' and '%s': %s",
                        MemberShape.YEAR, MemberShape.INHABITANTS, MemberShape.SOURCE, figure);
            }
            try {
                population.add(new Population(figure.year(), figure.inhabitants(), figure.source()));
            } catch (IllegalArgumentException e) {
                return context.reportInputMismatch(this, "Not a population figure: %s (%s)", figure, e.getMessage());
            }
        }
        List<Mandate> mandates = new ArrayList<>();
        for (MemberData.Term term : data.mandates()) {
            mandates.add(MandateDeserializer.toMandate(term, this, context));
        }
        try {
            return Member.restore(id, data.kind(), data.officialCode(), data.name(), history, population, mandates, 0);
        } catch (IllegalArgumentException e) {
            return context.reportInputMismatch(this, "Not a member a store could hold: %s", e.getMessage());
        }
    }

    private static String firstMissingField(MemberData data) {
        if (data.id() == null) {
            return MemberShape.ID;
        }
        if (data.kind() == null) {
            return MemberShape.KIND;
        }
        if (data.officialCode() == null) {
            return MemberShape.OFFICIAL_CODE;
        }
        if (data.name() == null) {
            return MemberShape.NAME;
        }
        if (data.history() == null || data.history().isEmpty()) {
            return MemberShape.HISTORY;
        }
        return null;
    }
}
