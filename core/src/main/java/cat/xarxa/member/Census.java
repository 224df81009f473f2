package cat.xarxa.member;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * The membership census at a date (cens de membres): how many bodies stand at each status, of
 * each kind and in each province, and the population the full members represent. A plain data
 * object a portal can render.
 *
 * @param date                  the date of the census
 * @param byStatus              bodies by their status that day (those not yet applying are not counted)
 * @param membersByKind         full members by kind
 * @param membersByProvince     full town councils by province code ({@code 08} Barcelona, ...)
 * @param populationRepresented the inhabitants of the full members, each by its latest figure of a
 *                              year up to the census year
 * @param membersWithoutFigure  full members with no such figure (their inhabitants are not counted)
 */
public record Census(LocalDate date, Map<MemberStatus, Long> byStatus, Map<MemberKind, Long> membersByKind,
                     Map<String, Long> membersByProvince, long populationRepresented, long membersWithoutFigure) {

    public Census {
        Objects.requireNonNull(date, "date");
        byStatus = Map.copyOf(byStatus);
        membersByKind = Map.copyOf(membersByKind);
        membersByProvince = Map.copyOf(membersByProvince);
    }

    /** How many full members there were. */
    public long members() {
        return byStatus.getOrDefault(MemberStatus.MEMBER, 0L);
    }
}
