package cat.xarxa.member;

import cat.xarxa.common.Reason;
import cat.xarxa.common.Rule;
import cat.xarxa.common.Rules;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Every rule about members, in one place. Each is a named constant with a stable reason code,
 * so a test can take one alone.
 */
public final class MemberRules {

    /** A change of status follows the lifecycle of {@link MemberStatus}: {@code member.illegal-transition}. */
    public static final Rule<Transition> LEGAL_TRANSITION = Rule.of("legal-transition", t ->
            t.member().status().canBecome(t.target())
                    ? Optional.empty()
                    : Optional.of(Reason.of("member.illegal-transition", t.member().name(), t.member().status(), t.target())));

    /** A change takes effect on or after the last one: {@code member.date-before-last-change}. */
    public static final Rule<Transition> NOT_BEFORE_LAST_CHANGE = Rule.of("not-before-last-change", t -> {
        LocalDate last = t.member().history().get(t.member().history().size() - 1).since();
        return t.on().isBefore(last)
                ? Optional.of(Reason.of("member.date-before-last-change", t.on(), last))
                : Optional.empty();
    });

    /**
     * The same official code is registered once only, unless its holder withdrew and applies
     * again: {@code member.already-registered}.
     */
    public static final Rule<Registration> OFFICIAL_CODE_NOT_YET_REGISTERED = Rule.of("official-code-not-yet-registered",
            r -> codeTaken(r.officialCode(), r.existing()));

    /**
     * A request to join is dated on or before today, as the network's clock tells it:
     * {@code member.date-in-the-future}.
     */
    public static final Rule<Registration> NOT_REQUESTED_IN_THE_FUTURE = Rule.of("not-requested-in-the-future",
            r -> r.requestedOn().isAfter(r.today())
                    ? Optional.of(Reason.of("member.date-in-the-future", r.requestedOn(), r.today()))
                    : Optional.empty());

    /** The rules for a change of status. */
    public static final Rules<Transition> TRANSITIONS = Rules.of(LEGAL_TRANSITION, NOT_BEFORE_LAST_CHANGE);

    /** The rules for a new registration. */
    public static final Rules<Registration> REGISTRATION = Rules.of(OFFICIAL_CODE_NOT_YET_REGISTERED, NOT_REQUESTED_IN_THE_FUTURE);

    private MemberRules() {
    }

    /** The names of every rule, for documentation and tests. */
    public static List<String> all() {
        return List.of(LEGAL_TRANSITION.name(), NOT_BEFORE_LAST_CHANGE.name(), OFFICIAL_CODE_NOT_YET_REGISTERED.name(),
                NOT_REQUESTED_IN_THE_FUTURE.name());
    }

    /**
     * The reason an official code cannot be registered again, if a member holds it and has not
     * withdrawn (a withdrawn body applies again under its old registration).
     */
    public static Optional<Reason> codeTaken(String officialCode, Optional<Member> holder) {
        return holder.filter(m -> m.status() != MemberStatus.WITHDRAWN)
                .map(m -> Reason.of("member.already-registered", officialCode, m.name(), m.status()));
    }

    /**
     * What is wrong with a history brought from a store or an import, if anything: it must not
     * be empty, its dates must not go back, and each step must follow the lifecycle. A history
     * may start as {@code MEMBER}: the founding members never applied.
     */
    public static Optional<Reason> historyProblem(List<StatusChange> history) {
        if (history == null || history.isEmpty()) {
            return Optional.of(Reason.of("member.history-empty"));
        }
        for (int i = 1; i < history.size(); i++) {
            StatusChange before = history.get(i - 1);
            StatusChange after = history.get(i);
            if (after.since().isBefore(before.since())) {
                return Optional.of(Reason.of("member.date-before-last-change", after.since(), before.since()));
            }
            if (!before.status().canBecome(after.status())) {
                return Optional.of(Reason.of("member.history-illegal-step", before.status(), after.status()));
            }
        }
        return Optional.empty();
    }

    /**
     * A member asked to change status.
     *
     * @param member the member as it is
     * @param target the status asked for
     * @param on     the date it would take effect
     */
    public record Transition(Member member, MemberStatus target, LocalDate on) {
    }

    /**
     * A body asks to be registered.
     *
     * @param officialCode its official code
     * @param existing     the member already registered with that code, if any
     * @param requestedOn  the date of the request
     * @param today        today in the network's time zone
     */
    public record Registration(String officialCode, Optional<Member> existing, LocalDate requestedOn, LocalDate today) {
    }
}
