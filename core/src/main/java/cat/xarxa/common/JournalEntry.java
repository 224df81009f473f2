package cat.xarxa.common;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One recorded event in the journal (registre d'esdeveniments): what happened, to which
 * aggregate, when and by whom. The journal is the audit history of the network.
 *
 * @param sequence         the position in the journal, increasing; 0 before the store assigns it
 * @param aggregateType    e.g. {@code member}; never null
 * @param aggregateId      the aggregate's id as text; never null
 * @param aggregateVersion the aggregate's version after the change
 * @param eventType        e.g. {@code MemberAdmitted}; never null
 * @param data             the event's values in order; never null, unmodifiable
 * @param recordedAt       when the change was accepted (the facade's clock); never null
 * @param actor            who made the change, as the host application names them; never null
 */
public record JournalEntry(long sequence, String aggregateType, String aggregateId, long aggregateVersion,
                           String eventType, Map<String, String> data, Instant recordedAt, String actor) {

    public JournalEntry {
        Objects.requireNonNull(aggregateType, "aggregateType");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(actor, "actor");
        data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }

    /** A not yet stored entry for an event. */
    public static JournalEntry of(DomainEvent event, long aggregateVersion, Instant recordedAt, String actor) {
        return new JournalEntry(0, event.aggregateType(), event.aggregateId(), aggregateVersion,
                event.type(), event.data(), recordedAt, actor);
    }

    /** The same entry at the sequence the store gave it. */
    public JournalEntry withSequence(long assigned) {
        return new JournalEntry(assigned, aggregateType, aggregateId, aggregateVersion, eventType, data, recordedAt, actor);
    }
}
