package cat.xarxa.member;

import cat.xarxa.common.Decision;
import cat.xarxa.common.IneCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What an application can do with members: {@code xarxa.members()}.
 *
 * <p>Each change is one unit of work: the member and the events that record it are stored
 * together or not at all. A refusal is a {@link Decision.Rejected} with localised reasons.
 */
public interface Membership {

    /**
     * A town council asks to join; accepted with the member's id, which is applied. A council
     * that withdrew applies again under its old id, starting a new application.
     */
    Decision<MemberId> apply(ApplyForMembership command);

    /** A county council asks to join; as {@link #apply(ApplyForMembership)}. */
    Decision<MemberId> apply(ApplyAsCountyCouncil command);

    /** Another local public body asks to join; as {@link #apply(ApplyForMembership)}. */
    Decision<MemberId> apply(ApplyAsPublicBody command);

    /** The presidency refers an application to a General Assembly. */
    Decision<Member> referToAssembly(ReferToAssembly command);

    /** A General Assembly admits an applicant. */
    Decision<Member> admit(AdmitMember command);

    /** A member, or an applicant, leaves the network. */
    Decision<Member> withdraw(WithdrawMember command);

    /** Records a member's official population for a year. */
    Decision<Member> recordPopulation(RecordPopulation command);

    /** A registered person starts holding a role for a member. */
    Decision<Member> appoint(AppointPerson command);

    /** The holder of a role hands it over to a registered person (e.g. after municipal elections). */
    Decision<Member> handOver(HandOver command);

    /** A person stops holding a role. */
    Decision<Member> endMandate(EndMandate command);

    /** Who held a role for a member on a date: "who represented Manlleu on 1 June 2023?". */
    Optional<PersonId> holderOn(MemberId member, Role role, LocalDate date);

    /** The member's rights at a date (by the rights policy in force); empty for an unknown member. */
    Optional<Rights> rightsOn(MemberId member, LocalDate date);

    /**
     * Why the member lacks the rights it lacks at a date (e.g. {@code rights.arrears-suspend-services}),
     * by the rights policy in force; empty if it has them all or is unknown.
     */
    List<cat.xarxa.common.Reason> rightsLimitsOn(MemberId member, LocalDate date);

    /**
     * The membership census at a date: bodies by status, full members by kind and province, and
     * the population they represent.
     */
    Census census(LocalDate date);

    /** The member with this id. */
    Optional<Member> find(MemberId id);

    /** The town council with this INE code. */
    Optional<Member> findTownCouncil(IneCode code);

    /** The member of a kind with an official code (INE code, county code, NIF). */
    Optional<Member> findByOfficialCode(MemberKind kind, String officialCode);

    /** Every member, in id order. A network has tens or hundreds of members; for more, export. */
    List<Member> list();

    /** How many members there are. */
    long count();
}
