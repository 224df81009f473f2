package cat.xarxa.json;

import static cat.xarxa.json.TreeFields.at;
import static cat.xarxa.json.TreeFields.bool;
import static cat.xarxa.json.TreeFields.built;
import static cat.xarxa.json.TreeFields.date;
import static cat.xarxa.json.TreeFields.enumValue;
import static cat.xarxa.json.TreeFields.hours;
import static cat.xarxa.json.TreeFields.id;
import static cat.xarxa.json.TreeFields.intValue;
import static cat.xarxa.json.TreeFields.list;
import static cat.xarxa.json.TreeFields.object;
import static cat.xarxa.json.TreeFields.optional;
import static cat.xarxa.json.TreeFields.optionalText;
import static cat.xarxa.json.TreeFields.text;

import cat.xarxa.governance.AssemblyDecision;
import cat.xarxa.governance.CastVote;
import cat.xarxa.governance.DecisionId;
import cat.xarxa.governance.EventId;
import cat.xarxa.governance.Majority;
import cat.xarxa.governance.Motion;
import cat.xarxa.governance.MotionKind;
import cat.xarxa.governance.Outcome;
import cat.xarxa.governance.Tally;
import cat.xarxa.governance.VoteChoice;
import cat.xarxa.governance.VotingRules;
import cat.xarxa.member.MemberId;
import cat.xarxa.workinggroup.WorkingGroupId;
import java.time.LocalDate;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Reads an assembly decision in {@link DecisionShape}'s shape. Refused here, naming the field by
 * its path (e.g. {@code motion.amount}, {@code votes[2].choice}): a missing value (only these may
 * be missing: {@code title}, meaning none; {@code votes}, meaning nobody voted; a vote's
 * {@code limitCode}, meaning none; a budget allocation's {@code currency}, meaning euros), a value
 * of the wrong JSON type, an id or a date that is not one, an unknown motion {@code kind},
 * {@code choice}, {@code majority} or {@code outcome}, an amount or hours that are not one, a
 * general motion without its text (field {@code motion.text}), a vote that counts with a
 * {@code limitCode} or does not count without one (field {@code votes[n].limitCode}), a tally with
 * a negative count or more counted votes than members with vote (field {@code tally}) and a
 * quorum that is not a fraction between 0 and 1 (field {@code rules}). Whether the assembly is
 * there and is an assembly of that day, the councils voted once each and are there, the tally
 * and the outcome follow from the votes and the rules, and what the motion names is there is the
 * import's to judge.
 */
final class DecisionReader {

    /** The record as files name it. */
    static final String RECORD = "assembly-decision";

    private DecisionReader() {
    }

    /**
     * Reads the decision at a node.
     *
     * @throws RecordProblem naming the field that cannot be read
     */
    static AssemblyDecision read(JsonNode record) {
        object(record, "");
        DecisionId id = id(record, DecisionShape.ID, "", DecisionId::parse);
        EventId assembly = id(record, DecisionShape.ASSEMBLY, "", EventId::parse);
        LocalDate on = date(record, DecisionShape.ON, "");
        String reference = text(record, DecisionShape.REFERENCE, "");
        String title = optionalText(record, DecisionShape.TITLE, "");
        Motion motion = motion(optional(record, DecisionShape.MOTION), DecisionShape.MOTION);
        List<CastVote> votes = list(record, DecisionShape.VOTES, "", DecisionReader::vote);
        Tally tally = tally(optional(record, DecisionShape.TALLY), DecisionShape.TALLY);
        VotingRules rules = rules(optional(record, DecisionShape.RULES), DecisionShape.RULES);
        Outcome outcome = enumValue(record, DecisionShape.OUTCOME, "", Outcome.class);
        return built("", RECORD, () -> new AssemblyDecision(id, assembly, on, reference, title, motion, votes, tally,
                rules, outcome));
    }

    private static Motion motion(JsonNode motion, String path) {
        object(motion, path);
        MotionKind kind = enumValue(motion, DecisionShape.KIND, path, MotionKind.class);
        return switch (kind) {
            case ADMISSION -> new Motion.Admission(id(motion, DecisionShape.MEMBER, path, MemberId::parse));
            case FEE_POLICY -> new Motion.FeePolicyApproval(intValue(motion, DecisionShape.FISCAL_YEAR, path));
            case BUDGET_ALLOCATION -> {
                Amounts amounts = Amounts.of(motion, path);
                yield new Motion.BudgetAllocation(id(motion, DecisionShape.GROUP, path, WorkingGroupId::parse),
                        intValue(motion, DecisionShape.YEAR, path), amounts.amount(motion, DecisionShape.AMOUNT, path));
            }
            case BANK_ENLARGEMENT -> new Motion.BankEnlargement(text(motion, DecisionShape.PERIOD, path),
                    hours(motion, DecisionShape.HOURS, path));
            case GENERAL -> {
                String text = text(motion, DecisionShape.TEXT, path);
                yield built(at(path, DecisionShape.TEXT), RECORD, () -> new Motion.General(text));
            }
        };
    }

    private static CastVote vote(JsonNode vote, String where) {
        object(vote, where);
        MemberId council = id(vote, DecisionShape.COUNCIL, where, MemberId::parse);
        VoteChoice choice = enumValue(vote, DecisionShape.CHOICE, where, VoteChoice.class);
        boolean counted = bool(vote, DecisionShape.COUNTED, where);
        String limitCode = optionalText(vote, DecisionShape.LIMIT_CODE, where);
        return built(at(where, DecisionShape.LIMIT_CODE), RECORD, () -> new CastVote(council, choice, counted, limitCode));
    }

    private static Tally tally(JsonNode tally, String path) {
        object(tally, path);
        int eligible = intValue(tally, DecisionShape.ELIGIBLE, path);
        int yes = intValue(tally, DecisionShape.YES, path);
        int no = intValue(tally, DecisionShape.NO, path);
        int abstain = intValue(tally, DecisionShape.ABSTAIN, path);
        int notCounted = intValue(tally, DecisionShape.NOT_COUNTED, path);
        return built(path, RECORD, () -> new Tally(eligible, yes, no, abstain, notCounted));
    }

    private static VotingRules rules(JsonNode rules, String path) {
        object(rules, path);
        int numerator = intValue(rules, DecisionShape.QUORUM_NUMERATOR, path);
        int denominator = intValue(rules, DecisionShape.QUORUM_DENOMINATOR, path);
        Majority majority = enumValue(rules, DecisionShape.MAJORITY, path, Majority.class);
        return built(path, RECORD, () -> new VotingRules(numerator, denominator, majority));
    }
}
