package org.zwgk.catalogue.server.review;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rounds, localities and submissions in the database. A submission's version is taken from its locality's row
 * inside the transaction that inserts it (the row is locked by the increment), so uploads at once get gapless,
 * increasing versions and none is lost; a crash before the commit leaves neither the version nor the row.
 */
@Repository
public class RoundStore {

    /**
     * A locality to add.
     *
     * @param name      its name
     * @param level     its level, when given
     * @param code      its 行政区划代码, when given
     * @param tokenHash its upload token's hash
     */
    public record NewLocality(String name, Optional<String> level, Optional<String> code, String tokenHash) {
    }

    /**
     * What a check of an upload gave.
     *
     * @param summary  the report's summary, when checked
     * @param report   the report, when checked
     * @param problems the problems (JSON) that kept it from being checked, when not
     */
    record Outcome(Optional<Submission.Summary> summary, Optional<StoredReport> report, Optional<String> problems) {
    }

    /**
     * A locality's latest upload checked again, to store as its next version.
     *
     * @param of        the submission re-checked
     * @param contentOf the upload whose bytes were checked again (the submission re-checked, or the upload it names)
     * @param summary   the new report's summary
     * @param report    the new report
     */
    record Recheck(Submission of, String contentOf, Submission.Summary summary, StoredReport report) {
    }

    /**
     * What a re-check of a submission reads: its bytes, and what its stored report is compared by.
     *
     * @param content      the uploaded bytes
     * @param contentOf    the upload they were stored with
     * @param fingerprints the stored report's fingerprints, in its order (empty for a report stored before V4)
     * @param registry     the stored report's registry label (empty for a report stored before V4)
     */
    record RecheckBasis(byte[] content, String contentOf, Optional<List<String>> fingerprints,
            Optional<String> registry) {
    }

    private static final String SUBMISSION_COLUMNS = "s.id, s.locality_id, s.version, s.file_name, s.sha256, "
            + "s.size_bytes, s.submitted_at, s.accepted, s.score, s.errors, s.warnings, s.infos, s.problems, "
            + "s.recheck_of";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionTemplate tx;
    private final Clock clock;

    public RoundStore(JdbcClient jdbc, JdbcTemplate batch, TransactionTemplate tx, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.tx = tx;
        this.clock = clock;
    }

    /** Stores a new round and its localities, in order; returns the round's id. */
    public String create(long ownerId, String name, Optional<String> edition, Optional<String> parentName,
            Optional<byte[]> parentFile, Optional<String> level, java.time.LocalDate asOf,
            Optional<java.time.LocalDate> deadline, List<NewLocality> localities) {
        String id = Ids.next();
        OffsetDateTime now = OffsetDateTime.now(clock);
        tx.executeWithoutResult(s -> {
            jdbc.sql("INSERT INTO rounds (id, owner_id, name, edition, parent_name, parent_file, level, as_of, "
                    + "deadline, closed, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?)")
                    .params(id, ownerId, name, edition.orElse(null), parentName.orElse(null),
                            parentFile.orElse(null), level.orElse(null), Date.valueOf(asOf),
                            deadline.map(Date::valueOf).orElse(null), now).update();
            int position = 0;
            for (NewLocality l : localities) {
                jdbc.sql("INSERT INTO localities (id, round_id, ordinal, name, level, code, token_hash, "
                        + "token_issued, versions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)")
                        .params(Ids.next(), id, position++, l.name(), l.level().orElse(null),
                                l.code().orElse(null), l.tokenHash(), now).update();
            }
        });
        return id;
    }

    /** The round {@code id}. */
    public Optional<Round> round(String id) {
        return jdbc.sql("SELECT * FROM rounds WHERE id = ?").param(id).query(RoundStore::round).optional();
    }

    /** The rounds of an account, newest first. */
    public List<Round> roundsOf(long ownerId) {
        return jdbc.sql("SELECT * FROM rounds WHERE owner_id = ? ORDER BY created_at DESC, id").param(ownerId)
                .query(RoundStore::round).list();
    }

