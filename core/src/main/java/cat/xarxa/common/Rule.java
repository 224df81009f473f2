package cat.xarxa.common;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A named business rule (regla): it looks at a situation and either lets it pass or gives the
 * reason it does not. Each area lists its rules in one place, so a test can take one alone.
 *
 * @param <S> the situation the rule judges
 */
public interface Rule<S> {

    /** A short, stable name, e.g. {@code official-code-not-yet-registered}. */
    String name();

    /** Empty if the situation satisfies the rule, else the reason it does not. */
    Optional<Reason> check(S situation);

    /** A rule from a name and a check. */
    static <S> Rule<S> of(String name, Function<S, Optional<Reason>> check) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(check, "check");
        return new Rule<>() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Optional<Reason> check(S situation) {
                return check.apply(situation);
            }

            @Override
            public String toString() {
                return "Rule[" + name + "]";
            }
        };
    }
}
