package cat.xarxa.member;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Counts a census one member at a time, so that it can be taken over a stream of any size.
 * Not thread-safe: one count, one thread.
 */
public final class CensusCount {

    private final LocalDate date;
    private final Map<MemberStatus, Long> byStatus = new EnumMap<>(MemberStatus.class);
    private final Map<MemberKind, Long> byKind = new EnumMap<>(MemberKind.class);
    private final Map<String, Long> byProvince = new TreeMap<>();
    private long population;
    private long withoutFigure;

    /** A count for the census at a date. */
    public CensusCount(LocalDate date) {
        this.date = date;
    }

    /** Counts one member. */
    public CensusCount add(Member member) {
        Optional<MemberStatus> status = member.statusOn(date);
        if (status.isEmpty()) {
            return this;
        }
        byStatus.merge(status.get(), 1L, Long::sum);
        if (status.get() == MemberStatus.MEMBER) {
            byKind.merge(member.kind(), 1L, Long::sum);
            if (member.kind() == MemberKind.MUNICIPALITY) {
                byProvince.merge(member.officialCode().substring(0, 2), 1L, Long::sum);
            }
            Optional<Population> figure = member.population().stream()
                    .filter(p -> p.year() <= date.getYear())
                    .reduce((earlier, later) -> later);
            if (figure.isPresent()) {
                population += figure.get().inhabitants();
            } else {
                withoutFigure++;
            }
        }
        return this;
    }

    /** The census of every member counted so far. */
    public Census result() {
        return new Census(date, byStatus, byKind, byProvince, population, withoutFigure);
    }
}
