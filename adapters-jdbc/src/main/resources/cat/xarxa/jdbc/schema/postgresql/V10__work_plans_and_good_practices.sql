-- Xarxa: the work plans, with their strategic lines, objectives and actions (with who answers for
-- each, their cells of the timetable and their evidence), and the good-practices bank: the calls
-- with their priorities, the practices submitted to them (with their promoters, themes and
-- systematisation sheet) and the trainings councils open to the network (PostgreSQL).
-- Run by the JDBC adapter with Flyway (history table xarxa_schema_history), or by the host's own Flyway.
-- Dates are named for what happened on them (adopted_on, recorded_on, opens_on, submitted_on,
-- reviewed_on, published_on), a plan's years are first_year and last_year, a cell's year is
-- cell_year and a training's days are first_day and last_day: ON, FROM, TO and YEAR are keywords,
-- and quoting them would differ per database. Titles, names, notes, summaries, the sheet's texts
-- and links keep every character, line breaks and trailing spaces included, and hold '' when none
-- were given.
--
-- Submissions and trainings name their council with a foreign key, as advisory requests do, and a
-- submission its call; the rows of a plan name their plan (objectives their line, actions their
-- objective, and the rows of an action their action), those of a call or a submission their owner.
-- The columns that name a person (contact_person_id) have none, as mandates, and neither does the
-- evidence of an action, which names an event, a product, an advisory, a practice or a training
-- by its id, or a link: the commands check them, but an import may bring plans and practices
-- before what they name, or without it, and every store accepts the same imports.

--
-- Ids sort in the "C" collation, as xarxa_member.id does: a plan, a call and a submission are read
-- with their rows by queries ordered by id, read side by side, and every side must sort (and
-- compare) alike.
-- One row per work plan. reference holds '' when none was given.
CREATE TABLE xarxa_work_plan (
    id         VARCHAR(36) COLLATE "C"  NOT NULL,
    title      VARCHAR(200) NOT NULL,
    first_year INTEGER      NOT NULL,
    last_year  INTEGER      NOT NULL,
    adopted_on DATE         NOT NULL,
    reference  VARCHAR(200) NOT NULL,
    version    BIGINT       NOT NULL,
    CONSTRAINT xarxa_work_plan_pk PRIMARY KEY (id)
);

-- A plan's strategic lines, by position, in the plan's order.
CREATE TABLE xarxa_plan_line (
    plan_id  VARCHAR(36) COLLATE "C"  NOT NULL,
    position INTEGER      NOT NULL,
    code     VARCHAR(30)  NOT NULL,
    title    VARCHAR(500) NOT NULL,
    CONSTRAINT xarxa_plan_line_pk PRIMARY KEY (plan_id, position),
    CONSTRAINT xarxa_plan_line_plan_fk FOREIGN KEY (plan_id) REFERENCES xarxa_work_plan (id)
);

-- A line's objectives, by the line's position and their own, in the plan's order.
CREATE TABLE xarxa_plan_objective (
    plan_id       VARCHAR(36) COLLATE "C"  NOT NULL,
    line_position INTEGER      NOT NULL,
    position      INTEGER      NOT NULL,
    code          VARCHAR(30)  NOT NULL,
    title         VARCHAR(500) NOT NULL,
    CONSTRAINT xarxa_plan_objective_pk PRIMARY KEY (plan_id, line_position, position),
    CONSTRAINT xarxa_plan_objective_line_fk FOREIGN KEY (plan_id, line_position)
        REFERENCES xarxa_plan_line (plan_id, position)
);

-- A plan's actions, by position over the whole plan, in the plan's order, each with the positions
-- of its line and objective. progress is 0 to 100.
CREATE TABLE xarxa_plan_action (
    plan_id            VARCHAR(36) COLLATE "C"  NOT NULL,
    position           INTEGER      NOT NULL,
    line_position      INTEGER      NOT NULL,
    objective_position INTEGER      NOT NULL,
    code               VARCHAR(30)  NOT NULL,
    title              VARCHAR(500) NOT NULL,
    status             VARCHAR(20)  NOT NULL,
    progress           INTEGER      NOT NULL,
    CONSTRAINT xarxa_plan_action_pk PRIMARY KEY (plan_id, position),
    CONSTRAINT xarxa_plan_action_objective_fk FOREIGN KEY (plan_id, line_position, objective_position)
        REFERENCES xarxa_plan_objective (plan_id, line_position, position)
);