    /** The parent catalogue the reviewer uploaded for the round, when it has one. */
    public Optional<byte[]> parentFile(String roundId) {
        return jdbc.sql("SELECT parent_file FROM rounds WHERE id = ? AND parent_file IS NOT NULL").param(roundId)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    /** A round's localities, in the order the reviewer gave. */
    public List<Locality> localities(String roundId) {
        return jdbc.sql("SELECT * FROM localities WHERE round_id = ? ORDER BY ordinal").param(roundId)
                .query(RoundStore::locality).list();
    }

    /** The locality {@code id}. */
    public Optional<Locality> locality(String id) {
        return jdbc.sql("SELECT * FROM localities WHERE id = ?").param(id).query(RoundStore::locality).optional();
    }

    /** The stored hash of a locality's token, when its link is active. */
    public Optional<String> tokenHash(String localityId) {
        return jdbc.sql("SELECT token_hash FROM localities WHERE id = ? AND token_hash IS NOT NULL")
                .param(localityId).query(String.class).optional();
    }

    /** Sets a locality's token hash; null revokes its link. */
    public void setTokenHash(String localityId, String hash) {
        jdbc.sql("UPDATE localities SET token_hash = ?, token_issued = ? WHERE id = ?")
                .params(hash, hash == null ? null : OffsetDateTime.now(clock), localityId).update();
    }

    /** Sets a round's check date and parent edition. */
    public void setCheck(String roundId, java.time.LocalDate asOf, String edition) {
        jdbc.sql("UPDATE rounds SET as_of = ?, edition = ? WHERE id = ?").params(Date.valueOf(asOf), edition, roundId)
                .update();
    }

    /** Closes or reopens a round. */
    public void setClosed(String roundId, boolean closed) {
        jdbc.sql("UPDATE rounds SET closed = ? WHERE id = ?").params(closed, roundId).update();
    }

    /** Deletes a round with its localities, submissions (their bytes and reports) and its audit entries. */
    public void delete(String roundId) {
        tx.executeWithoutResult(s -> {
            jdbc.sql("DELETE FROM audit_log WHERE round_id = ?").param(roundId).update();
            jdbc.sql("DELETE FROM rounds WHERE id = ?").param(roundId).update();
        });
    }

    /** Stores an upload as the locality's next version, with its bytes and, when it was checked, its report. */
    Submission store(String localityId, String fileName, String sha256, byte[] content, Outcome outcome) {
        String id = Ids.next();
        OffsetDateTime now = OffsetDateTime.now(clock);
        return tx.execute(s -> {
            int version = nextVersion(localityId);
            Optional<Submission.Summary> sum = outcome.summary();
            jdbc.sql("INSERT INTO submissions (id, locality_id, version, file_name, sha256, size_bytes, content_of, "
                    + "submitted_at, accepted, score, errors, warnings, infos, problems, recheck_of) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)")
                    .params(id, localityId, version, fileName, sha256, (long) content.length, id, now,
                            sum.isPresent(), sum.map(Submission.Summary::score).orElse(null),
                            sum.map(Submission.Summary::errors).orElse(null),
                            sum.map(Submission.Summary::warnings).orElse(null),
                            sum.map(Submission.Summary::infos).orElse(null), outcome.problems().orElse(null))
                    .update();
            jdbc.sql("INSERT INTO submission_contents (submission_id, content) VALUES (?, ?)").params(id, content)
                    .update();
            outcome.report().ifPresent(r -> batch.update(REPORT_INSERT, reportRow(id, r)));
            return new Submission(id, localityId, version, fileName, sha256, content.length, now.toInstant(), sum,
                    outcome.problems(), Optional.empty());
        });
    }

    /**
     * Stores re-checks, each as its locality's next version, in one transaction; returns the new versions in the
     * order given. A re-check stores no copy of the bytes: it names the upload whose bytes it checked. The localities'
     * rows are locked in the order of their ids, so that two batches at once never wait for each other in a circle.
     */
    List<Submission> storeRechecks(List<Recheck> rechecks) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Recheck> ordered = rechecks.stream().sorted(Comparator.comparing(r -> r.of().localityId())).toList();
        return tx.execute(status -> {
            Map<String, Integer> versions = nextVersions(ordered.stream().map(r -> r.of().localityId()).toList());
            Map<Recheck, Submission> stored = new IdentityHashMap<>();
            List<Object[]> rows = new ArrayList<>();
            List<Object[]> reports = new ArrayList<>();
            for (Recheck r : ordered) {
                Submission of = r.of();
                String id = Ids.next();
                int version = versions.get(of.localityId());
                Submission.Summary sum = r.summary();
                rows.add(new Object[] {id, of.localityId(), version, of.fileName(), of.sha256(), of.size(),
                        r.contentOf(), now, sum.score(), sum.errors(), sum.warnings(), sum.infos(), of.version()});
                reports.add(reportRow(id, r.report()));
                stored.put(r, new Submission(id, of.localityId(), version, of.fileName(), of.sha256(), of.size(),
                        now.toInstant(), Optional.of(sum), Optional.empty(), Optional.of(of.version())));
            }
            batch.batchUpdate("INSERT INTO submissions (id, locality_id, version, file_name, sha256, size_bytes, "
                    + "content_of, submitted_at, accepted, score, errors, warnings, infos, problems, recheck_of) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?, ?, ?, ?, NULL, ?)", rows);
            batch.batchUpdate(REPORT_INSERT, reports);
            return rechecks.stream().map(stored::get).toList();
        });
    }

