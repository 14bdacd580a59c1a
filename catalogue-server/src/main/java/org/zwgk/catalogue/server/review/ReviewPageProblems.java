package org.zwgk.catalogue.server.review;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.zwgk.catalogue.server.accounts.AdminPages;

/** A page's refused request (not found, not yours, a wrong link): its status and message, plain text. */
@ControllerAdvice(assignableTypes = {ReviewPages.class, LocalityPages.class, AdminPages.class})
public class ReviewPageProblems {

    /** The status and the message in the page's language. */
    @ExceptionHandler(ReviewProblem.class)
    ResponseEntity<String> refused(ReviewProblem e, Locale locale) {
        return ResponseEntity.status(e.status()).contentType(new MediaType(MediaType.TEXT_PLAIN,
                StandardCharsets.UTF_8)).header("X-Content-Type-Options", "nosniff")
                .body(ReviewMessages.format(locale, e.id(), e.args()));
    }
}
