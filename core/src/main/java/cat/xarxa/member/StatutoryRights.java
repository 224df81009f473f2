package cat.xarxa.member;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The rights the statutes give at each stage (named policy {@code statutory-rights}):
 *
 * <table>
 *   <caption>Rights by status</caption>
 *   <tr><th>status at the date</th><th>voice</th><th>vote</th><th>services</th><th>activities</th></tr>
 *   <tr><td>none yet, {@code WITHDRAWN}</td><td>no</td><td>no</td><td>no</td><td>no</td></tr>
 *   <tr><td>{@code APPLIED}, {@code PENDING}</td><td>yes</td><td>no</td><td>no</td><td>yes</td></tr>
 *   <tr><td>{@code MEMBER} in good standing</td><td>yes</td><td>yes</td><td>yes</td><td>yes</td></tr>
 *   <tr><td>{@code MEMBER} in arrears</td><td>yes</td><td>no</td><td>no</td><td>yes</td></tr>
 * </table>
 *
 * <p>While its request waits for the assembly, a council takes part in every activity with
 * voice but without vote; the advisory and mentorship services are for member councils only.
 * Standing comes from the {@link StandingPolicy} given (the fee area's, once it exists).
 */
public final class StatutoryRights implements RightsPolicy {

    /** The policy's name. */
    public static final String NAME = "statutory-rights";

    private final StandingPolicy standing;

    /** The statutes' rights, with the member's standing from the policy given. */
    public StatutoryRights(StandingPolicy standing) {
        this.standing = Objects.requireNonNull(standing, "standing");
    }

    @Override
    public Rights rightsOn(Member member, LocalDate date) {
        return member.statusOn(date).map(status -> switch (status) {
            case APPLIED, PENDING -> Rights.VOICE_WITHOUT_VOTE;
            case MEMBER -> standing.standingOn(member.id(), date) == Standing.GOOD ? Rights.FULL : Rights.VOICE_WITHOUT_VOTE;
            case WITHDRAWN -> Rights.NONE;
        }).orElse(Rights.NONE);
    }
}
