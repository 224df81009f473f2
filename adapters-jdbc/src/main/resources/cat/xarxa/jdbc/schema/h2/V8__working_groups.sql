-- Xarxa: the working groups, with their coordinating councils, history, participants, meetings
-- (with their attendees) and products (with their partner organisations), each group's budget of
-- a year and the budgets' ledger (H2).
-- Run by the JDBC adapter with Flyway (history table xarxa_schema_history), or by the host's own Flyway.
-- Dates are named for what happened on them (taken_on, joined_on, left_on, held_on, published_on,
-- entered_on) and a budget's year is budget_year: ON, FROM, UNTIL and YEAR are keywords, and
-- quoting them would differ per database. Amounts are DECIMAL(14,2), euros with cents, exact. The
-- mandate, references, minutes and titles keep every character, line breaks and trailing spaces
-- included, and hold '' when none were given.
--
-- Coordinating councils and participants name their council with a foreign key, as advisory
-- requests do, the rows of a group their group (attendees their meeting, partners their product),
-- and a budget its group. The columns that name a person (coordinator_id, person_id), the need a
-- group came from and a product's partners have none, as mandates: the commands check them, but
-- an import may bring groups before the people, needs and partners they name, or without them, and
-- every store accepts the same imports. The ledger is a record of facts and names its group and
-- commitment as they were, without a foreign key, as the hours ledger.

-- One row per group. need_id and coordinator_id are null when none.
CREATE TABLE xarxa_working_group (
    id             VARCHAR(36)   NOT NULL,
    name           VARCHAR(200)  NOT NULL,
    theme          VARCHAR(60)   NOT NULL,
    mandate        VARCHAR(2000) NOT NULL,
    need_id        VARCHAR(36)   NULL,
    coordinator_id VARCHAR(36)   NULL,
    version        BIGINT        NOT NULL,
    CONSTRAINT xarxa_working_group_pk PRIMARY KEY (id)
);

-- The coordinating councils of a group, by position, in the order given.
CREATE TABLE xarxa_group_coordinator (
    group_id  VARCHAR(36) NOT NULL,
    position  INTEGER     NOT NULL,
    member_id VARCHAR(36) NOT NULL,
    CONSTRAINT xarxa_group_coordinator_pk PRIMARY KEY (group_id, position),
    CONSTRAINT xarxa_group_coordinator_group_fk FOREIGN KEY (group_id) REFERENCES xarxa_working_group (id),
    CONSTRAINT xarxa_group_coordinator_member_fk FOREIGN KEY (member_id) REFERENCES xarxa_member (id)
);

-- Each status a group went through, by position, oldest first.
CREATE TABLE xarxa_group_step (
    group_id  VARCHAR(36)  NOT NULL,
    position  INTEGER      NOT NULL,
    status    VARCHAR(20)  NOT NULL,
    taken_on  DATE         NOT NULL,
    reference VARCHAR(200) NOT NULL,
    CONSTRAINT xarxa_group_step_pk PRIMARY KEY (group_id, position),
    CONSTRAINT xarxa_group_step_group_fk FOREIGN KEY (group_id) REFERENCES xarxa_working_group (id)
);

-- The councils and people taking or having taken part, by position, in the order they joined.
-- person_id is null for a council as such, left_on while they take part.
CREATE TABLE xarxa_group_participant (
    group_id  VARCHAR(36) NOT NULL,
    position  INTEGER     NOT NULL,
    member_id VARCHAR(36) NOT NULL,
    person_id VARCHAR(36) NULL,
    joined_on DATE        NOT NULL,
    left_on   DATE        NULL,
    CONSTRAINT xarxa_group_participant_pk PRIMARY KEY (group_id, position),
    CONSTRAINT xarxa_group_participant_group_fk FOREIGN KEY (group_id) REFERENCES xarxa_working_group (id),
    CONSTRAINT xarxa_group_participant_member_fk FOREIGN KEY (member_id) REFERENCES xarxa_member (id)
);

