-- A host application's own table, migrated by its own Flyway before Xarxa arrives.
CREATE TABLE portal_user (
    login VARCHAR(100) NOT NULL PRIMARY KEY,
    name  VARCHAR(200) NOT NULL
);
