package cat.xarxa.member;

import java.time.LocalDate;

/**
 * Tells a member's standing at a date; the rights policy asks it about full members. The fee
 * area plugs its own in (overdue fees); until then every member is in good standing.
 */
@FunctionalInterface
public interface StandingPolicy {

    /** The member's standing at the date; never null. */
    Standing standingOn(MemberId member, LocalDate date);

    /** Every member in good standing. */
    static StandingPolicy alwaysGood() {
        return (member, date) -> Standing.GOOD;
    }
}
