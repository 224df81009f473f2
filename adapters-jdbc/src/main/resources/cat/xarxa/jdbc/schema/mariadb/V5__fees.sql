-- Xarxa: the members' fees: the policy of each fiscal year with its rule, the assessments with
-- their corrections, and the payments and refunds (MariaDB).
-- Run by the JDBC adapter with Flyway (history table xarxa_schema_history), or by the host's own Flyway.
-- Years are fiscal_year and population_year, dates issued_on, due_on, paid_on...: YEAR, ON, FROM
-- and TO are keywords, and quoting them would differ per database. Amounts of money are
-- DECIMAL(14,2), euros with cents, exact.
--
-- Policies and payments are added, never changed; an assessment is added once per member and
-- year and then only gains corrections. Assessments and payments name their member with a
-- foreign key, as the care log does, and a payment its assessment. An assessment has no foreign
-- key to the policy of its year: a store keeps assessments as they are given, and the commands
-- check that the year has a policy.
--
-- utf8mb4 with the binary no-pad collation, as in V1: ids sort and compare exactly as
-- xarxa_member.id, since an assessment is read with its corrections in one query ordered by id.
-- BOOLEAN is MariaDB's TINYINT(1). MariaDB names every primary key PRIMARY, so those
-- constraints go unnamed here.

