package cat.xarxa.member;

import cat.xarxa.common.Decision;
import cat.xarxa.common.IneCode;
import java.util.List;
import java.util.Optional;

/**
 * What an application can do with members: {@code xarxa.members()}.
 *
 * <p>Each change is one unit of work: the member and the events that record it are stored
 * together or not at all. A refusal is a {@link Decision.Rejected} with localised reasons.
 */
public interface Membership {

    /** A town council asks to join; accepted with the new member's id, which is pending. */
    Decision<MemberId> apply(ApplyForMembership command);

    /** A General Assembly admits a pending member. */
    Decision<Member> admit(AdmitMember command);

    /** A member leaves the network. */
    Decision<Member> withdraw(WithdrawMember command);

    /** The member with this id. */
    Optional<Member> find(MemberId id);

    /** The town council with this INE code. */
    Optional<Member> findTownCouncil(IneCode code);

    /** Every member, in id order. A network has tens or hundreds of members; for more, export. */
    List<Member> list();

    /** How many members there are. */
    long count();
}
