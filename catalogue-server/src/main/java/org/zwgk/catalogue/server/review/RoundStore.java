package org.zwgk.catalogue.server.review;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

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
     * @param summary    the report's summary, when checked
     * @param reportJson the JSON report, when checked
     * @param problems   the problems (JSON) that kept it from being checked, when not
     */
    public record Outcome(Optional<Submission.Summary> summary, Optional<String> reportJson,
            Optional<String> problems) {
    }

    private static final String SUBMISSION_COLUMNS = "s.id, s.locality_id, s.version, s.file_name, s.sha256, "
            + "s.size_bytes, s.submitted_at, s.accepted, s.score, s.errors, s.warnings, s.infos, s.problems, "
            + "s.recheck_of";

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    public RoundStore(JdbcClient jdbc, TransactionTemplate tx, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
    }

    /** Stores a new round and its localities, in order; returns the round's id. */
    public String create(long ownerId, String name, Optional<String> edition, Optional<String> parentName,
            Optional<byte[]> parentFile, Optional<String> level, java.time.LocalDate asOf,
            Optional<java.time.LocalDate> deadline, List<NewLocality> localities) {
        String id = UUID.randomUUID().toString();
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
                        .params(UUID.randomUUID().toString(), id, position++, l.name(), l.level().orElse(null),
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

    /** Stores an upload as the locality's next version. */
    public Submission store(String localityId, String fileName, String sha256, byte[] content, Outcome outcome) {
        return store(localityId, fileName, sha256, content, outcome, Optional.empty());
    }

    /** Stores an upload, or a re-check of version {@code recheckOf}'s bytes, as the locality's next version. */
    public Submission store(String localityId, String fileName, String sha256, byte[] content, Outcome outcome,
            Optional<Integer> recheckOf) {
        String id = UUID.randomUUID().toString();
        OffsetDateTime now = OffsetDateTime.now(clock);
        return tx.execute(s -> {
            jdbc.sql("UPDATE localities SET versions = versions + 1 WHERE id = ?").param(localityId).update();
            int version = jdbc.sql("SELECT versions FROM localities WHERE id = ?").param(localityId)
                    .query(Integer.class).single();
            Optional<Submission.Summary> sum = outcome.summary();
            jdbc.sql("INSERT INTO submissions (id, locality_id, version, file_name, sha256, size_bytes, content, "
                    + "submitted_at, accepted, score, errors, warnings, infos, report_json, problems, recheck_of) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(id, localityId, version, fileName, sha256, (long) content.length, content, now,
                            sum.isPresent(), sum.map(Submission.Summary::score).orElse(null),
                            sum.map(Submission.Summary::errors).orElse(null),
                            sum.map(Submission.Summary::warnings).orElse(null),
                            sum.map(Submission.Summary::infos).orElse(null), outcome.reportJson().orElse(null),
                            outcome.problems().orElse(null), recheckOf.orElse(null)).update();
            return new Submission(id, localityId, version, fileName, sha256, content.length, now.toInstant(), sum,
                    outcome.problems(), recheckOf);
        });
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

    /** The uploaded bytes of a submission. */
    public byte[] content(String submissionId) {
        return jdbc.sql("SELECT content FROM submissions WHERE id = ?").param(submissionId)
                .query((rs, n) -> rs.getBytes(1)).single();
    }

    /** The JSON report of a submission, when it was checked. */
    public Optional<String> reportJson(String submissionId) {
        return jdbc.sql("SELECT report_json FROM submissions WHERE id = ? AND report_json IS NOT NULL")
                .param(submissionId).query(String.class).optional();
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