-- Who answers for each part of an action (part BASIC_LINES, EXECUTION or SUPPORT), by the
-- action's position, the part and their position in it, in the order given. body is null but for
-- a body; name holds '' when the plan names none.
CREATE TABLE xarxa_plan_responsible (
    plan_id         VARCHAR(36) COLLATE "C"  NOT NULL,
    action_position INTEGER      NOT NULL,
    part            VARCHAR(20)  NOT NULL,
    position        INTEGER      NOT NULL,
    kind            VARCHAR(20)  NOT NULL,
    body            VARCHAR(30)  NULL,
    name            VARCHAR(200) NOT NULL,
    CONSTRAINT xarxa_plan_responsible_pk PRIMARY KEY (plan_id, action_position, part, position),
    CONSTRAINT xarxa_plan_responsible_action_fk FOREIGN KEY (plan_id, action_position)
        REFERENCES xarxa_plan_action (plan_id, position)
);

-- The cells of the timetable an action is planned in, by the action's position and their own, in
-- order. semester is 1 or 2, or 0 for the whole year.
CREATE TABLE xarxa_plan_cell (
    plan_id         VARCHAR(36) COLLATE "C" NOT NULL,
    action_position INTEGER     NOT NULL,
    position        INTEGER     NOT NULL,
    cell_year       INTEGER     NOT NULL,
    semester        INTEGER     NOT NULL,
    CONSTRAINT xarxa_plan_cell_pk PRIMARY KEY (plan_id, action_position, position),
    CONSTRAINT xarxa_plan_cell_action_fk FOREIGN KEY (plan_id, action_position)
        REFERENCES xarxa_plan_action (plan_id, position)
);

-- What shows an action's progress, by the action's position and their own, oldest first:
-- reference is the id of what it points at, or the address of a link; note holds '' when none.
CREATE TABLE xarxa_plan_evidence (
    plan_id         VARCHAR(36) COLLATE "C"  NOT NULL,
    action_position INTEGER      NOT NULL,
    position        INTEGER      NOT NULL,
    kind            VARCHAR(20)  NOT NULL,
    reference       VARCHAR(500) NOT NULL,
    note            VARCHAR(500) NOT NULL,
    recorded_on     DATE         NOT NULL,
    CONSTRAINT xarxa_plan_evidence_pk PRIMARY KEY (plan_id, action_position, position),
    CONSTRAINT xarxa_plan_evidence_action_fk FOREIGN KEY (plan_id, action_position)
        REFERENCES xarxa_plan_action (plan_id, position)
);

-- One row per call for good practices, taking submissions from opens_on to deadline.
CREATE TABLE xarxa_practice_call (
    id       VARCHAR(36) COLLATE "C"  NOT NULL,
    title    VARCHAR(200) NOT NULL,
    opens_on DATE         NOT NULL,
    deadline DATE         NOT NULL,
    version  BIGINT       NOT NULL,
    CONSTRAINT xarxa_practice_call_pk PRIMARY KEY (id)
);

-- The themes a call gives priority to, one tag a row, by position in the call's order.
CREATE TABLE xarxa_practice_call_priority (
    call_id  VARCHAR(36) COLLATE "C" NOT NULL,
    position INTEGER     NOT NULL,
    theme    VARCHAR(60) NOT NULL,
    CONSTRAINT xarxa_practice_call_priority_pk PRIMARY KEY (call_id, position),
    CONSTRAINT xarxa_practice_call_priority_call_fk FOREIGN KEY (call_id) REFERENCES xarxa_practice_call (id)
);

