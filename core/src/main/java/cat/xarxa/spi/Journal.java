package cat.xarxa.spi;

import cat.xarxa.common.JournalEntry;
import java.util.List;

/**
 * The journal of events (port): appended in the same unit of work as the change it records,
 * read back as the audit history of an aggregate.
 */
public interface Journal {

    /**
     * Appends entries in order; the store assigns increasing sequence numbers (a rolled-back
     * unit of work may leave gaps, as database sequences do).
     *
     * @param entries entries with sequence 0
     * @return the same entries with their sequence numbers
     */
    List<JournalEntry> append(List<JournalEntry> entries);

    /** The entries of one aggregate, oldest first, with their sequence numbers. */
    List<JournalEntry> entriesFor(String aggregateType, String aggregateId);

    /** How many entries the journal holds. */
    long size();
}
