package cat.xarxa.spi;

import cat.xarxa.common.DomainEvent;
import cat.xarxa.common.JournalEntry;

/**
 * Hears every event after its unit of work has been committed, e.g. to send a notice or feed a
 * search index. Register one with {@code Xarxa.builder().listener(...)} or in
 * {@code META-INF/services/cat.xarxa.spi.EventListener}.
 *
 * <p>A listener that throws does not undo the change, which is already stored; the failure is
 * logged and the other listeners still hear the event.
 */
@FunctionalInterface
public interface EventListener {

    /**
     * One committed event.
     *
     * @param event the event as the domain made it
     * @param entry the journal entry that records it (sequence, time, actor)
     */
    void onEvent(DomainEvent event, JournalEntry entry);
}
