package cat.xarxa.jdbc;

import cat.xarxa.governance.AssemblyDecision;
import cat.xarxa.governance.BodySeat;
import cat.xarxa.governance.DecisionId;
import cat.xarxa.governance.EventId;
import cat.xarxa.governance.GovernanceRecords;
import cat.xarxa.governance.NetworkEvent;
import cat.xarxa.governance.SeatId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Seats on the bodies, the calendar's events and the assembly's decisions within one unit of work:
 * the port {@link GovernanceRecords} over {@link JdbcBodySeats}, {@link JdbcEvents} and
 * {@link JdbcAssemblyDecisions}, which keep one table family each. All three write at once, so
 * nothing waits for the commit.
 */
final class JdbcGovernanceRecords implements GovernanceRecords {

    private final JdbcBodySeats seats;
    private final JdbcEvents events;
    private final JdbcAssemblyDecisions decisions;

    JdbcGovernanceRecords(JdbcBodySeats seats, JdbcEvents events, JdbcAssemblyDecisions decisions) {
        this.seats = seats;
        this.events = events;
        this.decisions = decisions;
    }

    @Override
    public Optional<BodySeat> seat(SeatId id) {
        return seats.find(id);
    }

    @Override
    public long save(BodySeat seat) {
        return seats.save(seat);
    }

    @Override
    public Stream<BodySeat> seats() {
        return seats.all();
    }

    @Override
    public Optional<NetworkEvent> event(EventId id) {
        return events.find(id);
    }

    @Override
    public long save(NetworkEvent event) {
        return events.save(event);
    }

    @Override
    public Stream<NetworkEvent> events() {
        return events.all();
    }

    @Override
    public List<NetworkEvent> eventsBetween(LocalDate first, LocalDate last) {
        return events.between(first, last);
    }

    @Override
    public Optional<AssemblyDecision> decision(DecisionId id) {
        return decisions.find(id);
    }

    @Override
    public Optional<AssemblyDecision> decisionByReference(String reference) {
        return decisions.byReference(reference);
    }

    @Override
    public void add(AssemblyDecision decision) {
        decisions.add(decision);
    }

    @Override
    public Stream<AssemblyDecision> decisions() {
        return decisions.all();
    }

    @Override
    public List<AssemblyDecision> decisionsAt(EventId assembly) {
        return decisions.at(assembly);
    }
}
