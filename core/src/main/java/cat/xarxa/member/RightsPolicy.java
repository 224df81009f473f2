package cat.xarxa.member;

import java.time.LocalDate;

/**
 * Decides a member's rights at a date. The library's rule is {@link StatutoryRights}; a network
 * with other statutes plugs its own in with {@code Xarxa.builder().rightsPolicy(...)}.
 */
@FunctionalInterface
public interface RightsPolicy {

    /** The member's rights at the date; never null. */
    Rights rightsOn(Member member, LocalDate date);
}
