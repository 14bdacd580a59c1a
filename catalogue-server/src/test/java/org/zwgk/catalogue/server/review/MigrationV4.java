package org.zwgk.catalogue.server.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zwgk.catalogue.io.Format;
import org.zwgk.catalogue.server.TestFiles;

/**
 * V4 (submission bytes and reports in tables of their own) applied to a database that V1–V3 made and that holds
 * rows as the server before V4 wrote them: a locality with an upload, a re-check of it and a re-check of that
 * (each with its own copy of the bytes and its report as text), a second upload of other bytes, and a refused
 * upload. After V4 every version still gives its bytes and its report, the re-checks name their upload and hold no
 * copy, and a re-check of the old rows compares with the report as it was stored.
 */
final class MigrationV4 {

    private MigrationV4() {
    }

    static void migrateAndCheck(DataSource db) {
        Flyway.configure().dataSource(db).locations("classpath:db/migration").target("3").load().migrate();
        JdbcClient jdbc = JdbcClient.create(db);
        byte[] first = TestFiles.edition(TestFiles.EXAMPLE, Format.CSV);
        byte[] second = "国家,目录\n".getBytes(StandardCharsets.UTF_8);
        String report = "{\"tool\": {\"registry\": {\"version\": \"2026-11-01\", \"overlays\": []}}, \"findings\": "
                + "[{\"fingerprint\": \"f1\", \"ruleId\": \"legal.instrument-repealed\", \"severity\": \"WARNING\", "
                + "\"location\": {\"category\": \"行政许可\"}, \"message\": \"已废止\"}]}";
        OffsetDateTime at = OffsetDateTime.of(2026, 12, 1, 8, 0, 0, 0, ZoneOffset.UTC);
        roundWithLocality(jdbc, "v4", 5, at);
        row(jdbc, "s1", 1, "a.csv", first, report, null, at);
        row(jdbc, "s2", 2, "a.csv", first, report, 1, at);
        row(jdbc, "s3", 3, "a.csv", first, report, 2, at);
        row(jdbc, "s4", 4, "b.csv", second, report, null, at);
        row(jdbc, "s5", 5, "c.xlsx", new byte[] {1, 2}, null, null, at);

        Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();

        assertThat(jdbc.sql("SELECT id, content_of FROM submissions ORDER BY version").query((rs, n) -> rs.getString(1)
                + "->" + rs.getString(2)).list()).containsExactly("s1->s1", "s2->s1", "s3->s1", "s4->s4", "s5->s5");
        assertThat(jdbc.sql("SELECT submission_id FROM submission_contents ORDER BY submission_id")
                .query(String.class).list()).containsExactly("s1", "s4", "s5");
        RoundStore store = new RoundStore(jdbc, new JdbcTemplate(db), new TransactionTemplate(
                new DataSourceTransactionManager(db)), Clock.systemUTC());
        assertThat(store.content("s3")).isEqualTo(first);
        assertThat(store.content("s4")).isEqualTo(second);
        assertThat(store.content("s5")).isEqualTo(new byte[] {1, 2});
        assertThat(store.reportJson("s3")).contains(report);
        assertThat(store.reportJson("s5")).isEmpty();
        assertThat(store.latest("r").get("l").version()).isEqualTo(5);
        RoundStore.RecheckBasis basis = store.recheckBasis("s3");
        assertThat(basis.content()).isEqualTo(first);
        assertThat(basis.contentOf()).as("a re-check of a re-check names the upload").isEqualTo("s1");
        assertThat(basis.fingerprints()).as("a report stored before V4 is compared by its JSON").isEmpty();
        assertThat(store.submissions("l")).extracting(Submission::recheckOf).map(o -> o.orElse(0))
                .isEqualTo(List.of(0, 1, 2, 0, 0));
    }

    /** A reviewer {@code user} with round {@code r} and its locality {@code l}, which has {@code versions}. */
    static void roundWithLocality(JdbcClient jdbc, String user, int versions, OffsetDateTime at) {
        jdbc.sql("INSERT INTO users (username, password_hash, role, enabled, created_at) "
                + "VALUES (?, 'x', 'REVIEWER', TRUE, ?)").params(user, at).update();
        long owner = jdbc.sql("SELECT id FROM users WHERE username = ?").param(user).query(Long.class).single();
        jdbc.sql("INSERT INTO rounds (id, owner_id, name, as_of, closed, created_at) "
                + "VALUES ('r', ?, '迁移', DATE '2026-06-30', FALSE, ?)").params(owner, at).update();
        jdbc.sql("INSERT INTO localities (id, round_id, ordinal, name, versions) VALUES ('l', 'r', 0, '甲县', ?)")
                .param(versions).update();
    }

    private static void row(JdbcClient jdbc, String id, int version, String name, byte[] content, String report,
            Integer recheckOf, OffsetDateTime at) {
        jdbc.sql("INSERT INTO submissions (id, locality_id, version, file_name, sha256, size_bytes, content, "
                + "submitted_at, accepted, score, errors, warnings, infos, report_json, problems, recheck_of) "
                + "VALUES (?, 'l', ?, ?, ?, ?, ?, ?, ?, ?, 0, 1, 0, ?, ?, ?)")
                .params(id, version, name, ReviewFixture.sha256(content), (long) content.length, content, at,
                        report != null, report != null ? 90 : null, report, report != null ? null : "[]", recheckOf)
                .update();
    }
}
