package org.zwgk.catalogue.server.accounts;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;

/**
 * Password sign-in (form and HTTP Basic) through {@link SignInThrottle}: a locked name is refused before its
 * password is looked at; a wrong password counts; a right one clears the count.
 */
public final class ThrottledAuthentication implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final SignInThrottle throttle;

    public ThrottledAuthentication(AuthenticationProvider passwords, SignInThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String name = authentication.getName();
        if (throttle.locked(name)) {
            throw new LockedException("too many failed sign-ins");
        }
        try {
            Authentication done = passwords.authenticate(authentication);
            throttle.succeeded(name);
            return done;
        } catch (BadCredentialsException e) {
            throttle.failed(name);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
