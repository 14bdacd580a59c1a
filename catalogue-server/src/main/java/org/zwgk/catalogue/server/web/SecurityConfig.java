package org.zwgk.catalogue.server.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
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

    /** The review API: HTTP Basic on every request, no session, no cookie; accounts for administrators only. */
    @Bean
    @Order(2)
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
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http, AuthenticationManager accounts) throws Exception {
        String styles = String.join(" ", StyleHashes.compute());
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
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'self'; "
                        + "script-src 'self'; style-src 'self' " + styles + "; img-src 'self' data:; "
                        + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors "
                        + frameAncestors))
                        .frameOptions(f -> f.disable())
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}
