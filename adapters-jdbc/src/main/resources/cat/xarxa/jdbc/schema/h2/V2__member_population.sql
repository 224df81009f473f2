-- Xarxa: the population figures of members, one per reference year (H2).
-- Run by the JDBC adapter with Flyway (history table xarxa_schema_history), or by the host's own Flyway.
-- The year column is reference_year: YEAR is a keyword in H2, and quoting it would differ per database.

CREATE TABLE xarxa_member_population (
    member_id      VARCHAR(36)  NOT NULL,
    reference_year INTEGER      NOT NULL,
    inhabitants    BIGINT       NOT NULL,
    source         VARCHAR(200) NOT NULL,
    CONSTRAINT xarxa_member_population_pk PRIMARY KEY (member_id, reference_year),
    CONSTRAINT xarxa_member_population_member_fk FOREIGN KEY (member_id) REFERENCES xarxa_member (id)
);
