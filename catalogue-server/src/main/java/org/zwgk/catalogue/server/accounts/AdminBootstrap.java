package org.zwgk.catalogue.server.accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.zwgk.catalogue.server.review.AuditLog;

/**
 * The first administrator: when {@code zwgk.admin.password} (environment {@code ZWGK_ADMIN_PASSWORD}) is set, the
 * account {@code admin} with role ADMIN exists after start-up, and has that password (reset when it changed).
 * Without it no account is made, and the quick checker works as before.
 */
@Component
public class AdminBootstrap implements ApplicationRunner {

    /** The first administrator's name. */
    public static final String ADMIN = "admin";

    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);

    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final String password;

    public AdminBootstrap(Accounts accounts, PasswordEncoder encoder, AuditLog audit,
            @Value("${zwgk.admin.password:}") String password) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (password.isEmpty()) {
            return;
        }
        var existing = accounts.byName(ADMIN);
        if (existing.isEmpty()) {
            accounts.create(ADMIN, encoder.encode(password), Role.ADMIN);
            audit.record(null, "system", "user.created", ADMIN + " (ADMIN)");
            LOG.info("created the administrator account '{}'", ADMIN);
        } else if (!encoder.matches(password, existing.get().passwordHash())
                || existing.get().role() != Role.ADMIN || !existing.get().enabled()) {
            accounts.reset(existing.get().id(), encoder.encode(password), Role.ADMIN);
            audit.record(null, "system", "user.reset", ADMIN);
            LOG.info("reset the administrator account '{}' to zwgk.admin.password", ADMIN);
        }
    }
}
