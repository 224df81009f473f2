package cat.xarxa.common;

/**
 * Another change to the same aggregate was committed between reading it and writing it
 * (optimistic concurrency). Nothing of the losing change was stored: read again and retry.
 */
public class ConcurrentUpdateException extends XarxaException {

    public ConcurrentUpdateException(String aggregateType, String aggregateId, long expectedVersion) {
        super(Reason.of("storage.concurrent-update", aggregateType, aggregateId, expectedVersion));
    }

    /**
     * A conflict the store detected without a version to name: the same id or official code
     * inserted twice, a deadlock, a serialization failure.
     */
    public ConcurrentUpdateException(String aggregateType, String aggregateId, Throwable cause) {
        super(Reason.of("storage.concurrent-change", aggregateType, aggregateId), cause);
    }
}
