package cat.xarxa;

import cat.xarxa.common.DomainEvent;
import cat.xarxa.common.JournalEntry;
import cat.xarxa.spi.EventListener;
import java.lang.System.Logger.Level;
import java.util.List;

/** Tells every listener about committed events; a failing listener is logged, not propagated. */
final class EventPublisher {

    private static final System.Logger LOG = System.getLogger("cat.xarxa.events");

    private final List<EventListener> listeners;

    EventPublisher(List<EventListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    void publish(List<Recorded> recorded) {
        for (Recorded r : recorded) {
            for (EventListener listener : listeners) {
                try {
                    listener.onEvent(r.event(), r.entry());
                } catch (RuntimeException | LinkageError e) {
                    // The change is committed; a listener's failure must not make it look failed.
                    LOG.log(Level.WARNING, "Event listener " + listener.getClass().getName()
                            + " failed on " + r.entry().eventType() + " #" + r.entry().sequence() + "; the change stays stored", e);
                }
            }
        }
    }

    /** An event with the journal entry that recorded it. */
    record Recorded(DomainEvent event, JournalEntry entry) {
    }
}
