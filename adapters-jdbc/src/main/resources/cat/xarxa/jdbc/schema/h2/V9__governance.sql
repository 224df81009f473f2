-- Xarxa: the network's governance: the seats on its bodies, the events of its calendar with their
-- attendance, and the General Assembly's decisions with their votes (H2).
-- Run by the JDBC adapter with Flyway (history table xarxa_schema_history), or by the host's own Flyway.
-- Dates are named for what happened on them (held_on, decided_on) and a seat's days are first_day
-- and last_day, an event's times starts_at and ends_at, a year fiscal_year or budget_year, a
-- period period_code: ON, FROM, UNTIL, YEAR and PERIOD are keywords, and quoting them would differ
-- per database. Amounts are DECIMAL(14,2), euros with cents, exact; hours are whole minutes
-- (BIGINT). An event's times are the network's wall-clock time, TIME(6) without a time zone, so
-- that no setting of the JVM or the server moves them. Titles, places, links and motions keep every
-- character, line breaks and trailing spaces included, and hold '' when none were given.
--
-- Seats, attendance and votes name their council with a foreign key, as coordinating councils do,
-- the rows of an event or a decision their owner, and a decision its assembly. The columns that
-- name a person (person_id) have none, as mandates: the commands check them, but an import may
-- bring seats and events before the people they name, or without them, and every store accepts the
-- same imports. A decision is a record of facts and names what its motion decided on (a member, a
-- working group, a bank's period) as it was, without a foreign key, as the budgets' ledger.

-- One row per seat on a body. member_id is null for a person on their own, person_id when the
-- council named nobody, last_day while the seat is held.
CREATE TABLE xarxa_body_seat (
    id        VARCHAR(36) NOT NULL,
    body      VARCHAR(30) NOT NULL,
    member_id VARCHAR(36) NULL,
    person_id VARCHAR(36) NULL,
    role      VARCHAR(60) NOT NULL,
    first_day DATE        NOT NULL,
    last_day  DATE        NULL,
    version   BIGINT      NOT NULL,
    CONSTRAINT xarxa_body_seat_pk PRIMARY KEY (id),
    CONSTRAINT xarxa_body_seat_member_fk FOREIGN KEY (member_id) REFERENCES xarxa_member (id)
);

-- One row per event of the calendar. starts_at and ends_at are null for an all-day event; place
-- and link hold '' when none. The index serves the calendar between two days.
CREATE TABLE xarxa_event (
    id             VARCHAR(36)  NOT NULL,
    kind           VARCHAR(30)  NOT NULL,
    title          VARCHAR(200) NOT NULL,
    held_on        DATE         NOT NULL,
    starts_at      TIME(6)      NULL,
    ends_at        TIME(6)      NULL,
    meeting_format VARCHAR(20)  NOT NULL,
    place          VARCHAR(300) NOT NULL,
    link           VARCHAR(500) NOT NULL,
    status         VARCHAR(20)  NOT NULL,
    version        BIGINT       NOT NULL,
    CONSTRAINT xarxa_event_pk PRIMARY KEY (id)
);

CREATE INDEX xarxa_event_day_ix ON xarxa_event (held_on, id);

-- The councils that attended an event, by position in the order given; person_id is null when
-- the person who came is not known.
CREATE TABLE xarxa_event_attendance (
    event_id  VARCHAR(36) NOT NULL,
    position  INTEGER     NOT NULL,
    member_id VARCHAR(36) NOT NULL,
    person_id VARCHAR(36) NULL,
    CONSTRAINT xarxa_event_attendance_pk PRIMARY KEY (event_id, position),
    CONSTRAINT xarxa_event_attendance_event_fk FOREIGN KEY (event_id) REFERENCES xarxa_event (id),
    CONSTRAINT xarxa_event_attendance_member_fk FOREIGN KEY (member_id) REFERENCES xarxa_member (id)
);

-- The assembly's decisions: rows are added, never changed, so there is no version. reference is
-- how the minutes cite it, unique and compared exactly. The motion is motion_kind and the columns
-- that kind uses, null otherwise: member_id (an admission), fiscal_year (a fee policy), group_id,
-- budget_year and amount (a budget allocation), period_code and added_minutes (a bank's
-- enlargement), motion_text (any other motion). The tally, the quorum (a fraction) and the
-- majority it was counted under, and the outcome, are kept as counted. The index serves the
-- decisions of an assembly.
CREATE TABLE xarxa_assembly_decision (
    id                 VARCHAR(36)   NOT NULL,
    event_id           VARCHAR(36)   NOT NULL,
    decided_on         DATE          NOT NULL,
    reference          VARCHAR(200)  NOT NULL,
    title              VARCHAR(500)  NOT NULL,
    motion_kind        VARCHAR(20)   NOT NULL,
    member_id          VARCHAR(36)   NULL,
    fiscal_year        INTEGER       NULL,
    group_id           VARCHAR(36)   NULL,
    budget_year        INTEGER       NULL,
    amount             DECIMAL(14,2) NULL,
    period_code        VARCHAR(20)   NULL,
    added_minutes      BIGINT        NULL,
    motion_text        VARCHAR(4000) NULL,
    tally_eligible     INTEGER       NOT NULL,
    tally_yes          INTEGER       NOT NULL,
    tally_no           INTEGER       NOT NULL,
    tally_abstain      INTEGER       NOT NULL,
    tally_not_counted  INTEGER       NOT NULL,
    quorum_numerator   INTEGER       NOT NULL,
    quorum_denominator INTEGER       NOT NULL,
    majority           VARCHAR(20)   NOT NULL,
    outcome            VARCHAR(20)   NOT NULL,
    CONSTRAINT xarxa_assembly_decision_pk PRIMARY KEY (id),
    CONSTRAINT xarxa_assembly_decision_reference_uq UNIQUE (reference),
    CONSTRAINT xarxa_assembly_decision_event_fk FOREIGN KEY (event_id) REFERENCES xarxa_event (id)
);

CREATE INDEX xarxa_assembly_decision_event_ix ON xarxa_assembly_decision (event_id, id);

-- Every vote cast on a decision, by position in the order given, whether it counted or not;
-- limit_code says why a vote did not count, and holds '' for one that did.
CREATE TABLE xarxa_assembly_vote (
    decision_id VARCHAR(36)  NOT NULL,
    position    INTEGER      NOT NULL,
    member_id   VARCHAR(36)  NOT NULL,
    choice      VARCHAR(10)  NOT NULL,
    counted     BOOLEAN      NOT NULL,
    limit_code  VARCHAR(100) NOT NULL,
    CONSTRAINT xarxa_assembly_vote_pk PRIMARY KEY (decision_id, position),
    CONSTRAINT xarxa_assembly_vote_decision_fk FOREIGN KEY (decision_id) REFERENCES xarxa_assembly_decision (id),
    CONSTRAINT xarxa_assembly_vote_member_fk FOREIGN KEY (member_id) REFERENCES xarxa_member (id)
);
