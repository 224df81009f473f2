package cat.xarxa.member;

import cat.xarxa.common.Reason;
import java.time.LocalDate;
import java.util.List;

/**
 * Decides a member's rights at a date. The library's rule is {@link StatutoryRights}; a network
 * with other statutes plugs its own in with {@code Xarxa.builder().rightsPolicy(...)}.
 */
@FunctionalInterface
public interface RightsPolicy {

    /** The member's rights at the date; never null. */
    Rights rightsOn(Member member, LocalDate date);

    /**
     * Why the member lacks the rights it lacks at the date, one reason per cause with a stable
     * code (e.g. {@code rights.arrears-suspend-services}); empty if it has every right. By default
     * a policy gives no reasons.
     */
    default List<Reason> limitsOn(Member member, LocalDate date) {
        return List.of();
    }
}
