package org.zwgk.catalogue.server.review;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** {@link MigrationV4} and {@link MigrationV5} on the tests' PostgreSQL, each in a database of its own. */
@ExtendWith(Postgres.class)
class MigrationsOnPostgresTest {

    @Test
    void v4KeepsEveryVersionsBytesAndReportAndStoresTheBytesOnce() throws SQLException {
        MigrationV4.migrateAndCheck(database("migration_v4"));
    }

    @Test
    void v5ReadsTheGzippedReportsStoredBeforeIt() throws SQLException {
        MigrationV5.migrateAndCheck(database("migration_v5"));
    }

    /** A new, empty database {@code name} on the tests' PostgreSQL. */
    private static DriverManagerDataSource database(String name) throws SQLException {
        DriverManagerDataSource postgres = new DriverManagerDataSource(Postgres.url());
        try (Connection c = postgres.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name);
        }
        return new DriverManagerDataSource(Postgres.url().replace("/postgres?", "/" + name + "?"));
    }
}