-- A group's meetings, by position, in the order the group keeps them (by date).
CREATE TABLE xarxa_group_meeting (
    group_id       VARCHAR(36)   NOT NULL,
    position       INTEGER       NOT NULL,
    held_on        DATE          NOT NULL,
    meeting_format VARCHAR(20)   NOT NULL,
    meeting_minutes VARCHAR(4000) NOT NULL,
    CONSTRAINT xarxa_group_meeting_pk PRIMARY KEY (group_id, position),
    CONSTRAINT xarxa_group_meeting_group_fk FOREIGN KEY (group_id) REFERENCES xarxa_working_group (id)
);

-- The people who attended a meeting, by the meeting's position and their own, in the order given.
CREATE TABLE xarxa_group_attendee (
    group_id         VARCHAR(36) NOT NULL,
    meeting_position INTEGER     NOT NULL,
    position         INTEGER     NOT NULL,
    person_id        VARCHAR(36) NOT NULL,
    CONSTRAINT xarxa_group_attendee_pk PRIMARY KEY (group_id, meeting_position, position),
    CONSTRAINT xarxa_group_attendee_meeting_fk FOREIGN KEY (group_id, meeting_position)
        REFERENCES xarxa_group_meeting (group_id, position)
);

-- A group's products, by position, in the order the group keeps them. published_on is null until
-- the product is published.
CREATE TABLE xarxa_group_product (
    group_id     VARCHAR(36)  NOT NULL,
    position     INTEGER      NOT NULL,
    product_id   VARCHAR(36)  NOT NULL,
    title        VARCHAR(200) NOT NULL,
    kind         VARCHAR(20)  NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    published_on DATE         NULL,
    CONSTRAINT xarxa_group_product_pk PRIMARY KEY (group_id, position),
    CONSTRAINT xarxa_group_product_group_fk FOREIGN KEY (group_id) REFERENCES xarxa_working_group (id)
);

-- The partner organisations that co-author a product, by the product's position and their own.
CREATE TABLE xarxa_group_product_partner (
    group_id         VARCHAR(36) NOT NULL,
    product_position INTEGER     NOT NULL,
    position         INTEGER     NOT NULL,
    partner_id       VARCHAR(36) NOT NULL,
    CONSTRAINT xarxa_group_product_partner_pk PRIMARY KEY (group_id, product_position, position),
    CONSTRAINT xarxa_group_product_partner_product_fk FOREIGN KEY (group_id, product_position)
        REFERENCES xarxa_group_product (group_id, position)
);

-- A group's budget of a year with its running totals; version settles two units of work that
-- enter on the same budget at once, since every entry saves the budget.
CREATE TABLE xarxa_group_budget (
    group_id    VARCHAR(36)   NOT NULL,
    budget_year INTEGER       NOT NULL,
    allocated   DECIMAL(14,2) NOT NULL,
    increased   DECIMAL(14,2) NOT NULL,
    committed   DECIMAL(14,2) NOT NULL,
    spent       DECIMAL(14,2) NOT NULL,
    version     BIGINT        NOT NULL,
    CONSTRAINT xarxa_group_budget_pk PRIMARY KEY (group_id, budget_year),
    CONSTRAINT xarxa_group_budget_group_fk FOREIGN KEY (group_id) REFERENCES xarxa_working_group (id)
);

-- The budgets' ledger: rows are added, never changed. reference holds '' when none was given;
-- commitment_id is null but for a release or an expense that settles a commitment. The index
-- serves a budget's ledger by date.
CREATE TABLE xarxa_group_budget_entry (
    id            VARCHAR(36)   NOT NULL,
    group_id      VARCHAR(36)   NOT NULL,
    budget_year   INTEGER       NOT NULL,
    kind          VARCHAR(20)   NOT NULL,
    amount        DECIMAL(14,2) NOT NULL,
    entered_on    DATE          NOT NULL,
    reference     VARCHAR(200)  NOT NULL,
    commitment_id VARCHAR(36)   NULL,
    CONSTRAINT xarxa_group_budget_entry_pk PRIMARY KEY (id)
);

CREATE INDEX xarxa_group_budget_entry_ledger_ix ON xarxa_group_budget_entry (group_id, budget_year, entered_on, id);
