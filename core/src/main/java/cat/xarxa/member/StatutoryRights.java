package cat.xarxa.member;

import cat.xarxa.common.Reason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 *   <tr><td>{@code MEMBER} in arrears</td><td>yes</td><td>yes (no, if arrears remove the vote)</td><td>no</td><td>yes</td></tr>
 * </table>
 *
 * <p>While its request waits for the assembly, a council takes part in every activity with
 * voice but without vote; the advisory and mentorship services are for member councils only.
 * Standing comes from the {@link StandingPolicy} given (by default the fee area's). Arrears
 * suspend the services; whether they also take the vote away is the network's choice.
 */
public final class StatutoryRights implements RightsPolicy {

    /** The policy's name. */
    public static final String NAME = "statutory-rights";

    private final StandingPolicy standing;
    private final boolean arrearsRemoveVote;

    /** The statutes' rights, with the member's standing from the policy given; arrears keep the vote. */
    public StatutoryRights(StandingPolicy standing) {
        this(standing, false);
    }

    /**
     * The statutes' rights, with the member's standing from the policy given.
     *
     * @param arrearsRemoveVote whether a member in arrears also loses its vote
     */
    public StatutoryRights(StandingPolicy standing, boolean arrearsRemoveVote) {
        this.standing = Objects.requireNonNull(standing, "standing");
        this.arrearsRemoveVote = arrearsRemoveVote;
    }

    @Override
    public Rights rightsOn(Member member, LocalDate date) {
        return member.statusOn(date).map(status -> switch (status) {
            case APPLIED, PENDING -> Rights.VOICE_WITHOUT_VOTE;
            case MEMBER -> standing.standingOn(member.id(), date) == Standing.GOOD ? Rights.FULL
                    : arrearsRemoveVote ? Rights.VOICE_WITHOUT_VOTE : Rights.SERVICES_SUSPENDED;
            case WITHDRAWN -> Rights.NONE;
        }).orElse(Rights.NONE);
    }

    /**
     * {@code rights.not-a-member} (no status yet or withdrawn), {@code rights.pending-no-vote},
     * {@code rights.pending-no-services}, {@code rights.arrears-suspend-services},
     * {@code rights.arrears-remove-vote}.
     */
    @Override
    public List<Reason> limitsOn(Member member, LocalDate date) {
        Optional<MemberStatus> status = member.statusOn(date);
        if (status.isEmpty() || status.get() == MemberStatus.WITHDRAWN) {
            return List.of(Reason.of("rights.not-a-member", member.name(), date));
        }
        if (status.get() != MemberStatus.MEMBER) {
            return List.of(Reason.of("rights.pending-no-vote", member.name(), status.get()),
                    Reason.of("rights.pending-no-services", member.name(), status.get()));
        }
        if (standing.standingOn(member.id(), date) == Standing.GOOD) {
            return List.of();
        }
        List<Reason> limits = new ArrayList<>();
        limits.add(Reason.of("rights.arrears-suspend-services", member.name(), date));
        if (arrearsRemoveVote) {
            limits.add(Reason.of("rights.arrears-remove-vote", member.name(), date));
        }
        return limits;
    }
}
