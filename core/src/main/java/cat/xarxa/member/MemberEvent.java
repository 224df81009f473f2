package cat.xarxa.member;

import cat.xarxa.common.DomainEvent;

/** An event in the life of a member. */
public sealed interface MemberEvent extends DomainEvent
        permits MembershipRequested, MembershipReferred, MemberAdmitted, MemberWithdrawn, PopulationRecorded,
        MandateStarted, MandateEnded, MemberImported {

    /** The member the event is about. */
    MemberId memberId();

    @Override
    default String aggregateType() {
        return Member.AGGREGATE_TYPE;
    }

    @Override
    default String aggregateId() {
        return memberId().toString();
    }
}
