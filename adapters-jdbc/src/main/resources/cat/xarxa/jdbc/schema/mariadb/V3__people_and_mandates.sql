-- Xarxa: the people of the network, their areas of expertise, and the mandates they hold for members (MariaDB).
-- Run by the JDBC adapter with Flyway (history table xarxa_schema_history), or by the host's own Flyway.
-- name, email and phone are personal data; email and phone hold '' when the person gave none.
-- utf8mb4 with the binary no-pad collation, as in V1: ids sort and compare exactly as
-- xarxa_member.id, since people are read with their tags, and members with their mandates, in
-- one query ordered by id. MariaDB names every primary key PRIMARY, so those constraints go unnamed here.

CREATE TABLE xarxa_person (
    id      VARCHAR(36)  NOT NULL,
    name    VARCHAR(200) NOT NULL,
    email   VARCHAR(254) NOT NULL,
    phone   VARCHAR(25)  NOT NULL,
    version BIGINT       NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;

-- One row per area of expertise of a person; the tag index serves the directory of expertise.
CREATE TABLE xarxa_person_expertise (
    person_id VARCHAR(36) NOT NULL,
    tag       VARCHAR(60) NOT NULL,
    PRIMARY KEY (person_id, tag),
    CONSTRAINT xarxa_person_expertise_person_fk FOREIGN KEY (person_id) REFERENCES xarxa_person (id)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;

CREATE INDEX xarxa_person_expertise_tag_ix ON xarxa_person_expertise (tag);

-- One row per mandate of a member, by position in the order they started. The dates are
-- starts_on and ends_on (null while open): FROM and TO are keywords. person_id has no foreign
-- key: appointing checks that the person is registered, but an import may bring a member before
-- the people its mandates name, or without them, and every store must accept the same imports.
CREATE TABLE xarxa_member_mandate (
    member_id VARCHAR(36) NOT NULL,
    position  INTEGER     NOT NULL,
    person_id VARCHAR(36) NOT NULL,
    role      VARCHAR(30) NOT NULL,
    starts_on DATE        NOT NULL,
    ends_on   DATE        NULL,
    PRIMARY KEY (member_id, position),
    CONSTRAINT xarxa_member_mandate_member_fk FOREIGN KEY (member_id) REFERENCES xarxa_member (id)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;
