package cat.xarxa;

import cat.xarxa.common.ConcurrentUpdateException;
import cat.xarxa.common.Decision;
import cat.xarxa.common.DomainEvent;
import cat.xarxa.common.JournalEntry;
import cat.xarxa.spi.Storage;
import cat.xarxa.spi.Transaction;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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

    /** Journal entries written together: an import of thousands of members appends in a few batches. */
    static final int JOURNAL_BATCH = 500;

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

    /** The scope of the command this thread is running, so that a command run from another joins it. */
    private final ThreadLocal<Scope> active = new ThreadLocal<>();

    /**
     * Runs work in a transaction of its own, or, when called from within another command's work on
     * the same thread (an assembly decision admitting a member), as part of that command: both
     * commit or neither does.
     */
    <T> T run(Function<Scope, T> work) {
        Scope outer = active.get();
        if (outer != null) {
            return work.apply(outer);
        }
        List<EventPublisher.Recorded> recorded = new ArrayList<>();
        T result;
        try {
            result = storage.transaction(tx -> {
                Scope scope = new Scope(tx, recorded);
                active.set(scope);
                T value = work.apply(scope);
                scope.appendPending();
                return value;
            });
        } finally {
            active.remove();
        }
        publisher.publish(recorded);
        return result;
    }

    /** How often a command is tried again when another unit of work changed the same rows first. */
    static final int ATTEMPTS = 50;

    /**
     * Runs a command again, from a fresh unit of work, while another unit of work keeps winning
     * the race for the same rows (a bank's or a budget's running totals): the loser is judged
     * again against what the winner left.
     */
    <T> T retrying(Supplier<T> command) {
        if (active.get() != null) {
            // Within another command the whole unit of work is retried, not this part of it.
            return command.get();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return command.get();
            } catch (ConcurrentUpdateException e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
                Thread.onSpinWait();
            }
        }
    }

    /** Stores keep microseconds; the journal's time is cut there so it reads back the same everywhere. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    <T> T read(Function<Transaction, T> query) {
        return storage.transaction(query);
    }

    /** The transaction of one command, and the journal of what it decided. */
    final class Scope {
        private final Transaction transaction;
        private final List<EventPublisher.Recorded> recorded;
        private final List<DomainEvent> pendingEvents = new ArrayList<>();
        private final List<JournalEntry> pendingEntries = new ArrayList<>();

        private Scope(Transaction transaction, List<EventPublisher.Recorded> recorded) {
            this.transaction = transaction;
            this.recorded = recorded;
        }

        Transaction tx() {
            return transaction;
        }

        /** Who is acting in this unit of work. */
        String actor() {
            return actor.get();
        }

        /**
         * Journals the events of an accepted decision at the aggregate's new version. The entries
         * reach the journal in batches, and all of them before the transaction commits.
         */
        <T> Decision<T> record(Decision<T> decision, long aggregateVersion) {
            String who = actor.get();
            Instant when = now();
            for (DomainEvent event : decision.events()) {
                pendingEvents.add(event);
                pendingEntries.add(JournalEntry.of(event, aggregateVersion, when, who));
            }
            if (pendingEntries.size() >= JOURNAL_BATCH) {
                appendPending();
            }
            return decision;
        }

        private void appendPending() {
            if (pendingEntries.isEmpty()) {
                return;
            }
            List<JournalEntry> stored = transaction.journal().append(List.copyOf(pendingEntries));
            for (int i = 0; i < stored.size(); i++) {
                recorded.add(new EventPublisher.Recorded(pendingEvents.get(i), stored.get(i)));
            }
            pendingEvents.clear();
            pendingEntries.clear();
        }
    }
}
