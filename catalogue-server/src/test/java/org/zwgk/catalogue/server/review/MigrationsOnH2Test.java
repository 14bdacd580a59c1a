package org.zwgk.catalogue.server.review;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.zwgk.catalogue.server.storage.DataDirectory;

/** {@link MigrationV4} and {@link MigrationV5} on H2 in the server's mode, in memory. */
class MigrationsOnH2Test {

    @Test
    void v4KeepsEveryVersionsBytesAndReportAndStoresTheBytesOnce() {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:migration-v4;DB_CLOSE_DELAY=-1" + DataDirectory.H2_MODE);
        MigrationV4.migrateAndCheck(db);
    }

    @Test
    void v5ReadsTheGzippedReportsStoredBeforeIt() {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:migration-v5;DB_CLOSE_DELAY=-1" + DataDirectory.H2_MODE);
        MigrationV5.migrateAndCheck(db);
    }
}