-- One row per practice submitted to a call. reviewed_on is null until it is reviewed, published_on
-- until it is published. The systematisation sheet is the seven sheet_ columns, all null until it
-- is completed; sheet_lessons and sheet_link hold '' when none were given. The index serves the
-- submissions to a call.
CREATE TABLE xarxa_practice_submission (
    id                  VARCHAR(36) COLLATE "C"   NOT NULL,
    call_id             VARCHAR(36) COLLATE "C"   NOT NULL,
    member_id           VARCHAR(36) COLLATE "C"   NOT NULL,
    title               VARCHAR(200)  NOT NULL,
    summary             VARCHAR(2000) NOT NULL,
    contact_person_id   VARCHAR(36) COLLATE "C"   NOT NULL,
    submitted_on        DATE          NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    early_dissemination BOOLEAN       NOT NULL,
    reviewed_on         DATE          NULL,
    sheet_context       VARCHAR(4000) NULL,
    sheet_description   VARCHAR(4000) NULL,
    sheet_results       VARCHAR(4000) NULL,
    sheet_lessons       VARCHAR(4000) NULL,
    sheet_link          VARCHAR(500)  NULL,
    sheet_supported     BOOLEAN       NULL,
    sheet_completed_on  DATE          NULL,
    published_on        DATE          NULL,
    version             BIGINT        NOT NULL,
    CONSTRAINT xarxa_practice_submission_pk PRIMARY KEY (id),
    CONSTRAINT xarxa_practice_submission_call_fk FOREIGN KEY (call_id) REFERENCES xarxa_practice_call (id),
    CONSTRAINT xarxa_practice_submission_member_fk FOREIGN KEY (member_id) REFERENCES xarxa_member (id)
);

CREATE INDEX xarxa_practice_submission_call_ix ON xarxa_practice_submission (call_id, id);

-- The organisations that promote a practice, by position in the order given.
CREATE TABLE xarxa_practice_promoter (
    submission_id VARCHAR(36) COLLATE "C"  NOT NULL,
    position      INTEGER      NOT NULL,
    name          VARCHAR(200) NOT NULL,
    CONSTRAINT xarxa_practice_promoter_pk PRIMARY KEY (submission_id, position),
    CONSTRAINT xarxa_practice_promoter_submission_fk FOREIGN KEY (submission_id)
        REFERENCES xarxa_practice_submission (id)
);

-- A practice's themes, one tag a row, by position in the order given. The index serves the
-- search of the bank by theme.
CREATE TABLE xarxa_practice_theme (
    submission_id VARCHAR(36) COLLATE "C" NOT NULL,
    position      INTEGER     NOT NULL,
    theme         VARCHAR(60) NOT NULL,
    CONSTRAINT xarxa_practice_theme_pk PRIMARY KEY (submission_id, position),
    CONSTRAINT xarxa_practice_theme_submission_fk FOREIGN KEY (submission_id)
        REFERENCES xarxa_practice_submission (id)
);

CREATE INDEX xarxa_practice_theme_ix ON xarxa_practice_theme (theme, submission_id);

-- One row per training a council opens to the network, from first_day to last_day. link holds ''
-- when none was given. The index serves the catalogue by topic.
CREATE TABLE xarxa_training (
    id             VARCHAR(36) COLLATE "C"  NOT NULL,
    member_id      VARCHAR(36) COLLATE "C"  NOT NULL,
    title          VARCHAR(200) NOT NULL,
    topic          VARCHAR(60)  NOT NULL,
    first_day      DATE         NOT NULL,
    last_day       DATE         NOT NULL,
    meeting_format VARCHAR(20)  NOT NULL,
    seats          INTEGER      NOT NULL,
    link           VARCHAR(500) NOT NULL,
    version        BIGINT       NOT NULL,
    CONSTRAINT xarxa_training_pk PRIMARY KEY (id),
    CONSTRAINT xarxa_training_member_fk FOREIGN KEY (member_id) REFERENCES xarxa_member (id)
);

CREATE INDEX xarxa_training_topic_ix ON xarxa_training (topic, first_day, id);
