package cat.xarxa.governance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Seats on the bodies, the calendar's events and the assembly's decisions as a store holds them (port). */
public interface GovernanceRecords {

    /** The seat with this id, if stored. */
    Optional<BodySeat> seat(SeatId id);

    /**
     * Stores a seat: inserts if its version is 0, otherwise replaces it only if the stored version
     * is still the seat's.
     *
     * @return the version now stored
     * @throws cat.xarxa.common.ConcurrentUpdateException if another unit of work changed it first
     */
    long save(BodySeat seat);

    /** Every seat in id order; close the stream. */
    Stream<BodySeat> seats();

    /** The event with this id, if stored. */
    Optional<NetworkEvent> event(EventId id);

    /**
     * Stores an event with its attendance, as {@link #save(BodySeat)}.
     *
     * @return the version now stored
     * @throws cat.xarxa.common.ConcurrentUpdateException if another unit of work changed it first
     */
    long save(NetworkEvent event);

    /** Every event in id order; close the stream. */
    Stream<NetworkEvent> events();

    /** The events from one day to another, both included, by day then id. */
    List<NetworkEvent> eventsBetween(LocalDate first, LocalDate last);

    /** The decision with this id, if stored. */
    Optional<AssemblyDecision> decision(DecisionId id);

    /** The decision the minutes cite with this reference, if stored. */
    Optional<AssemblyDecision> decisionByReference(String reference);

    /**
     * Adds a decision with its votes; a decision is never changed.
     *
     * @throws cat.xarxa.common.ConcurrentUpdateException if one with the same id or reference is there
     */
    void add(AssemblyDecision decision);

    /** Every decision in id order; close the stream. */
    Stream<AssemblyDecision> decisions();

    /** The decisions an assembly took, in id order. */
    List<AssemblyDecision> decisionsAt(EventId assembly);
}
