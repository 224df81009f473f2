package cat.xarxa;

import cat.xarxa.common.Decision;
import cat.xarxa.common.DomainEvent;
import cat.xarxa.common.JournalEntry;
import cat.xarxa.spi.Storage;
import cat.xarxa.spi.Transaction;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs a command as one transaction: the work saves the aggregate and calls {@link Scope#record}
 * with the decision; the events are journaled in the same transaction and published to listeners
 * only after it commits.
 */
final class UnitOfWork {

    private final Storage storage;
    private final Clock clock;
    private final Supplier<String> actor;
    private final EventPublisher publisher;

    UnitOfWork(Storage storage, Clock clock, Supplier<String> actor, EventPublisher publisher) {
        this.storage = storage;
        this.clock = clock;
        this.actor = actor;
        this.publisher = publisher;
    }

    <T> T run(Function<Scope, T> work) {
        List<EventPublisher.Recorded> recorded = new ArrayList<>();
        T result = storage.transaction(tx -> work.apply(new Scope(tx, recorded)));
        publisher.publish(recorded);
        return result;
    }

    /** Stores keep microseconds; the journal's time is cut there so it reads back the same everywhere. */
    java.time.Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    <T> T read(Function<Transaction, T> query) {
        return storage.transaction(query);
    }

    /** The transaction of one command, and the journal of what it decided. */
    final class Scope {
        private final Transaction transaction;
        private final List<EventPublisher.Recorded> recorded;

        private Scope(Transaction transaction, List<EventPublisher.Recorded> recorded) {
            this.transaction = transaction;
            this.recorded = recorded;
        }

        Transaction tx() {
            return transaction;
        }

        /** Journals the events of an accepted decision at the aggregate's new version. */
        <T> Decision<T> record(Decision<T> decision, long aggregateVersion) {
            List<DomainEvent> events = decision.events();
            String who = actor.get();
            List<JournalEntry> entries = transaction.journal().append(events.stream()
                    .map(e -> JournalEntry.of(e, aggregateVersion, now(), who)).toList());
            for (int i = 0; i < events.size(); i++) {
                recorded.add(new EventPublisher.Recorded(events.get(i), entries.get(i)));
            }
            return decision;
        }
    }
}
