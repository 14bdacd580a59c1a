package org.zwgk.catalogue.server.review;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.zwgk.catalogue.server.storage.DataDirectory;

/** {@link MigrationV4} on H2 in the server's mode, in memory. */
class MigrationV4OnH2Test {

    @Test
    void v4KeepsEveryVersionsBytesAndReportAndStoresTheBytesOnce() {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:migration-v4;DB_CLOSE_DELAY=-1" + DataDirectory.H2_MODE);
        MigrationV4.migrateAndCheck(db);
    }
}
