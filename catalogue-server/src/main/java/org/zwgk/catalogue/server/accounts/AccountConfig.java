package org.zwgk.catalogue.server.accounts;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passwords and sign-in: Spring Security's delegating password encoder (bcrypt for new hashes, and every older
 * {@code {id}} form still read), the accounts table behind it, and the sign-in throttle in front.
 */
@Configuration(proxyBeanMethods = false)
public class AccountConfig {

    /** The time every stored instant is taken from. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** {@code {bcrypt}…} for new passwords. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The one authentication manager of the form sign-in and HTTP Basic. */
    @Bean
    AuthenticationManager authenticationManager(AccountDetails accounts, PasswordEncoder encoder,
            SignInThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(encoder);
        return new ProviderManager(new ThrottledAuthentication(passwords, throttle));
    }
}
