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

    /**
     * One person at a time holds the representative's or the technical contact's role: a new
     * holder comes by a handover. {@code mandate.role-taken}
     */
    public static final Rule<Appointment> ONE_HOLDER_AT_A_TIME = Rule.of("one-holder-at-a-time", a ->
            a.mandate().role().isSingleHolder()
                    ? a.member().mandates().stream()
                            .filter(m -> m.role() == a.mandate().role() && (m.isOpen() || m.to().isAfter(a.mandate().from())))
                            .findFirst()
                            .map(m -> Reason.of("mandate.role-taken", a.member().name(), a.mandate().role(), m.from()))
                    : Optional.empty());

    /** A person holds the same role for a member once at a time: {@code mandate.already-held}. */
    public static final Rule<Appointment> NOT_ALREADY_HELD = Rule.of("not-already-held", a ->
            a.member().mandates().stream()
                    .filter(m -> m.role() == a.mandate().role() && m.person().equals(a.mandate().person())
                            && (m.isOpen() || m.to().isAfter(a.mandate().from())))
                    .findFirst()
                    .map(m -> Reason.of("mandate.already-held", a.member().name(), a.mandate().role(), m.from())));

    /**
     * A handover needs someone to hand over, on a later day than they started, to somebody
     * else: {@code mandate.nobody-to-hand-over}, {@code mandate.date-before-start},
     * {@code mandate.same-person}.
     */
    public static final Rule<Handover> A_HOLDER_TO_SUCCEED = Rule.of("a-holder-to-succeed", h -> {
        Optional<Mandate> outgoing = h.member().openMandate(h.role());
        if (outgoing.isEmpty()) {
            return Optional.of(Reason.of("mandate.nobody-to-hand-over", h.member().name(), h.role()));
        }
        if (!h.on().isAfter(outgoing.get().from())) {
            return Optional.of(Reason.of("mandate.date-before-start", h.on(), outgoing.get().from()));
        }
        if (outgoing.get().person().equals(h.successor())) {
            return Optional.of(Reason.of("mandate.same-person", h.member().name(), h.role()));
        }
        return Optional.empty();
    });

    /** Only an open mandate ends, after it started: {@code mandate.not-held}, {@code mandate.date-before-start}. */
    public static final Rule<Ending> AN_OPEN_MANDATE_TO_END = Rule.of("an-open-mandate-to-end", e ->
            e.member().mandates().stream()
                    .filter(m -> m.isOpen() && m.role() == e.role() && m.person().equals(e.person()))
                    .findFirst()
                    .map(m -> e.on().isAfter(m.from()) ? Optional.<Reason>empty()
                            : Optional.of(Reason.of("mandate.date-before-start", e.on(), m.from())))
                    .orElseGet(() -> Optional.of(Reason.of("mandate.not-held", e.member().name(), e.role()))));

    /** The rules for an appointment. */
    public static final Rules<Appointment> APPOINTMENTS = Rules.of(NOT_ALREADY_HELD, ONE_HOLDER_AT_A_TIME);

    /** The rules for a handover. */
    public static final Rules<Handover> HANDOVERS = Rules.of(A_HOLDER_TO_SUCCEED);

    /** The rules for ending a mandate. */
    public static final Rules<Ending> ENDINGS = Rules.of(AN_OPEN_MANDATE_TO_END);

    /** The rules for a change of status. */
    public static final Rules<Transition> TRANSITIONS = Rules.of(LEGAL_TRANSITION, NOT_BEFORE_LAST_CHANGE);

    /** The rules for a new registration. */
    public static final Rules<Registration> REGISTRATION = Rules.of(OFFICIAL_CODE_NOT_YET_REGISTERED, NOT_REQUESTED_IN_THE_FUTURE);

    private MemberRules() {
    }

    /** The names of every rule, for documentation and tests. */
    public static List<String> all() {
        return List.of(LEGAL_TRANSITION.name(), NOT_BEFORE_LAST_CHANGE.name(), OFFICIAL_CODE_NOT_YET_REGISTERED.name(),
                NOT_REQUESTED_IN_THE_FUTURE.name(), NOT_ALREADY_HELD.name(), ONE_HOLDER_AT_A_TIME.name(),
                A_HOLDER_TO_SUCCEED.name(), AN_OPEN_MANDATE_TO_END.name());
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
     * What is wrong with the mandates brought from a store or an import, if anything: two
     * people holding a single-holder role on the same day.
     */
    public static Optional<Reason> mandatesProblem(List<Mandate> mandates) {
        for (int i = 0; i < mandates.size(); i++) {
            for (int j = i + 1; j < mandates.size(); j++) {
                Mandate a = mandates.get(i);
                Mandate b = mandates.get(j);
                boolean overlap = (a.to() == null || a.to().isAfter(b.from())) && (b.to() == null || b.to().isAfter(a.from()));
                if (a.role() == b.role() && a.role().isSingleHolder() && overlap) {
                    return Optional.of(Reason.of("mandate.overlap", a.role(), a.from(), b.from()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A person is to be appointed.
     *
     * @param member  the member as it is
     * @param mandate the mandate it would start
     */
    public record Appointment(Member member, Mandate mandate) {
    }

    /**
     * A role is to be handed over.
     *
     * @param member    the member as it is
     * @param role      the role
     * @param successor who takes it
     * @param on        the day the successor starts
     */
    public record Handover(Member member, Role role, PersonId successor, LocalDate on) {
    }

    /**
     * A mandate is to end.
     *
     * @param member the member as it is
     * @param person who holds it
     * @param role   the role
     * @param on     the day it ends (not included)
     */
    public record Ending(Member member, PersonId person, Role role, LocalDate on) {
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
