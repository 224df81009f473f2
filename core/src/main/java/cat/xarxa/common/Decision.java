package cat.xarxa.common;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The outcome of asking the domain to do something: {@link Accepted} with the result and the
 * events that record it, or {@link Rejected} with the reasons.
 *
 * <p>A refusal is a normal answer ("this council is already registered"), not an error, so it
 * is a value the caller inspects. Immutable and thread-safe.
 *
 * @param <T> what an accepted decision yields
 */
public sealed interface Decision<T> permits Decision.Accepted, Decision.Rejected {

    /** An acceptance with its result and the events that record it. */
    static <T> Decision<T> accepted(T value, List<? extends DomainEvent> events) {
        return new Accepted<>(value, List.copyOf(events));
    }

    /** An acceptance that records a single event. */
    static <T> Decision<T> accepted(T value, DomainEvent event) {
        return new Accepted<>(value, List.of(event));
    }

    /** A refusal for one or more reasons. */
    static <T> Decision<T> rejected(Reason first, Reason... more) {
        List<Reason> all = new java.util.ArrayList<>();
        all.add(first);
        all.addAll(List.of(more));
        return new Rejected<>(all);
    }

    /** A refusal for the reasons given; there must be at least one. */
    static <T> Decision<T> rejected(List<Reason> reasons) {
        return new Rejected<>(reasons);
    }

    boolean isAccepted();

    default boolean isRejected() {
        return !isAccepted();
    }

    /** The result if accepted. */
    Optional<T> value();

    /**
     * The result.
     *
     * @throws RejectedException carrying the reasons if the decision was a refusal
     */
    T orElseThrow();

    /** The events of an acceptance; empty for a refusal. */
    List<DomainEvent> events();

    /** The reasons of a refusal; empty for an acceptance. */
    List<Reason> reasons();

    /** The messages of the reasons in the given language; empty for an acceptance. */
    default List<String> reasons(Locale locale) {
        return reasons().stream().map(r -> r.message(locale)).toList();
    }

    /** The same decision with the result transformed; a refusal stays a refusal. */
    <R> Decision<R> map(Function<? super T, ? extends R> mapper);

    /**
     * Accepted, with a result and the events that record it.
     *
     * @param result the result; never null
     * @param events the events, in the order they happened; never null
     * @param <T>    the type of the result
     */
    record Accepted<T>(T result, List<DomainEvent> events) implements Decision<T> {
        public Accepted {
            Objects.requireNonNull(result, "result");
            events = List.copyOf(events);
        }

        @Override
        public boolean isAccepted() {
            return true;
        }

        @Override
        public Optional<T> value() {
            return Optional.of(result);
        }

        @Override
        public T orElseThrow() {
            return result;
        }

        @Override
        public List<Reason> reasons() {
            return List.of();
        }

        @Override
        public <R> Decision<R> map(Function<? super T, ? extends R> mapper) {
            return new Accepted<>(mapper.apply(result), events);
        }
    }

    /**
     * Refused, for one or more reasons.
     *
     * @param reasons why; at least one
     * @param <T>     the type an acceptance would have yielded
     */
    record Rejected<T>(List<Reason> reasons) implements Decision<T> {
        public Rejected {
            reasons = List.copyOf(reasons);
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("a rejection needs at least one reason");
            }
        }

        @Override
        public boolean isAccepted() {
            return false;
        }

        @Override
        public Optional<T> value() {
            return Optional.empty();
        }

        @Override
        public T orElseThrow() {
            throw new RejectedException(reasons);
        }

        @Override
        public List<DomainEvent> events() {
            return List.of();
        }

        @Override
        public <R> Decision<R> map(Function<? super T, ? extends R> mapper) {
            return new Rejected<>(reasons);
        }
    }
}
