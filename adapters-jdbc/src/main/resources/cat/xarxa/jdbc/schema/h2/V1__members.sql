-- Xarxa: members, their status history and the journal of events (H2).
-- Run by the JDBC adapter with Flyway (history table xarxa_schema_history), or by the host's own Flyway.

CREATE TABLE xarxa_member (
    id            VARCHAR(36)  NOT NULL,
    kind          VARCHAR(20)  NOT NULL,
    official_code VARCHAR(20)  NOT NULL,
    name          VARCHAR(200) NOT NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT xarxa_member_pk PRIMARY KEY (id),
    CONSTRAINT xarxa_member_official_code_uq UNIQUE (kind, official_code)
);

-- One row per step of a member's history; its status is that of the last step.
CREATE TABLE xarxa_member_status_change (
    member_id VARCHAR(36)  NOT NULL,
    position  INTEGER      NOT NULL,
    status    VARCHAR(20)  NOT NULL,
    since     DATE         NOT NULL,
    reference VARCHAR(500) NOT NULL,
    CONSTRAINT xarxa_member_status_change_pk PRIMARY KEY (member_id, position),
    CONSTRAINT xarxa_member_status_change_member_fk FOREIGN KEY (member_id) REFERENCES xarxa_member (id)
);

-- Journal entries are numbered from a sequence, taken in blocks, so that a unit of work can
-- insert its entries in one plain batch. recorded_at is UTC, kept to the microsecond.
CREATE SEQUENCE xarxa_journal_sequence START WITH 1 INCREMENT BY 1;

CREATE TABLE xarxa_journal (
    sequence          BIGINT           NOT NULL,
    aggregate_type    VARCHAR(100)     NOT NULL,
    aggregate_id      VARCHAR(100)     NOT NULL,
    aggregate_version BIGINT           NOT NULL,
    event_type        VARCHAR(100)     NOT NULL,
    data              VARCHAR(1000000) NOT NULL,
    recorded_at       TIMESTAMP(6)     NOT NULL,
    actor             VARCHAR(500)     NOT NULL,
    CONSTRAINT xarxa_journal_pk PRIMARY KEY (sequence)
);

CREATE INDEX xarxa_journal_aggregate_ix ON xarxa_journal (aggregate_type, aggregate_id, sequence);
