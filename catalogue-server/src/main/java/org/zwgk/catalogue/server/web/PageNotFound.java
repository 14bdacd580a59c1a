package org.zwgk.catalogue.server.web;

import java.util.Locale;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import jakarta.servlet.http.HttpServletRequest;

/**
 * An address that leads nowhere. A browser asking for a page (it accepts {@code text/html}) gets the error page in
 * its language, as an officer who mistyped a link should, not the API's problem JSON; the API, the OpenAPI document,
 * the actuator and clients that do not ask for HTML still get the problem details.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PageNotFound {

    private final PageModel frame;

    public PageNotFound(PageModel frame) {
        this.frame = frame;
    }

    /** The 404 page, or the problem details. */
    @ExceptionHandler(NoResourceFoundException.class)
    Object notFound(NoResourceFoundException e, HttpServletRequest request, Locale locale) {
        if (!wantsPage(request)) {
            ProblemDetail problem = e.getBody();
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
        }
        return frame.errorPage("error", HttpStatus.NOT_FOUND, locale, request);
    }

    private static boolean wantsPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains("text/html") && !path.startsWith("/api/")
                && !path.startsWith("/v3/") && !path.startsWith("/actuator/");
    }
}
