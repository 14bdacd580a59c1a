package org.zwgk.catalogue.server.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Headers and CSRF. Every page: {@code Content-Security-Policy} with {@code default-src 'self'}, no inline script,
 * inline style only by the hashes of the library's own style blocks, {@code frame-ancestors} from
 * {@code zwgk.server.frame-ancestors} (default {@code 'self'}; a portal that embeds the checker adds its origin),
 * {@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy: same-origin}. Forms carry a CSRF token, kept in
 * a cookie so that any instance behind a load balancer accepts it; {@code /api/**} is for clients without cookies
 * and needs none. There are no accounts yet: every page is public.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfig {

    private final String frameAncestors;

    public SecurityConfig(@Value("${zwgk.server.frame-ancestors:'self'}") String frameAncestors) {
        this.frameAncestors = frameAncestors;
    }

    /** Swagger UI needs inline style attributes; it still runs no inline script. */
    @Bean
    @Order(1)
    SecurityFilterChain apiDocs(HttpSecurity http) throws Exception {
        http.securityMatcher("/swagger-ui/**", "/swagger-ui.html", "/v3/api-docs/**", "/v3/api-docs")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.disable())
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'self'; "
                        + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; "
                        + "base-uri 'self'; frame-ancestors " + frameAncestors))
                        .frameOptions(f -> f.disable())
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** The pages, the API and the actuator. */
    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        String styles = String.join(" ", StyleHashes.compute());
        http.authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.csrfTokenRepository(new CookieCsrfTokenRepository())
                        .ignoringRequestMatchers("/api/**"))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'self'; "
                        + "script-src 'self'; style-src 'self' " + styles + "; img-src 'self' data:; "
                        + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors "
                        + frameAncestors))
                        .frameOptions(f -> f.disable())
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** No accounts (yet): an empty user store, so that Spring Boot makes no default user with a logged password. */
    @Bean
    InMemoryUserDetailsManager noUsers() {
        return new InMemoryUserDetailsManager();
    }
}
