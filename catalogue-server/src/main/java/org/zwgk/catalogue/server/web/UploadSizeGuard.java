package org.zwgk.catalogue.server.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.zwgk.catalogue.spring.CheckRefusedException;
import org.zwgk.catalogue.spring.CheckService;
import org.zwgk.catalogue.spring.api.ApiProblems;

import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a request whose declared body is larger than the multipart limit before anything reads it: the API
 * answers 413 with its problem, a form post is sent back to the form, which shows the problem. Without this, the
 * CSRF check's reading of the form would meet the limit first, and the user would see the servlet container's
 * bare error page. Uploads below this bound but above {@code zwgk.catalogue.limits.upload-size} are refused by the
 * check service itself, with the same problem.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class UploadSizeGuard extends OncePerRequestFilter {

    /** The form's query parameter that names the problem of a refused post. */
    public static final String PROBLEM_PARAMETER = "problem";

    private final long maxRequestBytes;
    private final CheckService service;
    private final LocaleResolver locales;
    private final JsonMapper json;

    public UploadSizeGuard(@Value("${spring.servlet.multipart.max-request-size:32MB}") DataSize maxRequest,
            CheckService service, LocaleResolver locales, JsonMapper json) {
        this.maxRequestBytes = maxRequest.toBytes();
        this.service = service;
        this.locales = locales;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!"POST".equals(request.getMethod()) || request.getContentLengthLong() <= maxRequestBytes) {
            chain.doFilter(request, response);
            return;
        }
        CheckRefusedException refused = CheckRefusedException.uploadTooLarge(
                service.properties().limits().uploadSize().toBytes());
        service.refused(refused);
        if (request.getRequestURI().startsWith("/api/")) {
            Locale locale = locales.resolveLocale(request);
            response.setStatus(413);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(),
                    ApiProblems.asMap(ApiProblems.body(413, refused.problem(), locale, request)));
        } else {
            response.setStatus(303);
            response.setHeader("Location", "/?" + PROBLEM_PARAMETER + "=" + refused.problem().messageId());
        }
    }
}
