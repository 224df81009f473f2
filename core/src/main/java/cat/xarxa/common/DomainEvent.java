package cat.xarxa.common;

import java.util.Map;

/**
 * Something that happened in the domain, recorded in the journal in the same unit of work as
 * the change it describes.
 *
 * <p>Events say what happened in the past tense ({@code MemberAdmitted}). Their {@link #data()}
 * is what the journal keeps: plain text values, so that any store can hold them and an auditor
 * can read them without the library.
 */
public interface DomainEvent {

    /** The kind of aggregate the event belongs to, e.g. {@code member}; never null. */
    String aggregateType();

    /** The id of the aggregate, as text; never null. */
    String aggregateId();

    /** The event's name, stable across versions, e.g. {@code MemberAdmitted}; never null. */
    default String type() {
        return getClass().getSimpleName();
    }

    /** What the event says, as named text values in a stable order; never null. */
    Map<String, String> data();
}