-- One row per fiscal year's policy. reminder_days lists the days from the due date on which an
-- unpaid fee is reminded, in increasing order, e.g. -15,1,30 ('' for none): a valid schedule has
-- at most 733 days between -366 and 366, which the column holds whole.
CREATE TABLE xarxa_fee_policy (
    fiscal_year         INTEGER       NOT NULL,
    population_year     INTEGER       NOT NULL,
    approved_on         DATE          NOT NULL,
    decision_reference  VARCHAR(200)  NOT NULL,
    due_days            INTEGER       NOT NULL,
    grace_days          INTEGER       NOT NULL,
    proration           VARCHAR(20)   NOT NULL,
    rounding            VARCHAR(20)   NOT NULL,
    pending_members_owe BOOLEAN       NOT NULL,
    reminder_days       VARCHAR(4000) NOT NULL,
    PRIMARY KEY (fiscal_year)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;

-- A policy's rule, as rows: the policy's own rule has member_kind '', and a rule by kind adds one
-- row per kind of member it names (one level deep). rule_type says which columns hold the rule:
-- flat uses amount; per-inhabitant rate_per_inhabitant, floor_amount and cap_amount (null when
-- none); custom the calculator and its parameters; tiers its tiers; by-kind the other rows.
CREATE TABLE xarxa_fee_rule (
    fiscal_year         INTEGER       NOT NULL,
    member_kind         VARCHAR(20)   NOT NULL,
    rule_type           VARCHAR(20)   NOT NULL,
    amount              DECIMAL(14,2) NULL,
    rate_per_inhabitant DECIMAL(18,6) NULL,
    floor_amount        DECIMAL(14,2) NULL,
    cap_amount          DECIMAL(14,2) NULL,
    calculator          VARCHAR(100)  NULL,
    PRIMARY KEY (fiscal_year, member_kind),
    CONSTRAINT xarxa_fee_rule_policy_fk FOREIGN KEY (fiscal_year) REFERENCES xarxa_fee_policy (fiscal_year)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;

-- The tiers of a rule by tiers, by position in the order the policy gives them; to_inhabitants
-- is null for a tier with no upper limit.
CREATE TABLE xarxa_fee_tier (
    fiscal_year      INTEGER       NOT NULL,
    member_kind      VARCHAR(20)   NOT NULL,
    position         INTEGER       NOT NULL,
    from_inhabitants BIGINT        NOT NULL,
    to_inhabitants   BIGINT        NULL,
    amount           DECIMAL(14,2) NOT NULL,
    PRIMARY KEY (fiscal_year, member_kind, position),
    CONSTRAINT xarxa_fee_tier_rule_fk FOREIGN KEY (fiscal_year, member_kind)
        REFERENCES xarxa_fee_rule (fiscal_year, member_kind)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;

-- The parameters of a custom rule, one row each, as text the calculator reads.
CREATE TABLE xarxa_fee_rule_parameter (
    fiscal_year     INTEGER       NOT NULL,
    member_kind     VARCHAR(20)   NOT NULL,
    parameter_name  VARCHAR(100)  NOT NULL,
    parameter_value VARCHAR(2000) NOT NULL,
    PRIMARY KEY (fiscal_year, member_kind, parameter_name),
    CONSTRAINT xarxa_fee_rule_parameter_rule_fk FOREIGN KEY (fiscal_year, member_kind)
        REFERENCES xarxa_fee_rule (fiscal_year, member_kind)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;

-- One row per member and fiscal year: the unique key settles two fee runs of the same year at
-- once, and serves a member's assessments. The population figure used (population_year,
-- inhabitants, population_source) is null as a whole when the rule used none. Only version
-- changes after the insert, when a correction is added.
CREATE TABLE xarxa_fee_assessment (
    id                VARCHAR(36)   NOT NULL,
    member_id         VARCHAR(36)   NOT NULL,
    fiscal_year       INTEGER       NOT NULL,
    member_kind       VARCHAR(20)   NOT NULL,
    population_year   INTEGER       NULL,
    inhabitants       BIGINT        NULL,
    population_source VARCHAR(200)  NULL,
    annual_fee        DECIMAL(14,2) NOT NULL,
    owed_units        INTEGER       NOT NULL,
    units_in_year     INTEGER       NOT NULL,
    amount            DECIMAL(14,2) NOT NULL,
    proration         VARCHAR(20)   NOT NULL,
    issued_on         DATE          NOT NULL,
    due_on            DATE          NOT NULL,
    grace_until       DATE          NOT NULL,
    version           BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT xarxa_fee_assessment_member_year_uq UNIQUE (member_id, fiscal_year),
    CONSTRAINT xarxa_fee_assessment_member_fk FOREIGN KEY (member_id) REFERENCES xarxa_member (id)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;

CREATE INDEX xarxa_fee_assessment_year_ix ON xarxa_fee_assessment (fiscal_year, id);

-- One row per correction of an assessment, by position, oldest first: rows are added, never
-- changed or removed, like credit notes. amount is negative when it takes off.
CREATE TABLE xarxa_fee_correction (
    assessment_id VARCHAR(36)   NOT NULL,
    position      INTEGER       NOT NULL,
    corrected_on  DATE          NOT NULL,
    amount        DECIMAL(14,2) NOT NULL,
    reason        VARCHAR(500)  NOT NULL,
    PRIMARY KEY (assessment_id, position),
    CONSTRAINT xarxa_fee_correction_assessment_fk FOREIGN KEY (assessment_id) REFERENCES xarxa_fee_assessment (id)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;

-- The payments (kind PAYMENT, naming their assessment) and refunds (kind REFUND, naming none):
-- rows are added, never changed; a mistaken payment is undone with a refund. reference holds ''
-- when none was given. The index serves a member's payments by date.
CREATE TABLE xarxa_fee_payment (
    id            VARCHAR(36)   NOT NULL,
    member_id     VARCHAR(36)   NOT NULL,
    kind          VARCHAR(20)   NOT NULL,
    assessment_id VARCHAR(36)   NULL,
    paid_on       DATE          NOT NULL,
    amount        DECIMAL(14,2) NOT NULL,
    reference     VARCHAR(100)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT xarxa_fee_payment_member_fk FOREIGN KEY (member_id) REFERENCES xarxa_member (id),
    CONSTRAINT xarxa_fee_payment_assessment_fk FOREIGN KEY (assessment_id) REFERENCES xarxa_fee_assessment (id)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;

CREATE INDEX xarxa_fee_payment_member_ix ON xarxa_fee_payment (member_id, paid_on, id);
