-- Xarxa: the population figures of members, one per reference year (PostgreSQL).
-- Run by the JDBC adapter with Flyway (history table xarxa_schema_history), or by the host's own Flyway.
-- The year column is reference_year: YEAR is a keyword in H2, and the adapter's SQL is the same everywhere.

-- member_id sorts in the "C" collation, as xarxa_member.id does: members are read with their
-- figures in one query ordered by id, and both must sort (and compare) alike.
CREATE TABLE xarxa_member_population (
    member_id      VARCHAR(36) COLLATE "C" NOT NULL,
    reference_year INTEGER      NOT NULL,
    inhabitants    BIGINT       NOT NULL,
    source         VARCHAR(200) NOT NULL,
    CONSTRAINT xarxa_member_population_pk PRIMARY KEY (member_id, reference_year),
    CONSTRAINT xarxa_member_population_member_fk FOREIGN KEY (member_id) REFERENCES xarxa_member (id)
);
