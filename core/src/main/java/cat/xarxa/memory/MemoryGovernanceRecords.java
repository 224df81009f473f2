package cat.xarxa.memory;

import cat.xarxa.governance.AssemblyDecision;
import cat.xarxa.governance.BodySeat;
import cat.xarxa.governance.DecisionId;
import cat.xarxa.governance.EventId;
import cat.xarxa.governance.GovernanceRecords;
import cat.xarxa.governance.NetworkEvent;
import cat.xarxa.governance.SeatId;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The governance port over one memory transaction's overlays. */
final class MemoryGovernanceRecords implements GovernanceRecords {

    private final MemoryTable<BodySeat>.Overlay seats;
    private final MemoryTable<NetworkEvent>.Overlay events;
    private final MemoryTable<AssemblyDecision>.Overlay decisions;
    private final MemoryTable<AssemblyDecision>.Overlay references;

    MemoryGovernanceRecords(MemoryTable<BodySeat>.Overlay seats, MemoryTable<NetworkEvent>.Overlay events,
                            MemoryTable<AssemblyDecision>.Overlay decisions,
                            MemoryTable<AssemblyDecision>.Overlay references) {
        this.seats = seats;
        this.events = events;
        this.decisions = decisions;
        this.references = references;
    }

    @Override
    public Optional<BodySeat> seat(SeatId id) {
        return seats.find(id.toString());
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
        return events.find(id.toString());
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
        return events.all().filter(e -> !e.on().isBefore(first) && !e.on().isAfter(last))
                .sorted(Comparator.comparing(NetworkEvent::on).thenComparing(e -> e.id().toString())).toList();
    }

    @Override
    public Optional<AssemblyDecision> decision(DecisionId id) {
        return decisions.find(id.toString());
    }

    @Override
    public Optional<AssemblyDecision> decisionByReference(String reference) {
        return references.find(reference);
    }

    @Override
    public void add(AssemblyDecision decision) {
        decisions.save(decision);
        references.save(decision);
    }

    @Override
    public Stream<AssemblyDecision> decisions() {
        return decisions.all();
    }

    @Override
    public List<AssemblyDecision> decisionsAt(EventId assembly) {
        return decisions.all().filter(d -> d.assembly().equals(assembly)).toList();
    }
}
