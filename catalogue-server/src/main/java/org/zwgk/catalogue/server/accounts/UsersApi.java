package org.zwgk.catalogue.server.accounts;

import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zwgk.catalogue.server.review.AuditLog;
import org.zwgk.catalogue.server.review.ReviewProblem;

/** {@code /api/v1/users}: administrators add reviewer (or administrator) accounts. HTTP Basic, role ADMIN. */
@RestController
@RequestMapping("/api/v1/users")
public class UsersApi {

    /** Passwords shorter than this are refused. */
    public static final int MIN_PASSWORD = 12;

    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}._@-]{1,64}");

    /**
     * A new account.
     *
     * @param username its sign-in name (letters, digits, {@code . _ @ -}; up to 64)
     * @param password its password, at least 12 characters
     * @param role     {@code REVIEWER} (default) or {@code ADMIN}
     */
    public record NewUser(String username, String password, String role) {
    }

    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final AuditLog audit;

    public UsersApi(Accounts accounts, PasswordEncoder encoder, AuditLog audit) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
    }

    /** Adds an account: 201 with its name and role. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, Object>> create(@RequestBody NewUser user, Principal principal) {
        Account a = create(accounts, encoder, audit, user, principal.getName());
        return ResponseEntity.created(URI.create("/api/v1/users/" + a.username()))
                .body(Map.of("username", a.username(), "role", a.role().name()));
    }

    /** Every account's name and role. */
    @GetMapping
    public List<Map<String, Object>> list() {
        return accounts.all().stream().map(a -> Map.<String, Object>of("username", a.username(), "role",
                a.role().name(), "enabled", a.enabled())).toList();
    }

    /** Validates and adds an account (the API and the administrator's page). */
    public static Account create(Accounts accounts, PasswordEncoder encoder, AuditLog audit, NewUser user,
            String by) {
        String name = user.username() == null ? "" : user.username().strip();
        if (!NAME.matcher(name).matches()) {
            throw ReviewProblem.badField("username", name);
        }
        if (user.password() == null || user.password().length() < MIN_PASSWORD) {
            throw new ReviewProblem(400, "review.user.bad-password");
        }
        Role role;
        try {
            role = user.role() == null || user.role().isBlank() ? Role.REVIEWER
                    : Role.valueOf(user.role().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ReviewProblem.badField("role", user.role());
        }
        if (accounts.byName(name).isPresent()) {
            throw new ReviewProblem(409, "review.user.exists", name);
        }
        Account a;
        try {
            a = accounts.create(name, encoder.encode(user.password()), role);
        } catch (DuplicateKeyException e) {
            throw new ReviewProblem(409, "review.user.exists", name);
        }
        audit.record(null, by, "user.created", name + " (" + role + ")");
        return a;
    }
}
