package cat.xarxa.member;

import cat.xarxa.common.DomainEvent;

/** An event in the record of a person; it never carries personal data, only the person's id. */
public sealed interface PersonEvent extends DomainEvent permits PersonRegistered, ExpertiseChanged, PersonErased {

    /** The aggregate type in the journal. */
    String AGGREGATE_TYPE = "person";

    /** The person. */
    PersonId personId();

    @Override
    default String aggregateType() {
        return AGGREGATE_TYPE;
    }

    @Override
    default String aggregateId() {
        return personId().toString();
    }
}
