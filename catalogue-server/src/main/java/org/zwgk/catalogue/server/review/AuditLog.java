package org.zwgk.catalogue.server.review;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every change, who made it and when: rounds, links, uploads, accounts. Rows are only ever added. */
@Repository
public class AuditLog {

    /**
     * One change.
     *
     * @param at     when
     * @param actor  an account name, {@code locality:<name>} for an upload through a link, or {@code system}
     * @param action e.g. {@code round.created}, {@code link.revoked}, {@code submission.stored}
     * @param detail what, in a line
     */
    public record Entry(Instant at, String actor, String action, String detail) {
        /** When, as the pages show it. */
        public String shownAt() {
            return Submission.shown(at);
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    public AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Adds an entry; {@code roundId} is null for a change outside any round (accounts). */
    public void record(String roundId, String actor, String action, String detail) {
        String line = detail.length() > 1000 ? detail.substring(0, 1000) : detail;
        jdbc.sql("INSERT INTO audit_log (round_id, actor, action, detail, logged_at) VALUES (?, ?, ?, ?, ?)")
                .params(roundId, actor, action, line, OffsetDateTime.now(clock)).update();
    }

    /** A round's entries, oldest first. */
    public List<Entry> of(String roundId) {
        return jdbc.sql("SELECT logged_at, actor, action, detail FROM audit_log WHERE round_id = ? ORDER BY id")
                .param(roundId).query((rs, n) -> new Entry(rs.getObject("logged_at", OffsetDateTime.class).toInstant(),
                        rs.getString("actor"), rs.getString("action"), rs.getString("detail"))).list();
    }
}
