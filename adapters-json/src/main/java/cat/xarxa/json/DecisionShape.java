package cat.xarxa.json;

import static cat.xarxa.json.FieldWriting.writeList;

import cat.xarxa.governance.AssemblyDecision;
import cat.xarxa.governance.CastVote;
import cat.xarxa.governance.Motion;
import cat.xarxa.governance.Tally;
import cat.xarxa.governance.VotingRules;
import tools.jackson.core.JsonGenerator;

/**
 * The JSON shape of a decision of the General Assembly, the same in both formats:
 * <pre>{@code
 * {"id":"…","assembly":"…","on":"2026-03-14","reference":"AG 2026-03 #2","title":"Pressupost del grup d'habitatge",
 *  "motion":{"kind":"BUDGET_ALLOCATION","group":"…","year":2026,"amount":"1500.00"},
 *  "votes":[{"council":"…","choice":"YES","counted":true,"limitCode":""},{"council":"…","choice":"NO","counted":false,"limitCode":"rights.pending-no-vote"}],
 *  "tally":{"eligible":12,"yes":1,"no":0,"abstain":0,"notCounted":1},
 *  "rules":{"quorumNumerator":1,"quorumDenominator":2,"majority":"SIMPLE"},
 *  "outcome":"NO_QUORUM"}
 * }</pre>
 * The motion is an object naming its {@code kind}, with the fields of that kind only:
 * {@code {"kind":"ADMISSION","member":"…"}}, {@code {"kind":"FEE_POLICY","fiscalYear":2027}},
 * {@code {"kind":"BUDGET_ALLOCATION","group":"…","year":2026,"amount":"1500.00"}} (an amount in
 * euros with two decimals, as a string), {@code {"kind":"BANK_ENLARGEMENT","period":"2026","hours":"40:00"}}
 * and {@code {"kind":"GENERAL","text":"…"}}. The votes are written in the order they were cast,
 * a vote's {@code limitCode} {@code ""} when it counts. The tally, the rules and the outcome are
 * written although they follow from the votes, so that a reader sees the result without
 * counting; an import checks that they do. A decision is never changed and has no version.
 */
final class DecisionShape {

    static final String ID = "id";
    static final String ASSEMBLY = "assembly";
    static final String ON = "on";
    static final String REFERENCE = "reference";
    static final String TITLE = "title";
    static final String MOTION = "motion";
    static final String KIND = "kind";
    static final String MEMBER = "member";
    static final String FISCAL_YEAR = "fiscalYear";
    static final String GROUP = "group";
    static final String YEAR = "year";
    static final String AMOUNT = "amount";
    static final String PERIOD = "period";
    static final String HOURS = "hours";
    static final String TEXT = "text";
    static final String VOTES = "votes";
    static final String COUNCIL = "council";
    static final String CHOICE = "choice";
    static final String COUNTED = "counted";
    static final String LIMIT_CODE = "limitCode";
    static final String TALLY = "tally";
    static final String ELIGIBLE = "eligible";
    static final String YES = "yes";
    static final String NO = "no";
    static final String ABSTAIN = "abstain";
    static final String NOT_COUNTED = "notCounted";
    static final String RULES = "rules";
    static final String QUORUM_NUMERATOR = "quorumNumerator";
    static final String QUORUM_DENOMINATOR = "quorumDenominator";
    static final String MAJORITY = "majority";
    static final String OUTCOME = "outcome";

    private DecisionShape() {
    }

    /** Writes the decision's fields into the object the generator has open. */
    static void writeFields(JsonGenerator json, AssemblyDecision decision) {
        json.writeStringProperty(ID, decision.id().toString());
        json.writeStringProperty(ASSEMBLY, decision.assembly().toString());
        json.writeStringProperty(ON, decision.on().toString());
        json.writeStringProperty(REFERENCE, decision.reference());
        json.writeStringProperty(TITLE, decision.title());
        json.writeName(MOTION);
        writeMotion(json, decision.motion());
        writeList(json, VOTES, decision.votes(), DecisionShape::writeVote);
        json.writeName(TALLY);
        writeTally(json, decision.tally());
        json.writeName(RULES);
        writeRules(json, decision.rules());
        json.writeStringProperty(OUTCOME, decision.outcome().name());
    }

    private static void writeMotion(JsonGenerator json, Motion motion) {
        json.writeStartObject();
        json.writeStringProperty(KIND, motion.kind().name());
        if (motion instanceof Motion.Admission admission) {
            json.writeStringProperty(MEMBER, admission.member().toString());
        } else if (motion instanceof Motion.FeePolicyApproval approval) {
            json.writeNumberProperty(FISCAL_YEAR, approval.fiscalYear());
        } else if (motion instanceof Motion.BudgetAllocation allocation) {
            json.writeStringProperty(GROUP, allocation.group().toString());
            json.writeNumberProperty(YEAR, allocation.year());
            json.writeStringProperty(AMOUNT, allocation.amount().toString());
        } else if (motion instanceof Motion.BankEnlargement enlargement) {
            json.writeStringProperty(PERIOD, enlargement.period());
            json.writeStringProperty(HOURS, enlargement.hours().toString());
        } else if (motion instanceof Motion.General general) {
            json.writeStringProperty(TEXT, general.text());
        }
        json.writeEndObject();
    }

    private static void writeVote(JsonGenerator json, CastVote vote) {
        json.writeStartObject();
        json.writeStringProperty(COUNCIL, vote.council().toString());
        json.writeStringProperty(CHOICE, vote.choice().name());
        json.writeBooleanProperty(COUNTED, vote.counted());
        json.writeStringProperty(LIMIT_CODE, vote.limitCode());
        json.writeEndObject();
    }

    private static void writeTally(JsonGenerator json, Tally tally) {
        json.writeStartObject();
        json.writeNumberProperty(ELIGIBLE, tally.eligible());
        json.writeNumberProperty(YES, tally.yes());
        json.writeNumberProperty(NO, tally.no());
        json.writeNumberProperty(ABSTAIN, tally.abstain());
        json.writeNumberProperty(NOT_COUNTED, tally.notCounted());
        json.writeEndObject();
    }

    private static void writeRules(JsonGenerator json, VotingRules rules) {
        json.writeStartObject();
        json.writeNumberProperty(QUORUM_NUMERATOR, rules.quorumNumerator());
        json.writeNumberProperty(QUORUM_DENOMINATOR, rules.quorumDenominator());
        json.writeStringProperty(MAJORITY, rules.majority().name());
        json.writeEndObject();
    }
}
