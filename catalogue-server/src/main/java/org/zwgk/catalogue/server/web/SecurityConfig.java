package org.zwgk.catalogue.server.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Headers and CSRF. Every page: {@code Content-Security-Policy} with {@code default-src 'self'}, no inline script,
 * inline style only by the hashes of the library's own style blocks, {@code frame-ancestors} from
 * {@code zwgk.server.frame-ancestors} (default {@code 'self'}; a portal that embeds the checker adds its origin),
 * {@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy: same-origin}. Forms carry a CSRF token, kept in
 * a cookie so that any instance behind a load balancer accepts it; {@code /api/**} is for clients without cookies
 * and needs none. The quick checker, the editions and the rules need no account; the review API
 * ({@code /api/v1/rounds}, {@code /api/v1/users}) takes HTTP Basic credentials and keeps no session; the review
 * pages ({@code /review/**}, {@code /admin/**}) a signed-in session (form at {@code /signin}, throttled); a
 * locality's link ({@code /upload/…}, {@code /api/v1/upload/…}) carries its own secret and needs no account.
 * The quick checker's API ({@code /api/v1/checks}, {@code /api/v1/editions}, {@code /api/v1/rules}) has a chain of
 * its own with only what an anonymous call needs (the headers, no session, no request cache, no login or logout
 * handling): it is the service's hot path, and each filter it skips is work saved on every upload.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfig {

    private final String frameAncestors;

    public SecurityConfig(@Value("${zwgk.server.frame-ancestors:'self'}") String frameAncestors) {
        this.frameAncestors = frameAncestors;
    }

    /**
     * Without Spring Security's observations ({@code management.observations.enable.spring.security=false}, the
     * default here), its filters run unwrapped: the observation decorator around each of them is not merely
     * silenced but left out.
     */
    @Bean
    @ConditionalOnProperty(name = "management.observations.enable.spring.security", havingValue = "false")
    static SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
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

    /**
     * The quick checker's API: anonymous, stateless, no CSRF token (no cookie is read), the pages' headers. Nothing
     * here signs in or out, so the login, logout, request-cache and session filters of {@link #pages} would only
     * cost time.
     */
    @Bean
    @Order(2)
    SecurityFilterChain checkApi(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/v1/checks", "/api/v1/editions", "/api/v1/editions/**", "/api/v1/rules")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(r -> r.disable())
                .logout(l -> l.disable())
                .csrf(c -> c.disable())
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(pagePolicy()))
                        .frameOptions(f -> f.disable())
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** The review API: HTTP Basic on every request, no session, no cookie; accounts for administrators only. */
    @Bean
    @Order(3)
    SecurityFilterChain reviewApi(HttpSecurity http, AuthenticationManager accounts) throws Exception {
        http.securityMatcher("/api/v1/rounds", "/api/v1/rounds/**", "/api/v1/users", "/api/v1/users/**",
                "/api/v1/registry", "/api/v1/registry/**")
                .authenticationManager(accounts)
                .authorizeHttpRequests(a -> a.requestMatchers("/api/v1/users", "/api/v1/users/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.PUT, "/api/v1/registry/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.DELETE, "/api/v1/registry/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .httpBasic(Customizer.withDefaults())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'; "
                        + "frame-ancestors 'none'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** The pages, the API and the actuator. */
    @Bean
    @Order(4)
    SecurityFilterChain pages(HttpSecurity http, AuthenticationManager accounts) throws Exception {
        http.authenticationManager(accounts)
                .authorizeHttpRequests(a -> a.requestMatchers("/admin/**").hasRole("ADMIN")
                        .requestMatchers("/review/**").authenticated()
                        .anyRequest().permitAll())
                .formLogin(f -> f.loginPage("/signin").loginProcessingUrl("/signin").defaultSuccessUrl("/review")
                        .failureHandler((request, response, e) -> response.sendRedirect(request.getContextPath()
                                + (e instanceof LockedException ? "/signin?locked" : "/signin?error"))))
                .logout(l -> l.logoutUrl("/signout").logoutSuccessUrl("/"))
                .csrf(c -> c.csrfTokenRepository(new CookieCsrfTokenRepository())
                        .ignoringRequestMatchers("/api/**"))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(pagePolicy()))
                        .frameOptions(f -> f.disable())
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** The pages' Content-Security-Policy: no inline script, inline style only by the library's own hashes. */
    private String pagePolicy() {
        return "default-src 'self'; script-src 'self'; style-src 'self' " + String.join(" ", StyleHashes.compute())
                + "; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors "
                + frameAncestors;
    }
}
