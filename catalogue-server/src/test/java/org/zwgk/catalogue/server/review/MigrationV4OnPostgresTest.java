package org.zwgk.catalogue.server.review;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** {@link MigrationV4} on the tests' PostgreSQL, in a database of its own. */
@ExtendWith(Postgres.class)
class MigrationV4OnPostgresTest {

    @Test
    void v4KeepsEveryVersionsBytesAndReportAndStoresTheBytesOnce() throws SQLException {
        DriverManagerDataSource postgres = new DriverManagerDataSource(Postgres.url());
        try (Connection c = postgres.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS migration_v4");
            s.execute("CREATE DATABASE migration_v4");
        }
        MigrationV4.migrateAndCheck(new DriverManagerDataSource(Postgres.url().replace("/postgres?",
                "/migration_v4?")));
    }
}
