package org.zwgk.catalogue.spring.api;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.zwgk.catalogue.spring.CheckRefusedException;
import org.zwgk.catalogue.spring.CheckService;

/**
 * An upload over the servlet's multipart limit, as a 413 problem ({@code upload.too-large}). The servlet refuses
 * it before any controller is chosen, so this advice applies to every request; it handles that one exception only,
 * ahead of Spring Boot's own problem-details handler.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class UploadLimitProblems {

    private final CheckService service;

    public UploadLimitProblems(CheckService service) {
        this.service = service;
    }

    /** 413 with the problem. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    public ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e, Locale locale,
            HttpServletRequest request) {
        CheckRefusedException refused = CheckRefusedException.uploadTooLarge(
                service.properties().limits().uploadSize().toBytes());
        service.refused(refused);
        return ResponseEntity.status(413).body(ApiProblems.body(413, refused.problem(), locale, request));
    }
}
