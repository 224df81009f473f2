-- Xarxa: the people of the network, their areas of expertise, and the mandates they hold for members (PostgreSQL).
-- Run by the JDBC adapter with Flyway (history table xarxa_schema_history), or by the host's own Flyway.
-- name, email and phone are personal data; email and phone hold '' when the person gave none.

-- Ids sort in the "C" collation, as xarxa_member.id does: people are read with their tags, and
-- members with their mandates, in one query ordered by id, and both sides must sort (and compare) alike.
CREATE TABLE xarxa_person (
    id      VARCHAR(36) COLLATE "C" NOT NULL,
    name    VARCHAR(200) NOT NULL,
    email   VARCHAR(254) NOT NULL,
    phone   VARCHAR(25)  NOT NULL,
    version BIGINT       NOT NULL,
    CONSTRAINT xarxa_person_pk PRIMARY KEY (id)
);

-- One row per area of expertise of a person; the tag index serves the directory of expertise.
CREATE TABLE xarxa_person_expertise (
    person_id VARCHAR(36) COLLATE "C" NOT NULL,
    tag       VARCHAR(60) NOT NULL,
    CONSTRAINT xarxa_person_expertise_pk PRIMARY KEY (person_id, tag),
    CONSTRAINT xarxa_person_expertise_person_fk FOREIGN KEY (person_id) REFERENCES xarxa_person (id)
);

CREATE INDEX xarxa_person_expertise_tag_ix ON xarxa_person_expertise (tag);

-- One row per mandate of a member, by position in the order they started. The dates are
-- starts_on and ends_on (null while open): FROM and TO are keywords. person_id has no foreign
-- key: appointing checks that the person is registered, but an import may bring a member before
-- the people its mandates name, or without them, and every store must accept the same imports.
CREATE TABLE xarxa_member_mandate (
    member_id VARCHAR(36) COLLATE "C" NOT NULL,
    position  INTEGER     NOT NULL,
    person_id VARCHAR(36) COLLATE "C" NOT NULL,
    role      VARCHAR(30) NOT NULL,
    starts_on DATE        NOT NULL,
    ends_on   DATE        NULL,
    CONSTRAINT xarxa_member_mandate_pk PRIMARY KEY (member_id, position),
    CONSTRAINT xarxa_member_mandate_member_fk FOREIGN KEY (member_id) REFERENCES xarxa_member (id)
);
