-- Xarxa: the population figures of members, one per reference year (MariaDB).
-- Run by the JDBC adapter with Flyway (history table xarxa_schema_history), or by the host's own Flyway.
-- The year column is reference_year: YEAR is a keyword in H2, and the adapter's SQL is the same everywhere.
-- utf8mb4 with the binary no-pad collation, as in V1: member_id sorts and compares exactly as
-- xarxa_member.id, since members are read with their figures in one query ordered by id.
-- MariaDB names every primary key PRIMARY, so that constraint goes unnamed here.

CREATE TABLE xarxa_member_population (
    member_id      VARCHAR(36)  NOT NULL,
    reference_year INTEGER      NOT NULL,
    inhabitants    BIGINT       NOT NULL,
    source         VARCHAR(200) NOT NULL,
    PRIMARY KEY (member_id, reference_year),
    CONSTRAINT xarxa_member_population_member_fk FOREIGN KEY (member_id) REFERENCES xarxa_member (id)
) ENGINE = InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;