    private static final String REPORT_INSERT = "INSERT INTO submission_reports (submission_id, report_packed, "
            + "fingerprints, registry) VALUES (?, ?, ?, ?)";

    private static Object[] reportRow(String submissionId, StoredReport r) {
        return new Object[] {submissionId, r.packed(), r.fingerprintLines(), r.registry()};
    }

    /**
     * Takes the next version of each of {@code localityIds} (distinct, in the order their rows are locked: the
     * increments, one statement per locality in a JDBC batch, lock the rows until the transaction ends).
     */
    private Map<String, Integer> nextVersions(List<String> localityIds) {
        batch.batchUpdate("UPDATE localities SET versions = versions + 1 WHERE id = ?",
                localityIds.stream().map(id -> new Object[] {id}).toList());
        Map<String, Integer> versions = new LinkedHashMap<>();
        jdbc.sql("SELECT id, versions FROM localities WHERE id IN (:ids)").param("ids", localityIds)
                .query(rs -> {
                    versions.put(rs.getString(1), rs.getInt(2));
                });
        return versions;
    }

    /** Takes a locality's next version: the increment locks its row until the transaction ends. */
    private int nextVersion(String localityId) {
        jdbc.sql("UPDATE localities SET versions = versions + 1 WHERE id = ?").param(localityId).update();
        return jdbc.sql("SELECT versions FROM localities WHERE id = ?").param(localityId).query(Integer.class)
                .single();
    }

    /** Every locality's latest submission in a round, by locality id. */
    public Map<String, Submission> latest(String roundId) {
        Map<String, Submission> latest = new LinkedHashMap<>();
        jdbc.sql("SELECT " + SUBMISSION_COLUMNS + " FROM submissions s JOIN localities l ON l.id = s.locality_id "
                + "WHERE l.round_id = ? AND s.version = l.versions").param(roundId)
                .query(RoundStore::submission).list().forEach(s -> latest.put(s.localityId(), s));
        return latest;
    }

    /** A locality's submissions, oldest first. */
    public List<Submission> submissions(String localityId) {
        return jdbc.sql("SELECT " + SUBMISSION_COLUMNS + " FROM submissions s WHERE s.locality_id = ? "
                + "ORDER BY s.version").param(localityId).query(RoundStore::submission).list();
    }

    /** Every submission of a round. */
    public List<Submission> submissionsOfRound(String roundId) {
        return jdbc.sql("SELECT " + SUBMISSION_COLUMNS + " FROM submissions s JOIN localities l "
                + "ON l.id = s.locality_id WHERE l.round_id = ? ORDER BY l.ordinal, s.version").param(roundId)
                .query(RoundStore::submission).list();
    }

