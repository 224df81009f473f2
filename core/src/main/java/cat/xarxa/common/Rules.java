package cat.xarxa.common;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A list of rules judged together: every rule is checked, so a refusal lists all the reasons at
 * once, not only the first.
 *
 * @param <S> the situation the rules judge
 */
public final class Rules<S> {

    private final List<Rule<S>> rules;

    private Rules(List<Rule<S>> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The given rules, checked in this order. */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read, never stored or handed out
    public static <S> Rules<S> of(Rule<S>... rules) {
        return new Rules<>(java.util.Arrays.stream(rules).toList());
    }

    /** The rules, in order. */
    public List<Rule<S>> list() {
        return rules;
    }

    /** The reasons of every rule the situation breaks; empty if it breaks none. */
    public List<Reason> broken(S situation) {
        return rules.stream().map(r -> r.check(situation)).flatMap(Optional::stream).toList();
    }

    /** Accepted with what {@code onAccept} decides if no rule is broken; rejected with every reason otherwise. */
    public <T> Decision<T> decide(S situation, Supplier<Decision<T>> onAccept) {
        List<Reason> reasons = broken(situation);
        return reasons.isEmpty() ? onAccept.get() : Decision.rejected(reasons);
    }
}
