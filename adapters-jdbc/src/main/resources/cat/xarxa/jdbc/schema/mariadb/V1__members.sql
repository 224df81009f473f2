-- Xarxa: members, their status history and the journal of events (MariaDB).
-- Run by the JDBC adapter with Flyway (history table xarxa_schema_history), or by the host's own Flyway.
-- utf8mb4 keeps any name; the binary no-pad collation compares and sorts text exactly as Java
-- does, so ids list in the same order and official codes match the same way on every store.
-- MariaDB names every primary key PRIMARY, so those constraints go unnamed here.

CREATE TABLE xarxa_member (
    id            VARCHAR(36)  NOT NULL,
    kind          VARCHAR(20)  NOT NULL,
    official_code VARCHAR(20)  NOT NULL,
    name          VARCHAR(200) NOT NULL,
    version       BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT xarxa_member_official_code_uq UNIQUE (kind, official_code)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;

-- One row per step of a member's history; its status is that of the last step.
CREATE TABLE xarxa_member_status_change (
    member_id VARCHAR(36)  NOT NULL,
    position  INTEGER      NOT NULL,
    status    VARCHAR(20)  NOT NULL,
    since     DATE         NOT NULL,
    reference VARCHAR(500) NOT NULL,
    PRIMARY KEY (member_id, position),
    CONSTRAINT xarxa_member_status_change_member_fk FOREIGN KEY (member_id) REFERENCES xarxa_member (id)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;

-- Journal entries are numbered from a sequence, taken in blocks, so that a unit of work can
-- insert its entries in one plain batch (MariaDB's bulk protocol cannot report generated keys).
-- recorded_at is UTC (a DATETIME, which no time zone setting converts), kept to the microsecond.
CREATE SEQUENCE xarxa_journal_sequence START WITH 1 INCREMENT BY 1;

CREATE TABLE xarxa_journal (
    sequence          BIGINT       NOT NULL,
    aggregate_type    VARCHAR(100) NOT NULL,
    aggregate_id      VARCHAR(100) NOT NULL,
    aggregate_version BIGINT       NOT NULL,
    event_type        VARCHAR(100) NOT NULL,
    data              MEDIUMTEXT   NOT NULL,
    recorded_at       DATETIME(6)  NOT NULL,
    actor             VARCHAR(500) NOT NULL,
    PRIMARY KEY (sequence)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;

CREATE INDEX xarxa_journal_aggregate_ix ON xarxa_journal (aggregate_type, aggregate_id, sequence);
