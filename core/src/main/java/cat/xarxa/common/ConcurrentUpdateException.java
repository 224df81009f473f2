package cat.xarxa.common;

/**
 * Another change to the same aggregate was committed between reading it and writing it
 * (optimistic concurrency). Nothing of the losing change was stored: read again and retry.
 */
public class ConcurrentUpdateException extends XarxaException {

    public ConcurrentUpdateException(String aggregateType, String aggregateId, long expectedVersion) {
        super(Reason.of("storage.concurrent-update", aggregate(aggregateType), aggregateId, expectedVersion));
    }

    /**
     * A conflict the store detected without a version to name: the same id or official code
     * inserted twice, a deadlock, a serialization failure.
     */
    public ConcurrentUpdateException(String aggregateType, String aggregateId, Throwable cause) {
        super(Reason.of("storage.concurrent-change", aggregate(aggregateType), aggregateId), cause);
    }

    /** The kind of aggregate as a word of the reader's language ({@code value.aggregate.member}). */
    private static Reason aggregate(String aggregateType) {
        return new Reason("value.aggregate." + aggregateType, java.util.List.of());
    }
}
