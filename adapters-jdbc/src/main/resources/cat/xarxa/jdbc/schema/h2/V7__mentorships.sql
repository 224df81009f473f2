-- Xarxa: the mentorship programme: the profiles of the people who offer to be mentors, with their
-- topics, and the mentorships with their history, extensions and meetings (H2).
-- Run by the JDBC adapter with Flyway (history table xarxa_schema_history), or by the host's own Flyway.
-- Dates are named for what happened on them (taken_on, held_on, mentor_agreed_on...) and a
-- mentorship's end is ends_on: ON, UNTIL and OPEN are keywords, and quoting them would differ per
-- database. The proposal, the notes, the activities, the summaries and the link keep every
-- character, line breaks and trailing spaces included, and hold '' when none were given.
--
-- Profiles and mentorships name their councils with a foreign key, as advisory requests do, and
-- the rows of a profile or a mentorship their owner. The columns that name a person (person_id of
-- a profile and of a step, mentor_id, mentee_id) have none, as mandates: the commands check that
-- the person is registered, but an import may bring mentors and mentorships before the people they
-- name, or without them, and every store accepts the same imports.

-- One row per mentor, keyed by the person; version settles two units of work that change the
-- same profile at once.
CREATE TABLE xarxa_mentor_profile (
    person_id         VARCHAR(36) NOT NULL,
    member_id         VARCHAR(36) NOT NULL,
    open_to_proposals BOOLEAN     NOT NULL,
    capacity          INTEGER     NOT NULL,
    version           BIGINT      NOT NULL,
    CONSTRAINT xarxa_mentor_profile_pk PRIMARY KEY (person_id),
    CONSTRAINT xarxa_mentor_profile_member_fk FOREIGN KEY (member_id) REFERENCES xarxa_member (id)
);

-- The topics a mentor accompanies on, one tag a row.
CREATE TABLE xarxa_mentor_topic (
    person_id VARCHAR(36) NOT NULL,
    topic     VARCHAR(60) NOT NULL,
    CONSTRAINT xarxa_mentor_topic_pk PRIMARY KEY (person_id, topic),
    CONSTRAINT xarxa_mentor_topic_profile_fk FOREIGN KEY (person_id) REFERENCES xarxa_mentor_profile (person_id)
);

-- One row per mentorship. ends_on is null until it is accepted. The documentation the mentee
-- shared is the three documentation_ columns, all null until it is shared. The two indexes serve
-- the mentorships of a person, as mentor and as mentee.
CREATE TABLE xarxa_mentorship (
    id                      VARCHAR(36)   NOT NULL,
    mentor_id               VARCHAR(36)   NOT NULL,
    mentor_member_id        VARCHAR(36)   NOT NULL,
    mentee_id               VARCHAR(36)   NOT NULL,
    mentee_member_id        VARCHAR(36)   NOT NULL,
    topic                   VARCHAR(60)   NOT NULL,
    proposal                VARCHAR(2000) NOT NULL,
    ends_on                 DATE          NULL,
    activities              VARCHAR(4000) NOT NULL,
    documentation_summary   VARCHAR(4000) NULL,
    documentation_link      VARCHAR(500)  NULL,
    documentation_shared_on DATE          NULL,
    version                 BIGINT        NOT NULL,
    CONSTRAINT xarxa_mentorship_pk PRIMARY KEY (id),
    CONSTRAINT xarxa_mentorship_mentor_member_fk FOREIGN KEY (mentor_member_id) REFERENCES xarxa_member (id),
    CONSTRAINT xarxa_mentorship_mentee_member_fk FOREIGN KEY (mentee_member_id) REFERENCES xarxa_member (id)
);

CREATE INDEX xarxa_mentorship_mentor_ix ON xarxa_mentorship (mentor_id, id);
CREATE INDEX xarxa_mentorship_mentee_ix ON xarxa_mentorship (mentee_id, id);

-- Each status a mentorship went through, by position, oldest first. person_id is who took the
-- step, null for the library's own (a proposal that lapsed, a mentorship that expired).
CREATE TABLE xarxa_mentorship_step (
    mentorship_id VARCHAR(36)  NOT NULL,
    position      INTEGER      NOT NULL,
    status        VARCHAR(20)  NOT NULL,
    taken_on      DATE         NOT NULL,
    person_id     VARCHAR(36)  NULL,
    note          VARCHAR(500) NOT NULL,
    CONSTRAINT xarxa_mentorship_step_pk PRIMARY KEY (mentorship_id, position),
    CONSTRAINT xarxa_mentorship_step_mentorship_fk FOREIGN KEY (mentorship_id) REFERENCES xarxa_mentorship (id)
);

-- The extensions both people agreed, by position, oldest first: the new end and when each agreed.
CREATE TABLE xarxa_mentorship_extension (
    mentorship_id    VARCHAR(36) NOT NULL,
    position         INTEGER     NOT NULL,
    ends_on          DATE        NOT NULL,
    mentor_agreed_on DATE        NOT NULL,
    mentee_agreed_on DATE        NOT NULL,
    CONSTRAINT xarxa_mentorship_extension_pk PRIMARY KEY (mentorship_id, position),
    CONSTRAINT xarxa_mentorship_extension_mentorship_fk FOREIGN KEY (mentorship_id) REFERENCES xarxa_mentorship (id)
);

-- The meetings of mentor and mentee, by position, in the order the mentorship keeps them (by date).
CREATE TABLE xarxa_mentorship_meeting (
    mentorship_id  VARCHAR(36)   NOT NULL,
    position       INTEGER       NOT NULL,
    held_on        DATE          NOT NULL,
    meeting_format VARCHAR(20)   NOT NULL,
    summary        VARCHAR(2000) NOT NULL,
    CONSTRAINT xarxa_mentorship_meeting_pk PRIMARY KEY (mentorship_id, position),
    CONSTRAINT xarxa_mentorship_meeting_mentorship_fk FOREIGN KEY (mentorship_id) REFERENCES xarxa_mentorship (id)
);