    /** The submission {@code id}. */
    public Optional<Submission> submission(String id) {
        return jdbc.sql("SELECT " + SUBMISSION_COLUMNS + " FROM submissions s WHERE s.id = ?").param(id)
                .query(RoundStore::submission).optional();
    }

    /** A locality's submission by version. */
    public Optional<Submission> submission(String localityId, int version) {
        return jdbc.sql("SELECT " + SUBMISSION_COLUMNS + " FROM submissions s WHERE s.locality_id = ? "
                + "AND s.version = ?").params(localityId, version).query(RoundStore::submission).optional();
    }

    /** The uploaded bytes of a submission (a re-check's are those of the upload it checked again). */
    public byte[] content(String submissionId) {
        return jdbc.sql("SELECT c.content FROM submissions s JOIN submission_contents c "
                + "ON c.submission_id = s.content_of WHERE s.id = ?").param(submissionId)
                .query((rs, n) -> rs.getBytes(1)).single();
    }

    /** The JSON report of a submission, when it was checked. */
    public Optional<String> reportJson(String submissionId) {
        return jdbc.sql("SELECT report_packed, report_json FROM submission_reports WHERE submission_id = ?")
                .param(submissionId).query((rs, n) -> {
                    byte[] packed = rs.getBytes(1);
                    return packed != null ? StoredReport.json(packed) : rs.getString(2);
                }).optional();
    }

    /** What a re-check of a submission reads: its bytes and its stored report's fingerprints and registry. */
    RecheckBasis recheckBasis(String submissionId) {
        return jdbc.sql("SELECT c.content, s.content_of, r.fingerprints, r.registry FROM submissions s "
                + "JOIN submission_contents c ON c.submission_id = s.content_of "
                + "LEFT JOIN submission_reports r ON r.submission_id = s.id WHERE s.id = ?").param(submissionId)
                .query((rs, n) -> new RecheckBasis(rs.getBytes(1), rs.getString(2),
                        Optional.ofNullable(rs.getString(3)).map(StoredReport::fingerprints),
                        Optional.ofNullable(rs.getString(4)))).single();
    }

    private static Round round(ResultSet rs, int row) throws SQLException {
        Date deadline = rs.getDate("deadline");
        return new Round(rs.getString("id"), rs.getLong("owner_id"), rs.getString("name"),
                Optional.ofNullable(rs.getString("edition")), Optional.ofNullable(rs.getString("parent_name")),
                Optional.ofNullable(rs.getString("level")), rs.getDate("as_of").toLocalDate(),
                Optional.ofNullable(deadline).map(Date::toLocalDate), rs.getBoolean("closed"),
                instant(rs, "created_at"));
    }

    private static Locality locality(ResultSet rs, int row) throws SQLException {
        return new Locality(rs.getString("id"), rs.getString("round_id"), rs.getInt("ordinal"),
                rs.getString("name"), Optional.ofNullable(rs.getString("level")),
                Optional.ofNullable(rs.getString("code")), rs.getString("token_hash") != null,
                rs.getInt("versions"));
    }

    private static Submission submission(ResultSet rs, int row) throws SQLException {
        Optional<Submission.Summary> summary = rs.getBoolean("accepted")
                ? Optional.of(new Submission.Summary(rs.getInt("score"), rs.getInt("errors"),
                        rs.getInt("warnings"), rs.getInt("infos")))
                : Optional.empty();
        return new Submission(rs.getString("id"), rs.getString("locality_id"), rs.getInt("version"),
                rs.getString("file_name"), rs.getString("sha256"), rs.getLong("size_bytes"),
                instant(rs, "submitted_at"), summary, Optional.ofNullable(rs.getString("problems")),
                Optional.ofNullable((Integer) rs.getObject("recheck_of", Integer.class)));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? Instant.EPOCH : t.withOffsetSameInstant(ZoneOffset.UTC).toInstant();
    }
}
