package org.zwgk.catalogue.server.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Repeated failed sign-ins, counted per account name: after {@code zwgk.signin.max-failures} (default 5) failures
 * in a row, that name is refused without a password check for {@code zwgk.signin.lock} (default 15 minutes), even
 * with the right password. Counting per name (not per address) stops guessing spread over many addresses; a
 * locked-out user waits or asks an administrator. Kept in memory: a restart, or another instance, starts afresh.
 */
@Component
public class SignInThrottle {

    private record Failures(int count, Instant last) {
    }

    private final ConcurrentMap<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int maxFailures;
    private final Duration lock;

    public SignInThrottle(Clock clock, @Value("${zwgk.signin.max-failures:5}") int maxFailures,
            @Value("${zwgk.signin.lock:15m}") Duration lock) {
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lock = lock;
    }

    /** True while {@code username} may not try. */
    public boolean locked(String username) {
        Failures f = failures.get(key(username));
        if (f == null || f.count() < maxFailures) {
            return false;
        }
        if (f.last().plus(lock).isBefore(clock.instant())) {
            failures.remove(key(username), f);
            return false;
        }
        return true;
    }

    /** A wrong password for {@code username}. */
    public void failed(String username) {
        Instant now = clock.instant();
        failures.merge(key(username), new Failures(1, now), (old, one) -> new Failures(old.count() + 1, now));
    }

    /** A good sign-in: the count starts again. */
    public void succeeded(String username) {
        failures.remove(key(username));
    }

    private static String key(String username) {
        return String.valueOf(username).strip().toLowerCase(Locale.ROOT);
    }
}
