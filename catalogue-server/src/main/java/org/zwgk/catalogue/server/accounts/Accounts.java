package org.zwgk.catalogue.server.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The accounts table. */
@Repository
public class Accounts {

    private final JdbcClient jdbc;
    private final Clock clock;

    public Accounts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The account named {@code username}, exactly. */
    public Optional<Account> byName(String username) {
        return jdbc.sql("SELECT id, username, password_hash, role, enabled FROM users WHERE username = ?")
                .param(username).query(Accounts::account).optional();
    }

    /** Every account, by name. */
    public List<Account> all() {
        return jdbc.sql("SELECT id, username, password_hash, role, enabled FROM users ORDER BY username")
                .query(Accounts::account).list();
    }

    /** Adds an enabled account; fails on a name taken. */
    public Account create(String username, String passwordHash, Role role) {
        jdbc.sql("INSERT INTO users (username, password_hash, role, enabled, created_at) VALUES (?, ?, ?, TRUE, ?)")
                .params(username, passwordHash, role.name(), OffsetDateTime.now(clock)).update();
        return byName(username).orElseThrow();
    }

    /** Sets the password hash, the role and enables the account. */
    public void reset(long id, String passwordHash, Role role) {
        jdbc.sql("UPDATE users SET password_hash = ?, role = ?, enabled = TRUE WHERE id = ?")
                .params(passwordHash, role.name(), id).update();
    }

    private static Account account(ResultSet rs, int row) throws SQLException {
        return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
                Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"));
    }
}
