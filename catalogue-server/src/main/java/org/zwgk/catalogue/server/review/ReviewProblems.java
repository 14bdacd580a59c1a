package org.zwgk.catalogue.server.review;

import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.zwgk.catalogue.server.accounts.UsersApi;
import org.zwgk.catalogue.spring.CheckRefusedException;
import org.zwgk.catalogue.spring.api.ApiProblems;

/**
 * The review API's errors as RFC 9457 problems, like the check API's: {@code type}
 * {@code urn:zwgk-catalogue:problem:<id>}, the stable {@code id}, the {@code detail} in the request's language.
 */
@RestControllerAdvice(assignableTypes = {RoundsApi.class, UploadApi.class, UsersApi.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ReviewProblems {

    /** A refused review request. */
    @ExceptionHandler(ReviewProblem.class)
    public ResponseEntity<ProblemDetail> refused(ReviewProblem e, Locale locale, HttpServletRequest request) {
        ProblemDetail d = ProblemDetail.forStatus(HttpStatus.valueOf(e.status()));
        d.setType(URI.create("urn:zwgk-catalogue:problem:" + e.id()));
        d.setDetail(ReviewMessages.format(locale, e.id(), e.args()));
        d.setInstance(URI.create(request.getRequestURI()));
        d.setProperty("id", e.id());
        return ResponseEntity.status(e.status()).body(d);
    }

    /** A check the service refused (too large, too busy): the check API's status and problem. */
    @ExceptionHandler(CheckRefusedException.class)
    public ResponseEntity<ProblemDetail> checkRefused(CheckRefusedException e, Locale locale,
            HttpServletRequest request) {
        return ResponseEntity.status(e.reason().status()).body(ApiProblems.body(e.reason().status(), e.problem(),
                locale, request));
    }

    /** A body or parameter that cannot be read: 400. */
    @ExceptionHandler({HttpMessageNotReadableException.class, MissingServletRequestParameterException.class,
        MethodArgumentTypeMismatchException.class, MissingServletRequestPartException.class})
    public ResponseEntity<ProblemDetail> unreadable(Exception e, Locale locale, HttpServletRequest request) {
        return refused(ReviewProblem.badField("body", e.getClass().getSimpleName()), locale, request);
    }
}
