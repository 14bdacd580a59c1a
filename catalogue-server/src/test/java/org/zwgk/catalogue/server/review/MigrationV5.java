package org.zwgk.catalogue.server.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.zip.GZIPOutputStream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * V5 (the stored report's column renamed {@code report_packed}, new reports compressed with Zstandard) applied to a
 * database that V1–V4 made and that holds a report as the server before V5 wrote it, gzipped in {@code report_gzip}:
 * after V5 it still reads, and a re-check still finds its registry. (Reports stored from V5 on are Zstandard:
 * {@link StoredReportTest}, and the review flows on both databases read them.)
 */
final class MigrationV5 {

    private MigrationV5() {
    }

    static void migrateAndCheck(DataSource db) {
        Flyway.configure().dataSource(db).locations("classpath:db/migration").target("4").load().migrate();
        JdbcClient jdbc = JdbcClient.create(db);
        String report = "{\"tool\":{\"registry\":{\"version\":\"2026-11-01\",\"overlays\":[]}},\"findings\":[]}";
        OffsetDateTime at = OffsetDateTime.of(2026, 12, 4, 8, 0, 0, 0, ZoneOffset.UTC);
        MigrationV4.roundWithLocality(jdbc, "v5", 1, at);
        byte[] content = "{}".getBytes(StandardCharsets.UTF_8);
        jdbc.sql("INSERT INTO submissions (id, locality_id, version, file_name, sha256, size_bytes, submitted_at, "
                + "accepted, score, errors, warnings, infos, content_of) "
                + "VALUES ('s1', 'l', 1, 'a.json', ?, ?, ?, TRUE, 100, 0, 0, 0, 's1')")
                .params(ReviewFixture.sha256(content), (long) content.length, at).update();
        jdbc.sql("INSERT INTO submission_contents (submission_id, content) VALUES ('s1', ?)").param(content).update();
        jdbc.sql("INSERT INTO submission_reports (submission_id, report_gzip, fingerprints, registry) "
                + "VALUES ('s1', ?, '', '2026-11-01')").param(gzip(report)).update();

        Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();

        RoundStore store = new RoundStore(jdbc, new JdbcTemplate(db), new TransactionTemplate(
                new DataSourceTransactionManager(db)), Clock.systemUTC());
        assertThat(store.reportJson("s1")).contains(report);
        assertThat(store.recheckBasis("s1").registry()).contains("2026-11-01");
    }

    private static byte[] gzip(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
