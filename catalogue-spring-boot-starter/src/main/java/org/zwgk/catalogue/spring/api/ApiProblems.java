package org.zwgk.catalogue.spring.api;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.zwgk.catalogue.model.Problem;
import org.zwgk.catalogue.model.SourceLocation;
import org.zwgk.catalogue.spring.CheckRefusedException;
import org.zwgk.catalogue.spring.CheckRefusedException.Reason;
import org.zwgk.catalogue.spring.CheckService;
import org.zwgk.catalogue.spring.internal.ServiceMessages;

/**
 * Every error of the REST API as an RFC 9457 problem ({@code application/problem+json}): {@code type}
 * {@code urn:zwgk-catalogue:problem:<id>}, the stable {@code id} (e.g. {@code io.xml-dtd}), {@code title} and
 * {@code detail} in the request's language, {@code status}, and where the problem is ({@code location}: file,
 * sheet, row, column or JSON pointer). No stack trace ever reaches the client.
 */
@RestControllerAdvice(assignableTypes = {CheckApi.class, CatalogueApi.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiProblems {

    private static final Logger LOG = LoggerFactory.getLogger(ApiProblems.class);

    /** Seconds a client is asked to wait when the service is saturated. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private final CheckService service;

    public ApiProblems(CheckService service) {
        this.service = service;
    }

    /** A refused check: the reason's status and its located problem. */
    @ExceptionHandler(CheckRefusedException.class)
    public ResponseEntity<ProblemDetail> refused(CheckRefusedException e, Locale locale, HttpServletRequest request) {
        ResponseEntity.BodyBuilder b = ResponseEntity.status(e.reason().status());
        if (e.reason() == Reason.BUSY) {
            b.header(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
        }
        return b.body(body(e.reason().status(), e.problem(), locale, request));
    }

    /** No file part, or not a multipart request at all: 400 and 415. */
    @ExceptionHandler({MissingServletRequestPartException.class, MissingServletRequestParameterException.class,
        MultipartException.class, HttpMediaTypeNotSupportedException.class})
    public ResponseEntity<ProblemDetail> badUpload(Exception e, Locale locale, HttpServletRequest request) {
        String type = String.valueOf(request.getContentType());
        boolean notMultipart = e instanceof HttpMediaTypeNotSupportedException
                || !type.toLowerCase(Locale.ROOT).startsWith("multipart/");
        Problem p = notMultipart
                ? ServiceMessages.problem("upload.not-multipart", "file", type)
                : ServiceMessages.problem("upload.missing-file", "file");
        service.refused(new CheckRefusedException(notMultipart ? Reason.UNSUPPORTED_TYPE : Reason.BAD_PARAMETER, p));
        int status = notMultipart ? 415 : 400;
        return ResponseEntity.status(status).body(body(status, p, locale, request));
    }

    /** Anything else: 500, logged here, and nothing of it in the answer. */
    @ExceptionHandler(Exception.class)
    public ResponseEntity<ProblemDetail> unexpected(Exception e, Locale locale, HttpServletRequest request) {
        LOG.error("unexpected error on {}", request.getRequestURI(), e);
        Problem p = ServiceMessages.problem("service.error", request.getRequestURI());
        return ResponseEntity.status(500).body(body(500, p, locale, request));
    }

    /** The problem body; public so that the pages' own handlers can give the same body to API-like clients. */
    public static ProblemDetail body(int status, Problem p, Locale resolved, HttpServletRequest request) {
        Locale locale = ApiLocale.of(request, resolved);
        ProblemDetail d = ProblemDetail.forStatus(HttpStatus.valueOf(status));
        d.setType(URI.create("urn:zwgk-catalogue:problem:" + p.messageId()));
        d.setTitle(ServiceMessages.format(locale, "problem.title." + status));
        d.setDetail(p.message(locale));
        d.setInstance(URI.create(request.getRequestURI()));
        d.setProperty("id", p.messageId());
        d.setProperty("location", location(p.location()));
        return d;
    }

    /** The problem's members as one flat map, as RFC 9457 writes them (for writers without Spring's mix-in). */
    public static Map<String, Object> asMap(ProblemDetail d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", String.valueOf(d.getType()));
        m.put("title", d.getTitle());
        m.put("status", d.getStatus());
        m.put("detail", d.getDetail());
        m.put("instance", String.valueOf(d.getInstance()));
        if (d.getProperties() != null) {
            m.putAll(d.getProperties());
        }
        return m;
    }

    private static Map<String, Object> location(SourceLocation at) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", at.file());
        at.sheet().ifPresent(s -> m.put("sheet", s));
        at.row().ifPresent(r -> m.put("row", r));
        at.column().ifPresent(c -> m.put("column", c));
        at.pointer().ifPresent(ptr -> m.put("pointer", ptr));
        m.put("text", at.toString());
        return m;
    }
}
