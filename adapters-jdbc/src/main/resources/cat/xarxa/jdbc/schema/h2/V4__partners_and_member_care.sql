-- Xarxa: the partner organisations of the ecosystem, and the care of members: the needs they
-- raise with their follow-up, the log of contacts with them and their onboarding meetings (H2).
-- Run by the JDBC adapter with Flyway (history table xarxa_schema_history), or by the host's own Flyway.
-- Dates are named for what happened on them (raised_on, contacted_on, held_on...): ON is a
-- keyword, and quoting it would differ per database. Texts of up to 2,000 characters (a need's
-- description, a note) and 4,000 (a meeting's notes) are kept whole, line breaks included.
--
-- No column that names a person (contact_person_id, person_id) has a foreign key to
-- xarxa_person, as for mandates: the commands check that the person is registered, but an
-- import may bring partners and the care log before the people they name, or without them,
-- and every store must accept the same imports. Member ids do have a foreign key: a need, a
-- contact or a meeting belongs to its member, which is registered before anything is recorded
-- for it.

-- One row per partner. The name is unique: registering checks it, and the constraint settles
-- two units of work that register the same name at once.
CREATE TABLE xarxa_partner (
    id                VARCHAR(36)  NOT NULL,
    name              VARCHAR(200) NOT NULL,
    kind              VARCHAR(20)  NOT NULL,
    website           VARCHAR(300) NOT NULL,
    contact_person_id VARCHAR(36)  NULL,
    version           BIGINT       NOT NULL,
    CONSTRAINT xarxa_partner_pk PRIMARY KEY (id),
    CONSTRAINT xarxa_partner_name_uq UNIQUE (name)
);

-- One row per need a member raised; expected_on is null when the member gave no date.
-- The index serves a member's needs in the order they were raised.
CREATE TABLE xarxa_need (
    id          VARCHAR(36)   NOT NULL,
    member_id   VARCHAR(36)   NOT NULL,
    category    VARCHAR(60)   NOT NULL,
    description VARCHAR(2000) NOT NULL,
    raised_on   DATE          NOT NULL,
    expected_on DATE          NULL,
    version     BIGINT        NOT NULL,
    CONSTRAINT xarxa_need_pk PRIMARY KEY (id),
    CONSTRAINT xarxa_need_member_fk FOREIGN KEY (member_id) REFERENCES xarxa_member (id)
);

CREATE INDEX xarxa_need_member_ix ON xarxa_need (member_id, raised_on, id);

-- One row per entry of a need's follow-up log, by position, oldest first; the need's status
-- is that of the last entry. note holds '' when none was given.
CREATE TABLE xarxa_need_follow_up (
    need_id        VARCHAR(36)   NOT NULL,
    position       INTEGER       NOT NULL,
    followed_up_on DATE          NOT NULL,
    status         VARCHAR(20)   NOT NULL,
    note           VARCHAR(2000) NOT NULL,
    CONSTRAINT xarxa_need_follow_up_pk PRIMARY KEY (need_id, position),
    CONSTRAINT xarxa_need_follow_up_need_fk FOREIGN KEY (need_id) REFERENCES xarxa_need (id)
);

-- The log of contacts with members: rows are added, never changed. note holds '' when none was
-- given, person_id is null when nobody in particular was spoken with.
CREATE TABLE xarxa_contact (
    id           VARCHAR(36)   NOT NULL,
    member_id    VARCHAR(36)   NOT NULL,
    contacted_on DATE          NOT NULL,
    channel      VARCHAR(20)   NOT NULL,
    topic        VARCHAR(30)   NOT NULL,
    note         VARCHAR(2000) NOT NULL,
    person_id    VARCHAR(36)   NULL,
    CONSTRAINT xarxa_contact_pk PRIMARY KEY (id),
    CONSTRAINT xarxa_contact_member_fk FOREIGN KEY (member_id) REFERENCES xarxa_member (id)
);

CREATE INDEX xarxa_contact_member_ix ON xarxa_contact (member_id, contacted_on, id);

-- The onboarding meetings held with members, added and never changed; notes holds '' when none
-- were taken.
CREATE TABLE xarxa_onboarding_meeting (
    id             VARCHAR(36)   NOT NULL,
    member_id      VARCHAR(36)   NOT NULL,
    held_on        DATE          NOT NULL,
    meeting_format VARCHAR(20)   NOT NULL,
    notes          VARCHAR(4000) NOT NULL,
    CONSTRAINT xarxa_onboarding_meeting_pk PRIMARY KEY (id),
    CONSTRAINT xarxa_onboarding_meeting_member_fk FOREIGN KEY (member_id) REFERENCES xarxa_member (id)
);

CREATE INDEX xarxa_onboarding_meeting_member_ix ON xarxa_onboarding_meeting (member_id, held_on, id);

-- One row per person who attended a meeting, by position in the order given.
CREATE TABLE xarxa_onboarding_attendee (
    meeting_id VARCHAR(36) NOT NULL,
    position   INTEGER     NOT NULL,
    person_id  VARCHAR(36) NOT NULL,
    CONSTRAINT xarxa_onboarding_attendee_pk PRIMARY KEY (meeting_id, position),
    CONSTRAINT xarxa_onboarding_attendee_meeting_fk FOREIGN KEY (meeting_id) REFERENCES xarxa_onboarding_meeting (id)
);
