package cat.xarxa.advisory;

import cat.xarxa.common.Hours;
import cat.xarxa.member.MemberId;
import java.util.Map;

/**
 * The use of a period's hour bank.
 *
 * @param period               the period
 * @param granted              granted, enlargements included
 * @param reserved             reserved and not yet consumed
 * @param consumed             consumed by delivered sessions
 * @param expired              expired at the end of the period
 * @param available            what can still be reserved
 * @param consumedByTopic      consumed, by topic
 * @param consumedByMember     consumed by the advisories each council took part in (a joint
 *                             advisory counts for each of its councils)
 * @param consumedByProvider   consumed, by provider ({@link Provider#key()})
 * @param jointAdvisories      how many joint advisories (not counting those cancelled before any
 *                             hour was consumed)
 * @param individualAdvisories how many advisories of one council (the same way); those merged
 *                             into a joint advisory are counted in it
 * @param savedByMerging       the reservations merging gave back, less what taking requests out
 *                             of joint advisories reserved again
 */
public record HourBankReport(String period, Hours granted, Hours reserved, Hours consumed, Hours expired, Hours available,
                             Map<String, Hours> consumedByTopic, Map<MemberId, Hours> consumedByMember,
                             Map<String, Hours> consumedByProvider, long jointAdvisories, long individualAdvisories,
                             Hours savedByMerging) {
    public HourBankReport {
        consumedByTopic = Map.copyOf(consumedByTopic);
        consumedByMember = Map.copyOf(consumedByMember);
        consumedByProvider = Map.copyOf(consumedByProvider);
    }
}
