-- Xarxa: the advisories: the hour bank of each period with its ledger, the advisories with their
-- requests, sessions and attendance, and the materials they produced (MariaDB).
-- Run by the JDBC adapter with Flyway (history table xarxa_schema_history), or by the host's own Flyway.
-- Quantities of hours are whole minutes (BIGINT), exact. A period is period_code, a bank's days
-- first_day and last_day, dates entered_on and requested_on, a session's times starts_at and
-- ends_at: PERIOD, FROM, ON and the like are keywords, and quoting them would differ per database.
-- A session's times are the network's wall-clock time, without a time zone, so that no setting of
-- the JVM or the server moves them.
--
-- Requests name their council with a foreign key, as needs and payments do, and the rows of an
-- advisory their advisory (attendance its session). Nothing else here has one: the ledger is a
-- record of facts that names advisories and sessions as they were, a product names its advisory
-- and a provider a person or partner as the commands checked them, and a session's attendance
-- only names councils of the advisory's requests.
--
-- utf8mb4 with the binary no-pad collation, as in V1: ids sort and compare exactly as
-- xarxa_member.id, since an advisory is read with its requests, sessions and attendance by
-- queries ordered by id, read side by side. A session's times are DATETIME(6), which no time zone
-- setting converts. BOOLEAN is MariaDB's TINYINT(1). MariaDB names every primary key PRIMARY,
-- so those constraints go unnamed here.

-- One row per period's bank with its running totals; version settles two units of work that
-- reserve on the same bank at once, since every reservation saves the bank.
CREATE TABLE xarxa_hour_bank (
    period_code      VARCHAR(20) NOT NULL,
    first_day        DATE        NOT NULL,
    last_day         DATE        NOT NULL,
    granted_minutes  BIGINT      NOT NULL,
    reserved_minutes BIGINT      NOT NULL,
    consumed_minutes BIGINT      NOT NULL,
    expired_minutes  BIGINT      NOT NULL,
    version          BIGINT      NOT NULL,
    PRIMARY KEY (period_code)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;

-- The ledger of the banks: rows are added, never changed. reference holds '' when none was given;
-- advisory_id and session_id are null for grants, enlargements and expiry. actor is the facade's
-- actor, as in the journal, and as long. The index serves a period's ledger by date.
CREATE TABLE xarxa_hour_ledger (
    id               VARCHAR(36)  NOT NULL,
    period_code      VARCHAR(20)  NOT NULL,
    kind             VARCHAR(20)  NOT NULL,
    cause            VARCHAR(30)  NOT NULL,
    duration_minutes BIGINT       NOT NULL,
    entered_on       DATE         NOT NULL,
    actor            VARCHAR(500) NOT NULL,
    reference        VARCHAR(200) NOT NULL,
    advisory_id      VARCHAR(36)  NULL,
    session_id       VARCHAR(36)  NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;

CREATE INDEX xarxa_hour_ledger_period_ix ON xarxa_hour_ledger (period_code, entered_on, id);

-- One row per advisory. The provider is provider_kind with provider_person_id (an expert person)
-- or provider_partner_id (a partner organisation), null otherwise; co_provider_id and
-- merged_into_id are null when none. The index serves a period's advisories.
CREATE TABLE xarxa_advisory (
    id                  VARCHAR(36) NOT NULL,
    period_code         VARCHAR(20) NOT NULL,
    topic               VARCHAR(60) NOT NULL,
    package_minutes     BIGINT      NOT NULL,
    package_sessions    INTEGER     NOT NULL,
    provider_kind       VARCHAR(20) NOT NULL,
    provider_person_id  VARCHAR(36) NULL,
    provider_partner_id VARCHAR(36) NULL,
    co_provider_id      VARCHAR(36) NULL,
    status              VARCHAR(20) NOT NULL,
    merged_into_id      VARCHAR(36) NULL,
    reserved_minutes    BIGINT      NOT NULL,
    consumed_minutes    BIGINT      NOT NULL,
    version             BIGINT      NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;

CREATE INDEX xarxa_advisory_period_ix ON xarxa_advisory (period_code, id);

-- The requests an advisory carries, by position, the first one first. A request moves to a joint
-- advisory when merged and back to one of its own when taken out, so its rows are keyed by the
-- advisory and the position, not by request_id. details holds '' when none were given.
CREATE TABLE xarxa_advisory_request (
    advisory_id      VARCHAR(36)   NOT NULL,
    position         INTEGER       NOT NULL,
    request_id       VARCHAR(36)   NOT NULL,
    member_id        VARCHAR(36)   NOT NULL,
    person_id        VARCHAR(36)   NOT NULL,
    topic            VARCHAR(60)   NOT NULL,
    details          VARCHAR(2000) NOT NULL,
    meeting_format   VARCHAR(20)   NOT NULL,
    package_minutes  BIGINT        NOT NULL,
    package_sessions INTEGER       NOT NULL,
    requested_on     DATE          NOT NULL,
    PRIMARY KEY (advisory_id, position),
    CONSTRAINT xarxa_advisory_request_advisory_fk FOREIGN KEY (advisory_id) REFERENCES xarxa_advisory (id),
    CONSTRAINT xarxa_advisory_request_member_fk FOREIGN KEY (member_id) REFERENCES xarxa_member (id)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;

-- The sessions of an advisory, by position in the order they were scheduled. delivered_minutes is
-- 0 unless the session was delivered.
CREATE TABLE xarxa_advisory_session (
    advisory_id       VARCHAR(36)  NOT NULL,
    position          INTEGER      NOT NULL,
    session_id        VARCHAR(36)  NOT NULL,
    starts_at         DATETIME(6)  NOT NULL,
    ends_at           DATETIME(6)  NOT NULL,
    meeting_format    VARCHAR(20)  NOT NULL,
    status            VARCHAR(20)  NOT NULL,
    delivered_minutes BIGINT       NOT NULL,
    PRIMARY KEY (advisory_id, position),
    CONSTRAINT xarxa_advisory_session_advisory_fk FOREIGN KEY (advisory_id) REFERENCES xarxa_advisory (id)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;

-- The councils that attended a delivered session, by position in the order given.
CREATE TABLE xarxa_advisory_attendance (
    advisory_id      VARCHAR(36) NOT NULL,
    session_position INTEGER     NOT NULL,
    position         INTEGER     NOT NULL,
    member_id        VARCHAR(36) NOT NULL,
    PRIMARY KEY (advisory_id, session_position, position),
    CONSTRAINT xarxa_advisory_attendance_session_fk FOREIGN KEY (advisory_id, session_position)
        REFERENCES xarxa_advisory_session (advisory_id, position)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;

-- The materials advisories produced; summary and link hold '' when none were given.
CREATE TABLE xarxa_advisory_product (
    id          VARCHAR(36)   NOT NULL,
    advisory_id VARCHAR(36)   NOT NULL,
    topic       VARCHAR(60)   NOT NULL,
    kind        VARCHAR(20)   NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    summary     VARCHAR(2000) NOT NULL,
    link        VARCHAR(500)  NOT NULL,
    published   BOOLEAN       NOT NULL,
    version     BIGINT        NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;
