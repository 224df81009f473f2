package cat.xarxa;

import cat.xarxa.common.Reason;
import cat.xarxa.member.MemberId;
import cat.xarxa.member.Membership;
import cat.xarxa.member.Rights;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Why a council may not use the network's services (advisories, mentorships) at a date. */
final class ServiceRights {

    /** The code of the reason given for an unknown council. */
    static final String UNKNOWN_MEMBER = "member.not-found";

    private ServiceRights() {
    }

    /**
     * The reasons, by the rights policy in force; empty if the council may. Only the limits that
     * take the services away say why (a missing vote is beside the point); a policy that gives no
     * reasons is answered with the area's own code.
     *
     * @param fallbackCode the code to answer with when the policy gives no reason, e.g. {@code advisory.no-service-rights}
     */
    static List<Reason> problems(Membership members, MemberId council, LocalDate date, String fallbackCode) {
        Optional<Rights> rights = members.rightsOn(council, date);
        if (rights.isEmpty()) {
            return List.of(Reason.of(UNKNOWN_MEMBER, council));
        }
        if (rights.get().services()) {
            return List.of();
        }
        List<Reason> limits = members.rightsLimitsOn(council, date).stream()
                .filter(r -> r.code().endsWith("-services") || r.code().equals("rights.not-a-member")).toList();
        return limits.isEmpty() ? List.of(Reason.of(fallbackCode, council, date)) : limits;
    }
}
