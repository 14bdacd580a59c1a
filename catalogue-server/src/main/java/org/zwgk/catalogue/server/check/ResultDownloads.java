package org.zwgk.catalogue.server.check;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
import org.zwgk.catalogue.server.web.PageModel;

/**
 * {@code GET /results/{id}/{key}}: one download of a result page, while the server keeps it ({@link ResultStore}),
 * as an attachment of its own type that no browser sniffs. Once it has expired (or never was) the answer is the
 * 404 page {@code result.expired}, which says so in the visitor's language.
 */
@Controller
class ResultDownloads {

    /** The stable id of an expired or unknown result, shown on its page. */
    static final String EXPIRED = "result.expired";

    private final ResultStore store;
    private final PageModel frame;

    ResultDownloads(ResultStore store, PageModel frame) {
        this.store = store;
        this.frame = frame;
    }

    /** The address of download {@code key} of result {@code id}. */
    static String path(String id, String key) {
        return "/results/" + id + "/" + key;
    }

    @GetMapping("/results/{id}/{key}")
    ResponseEntity<byte[]> download(@PathVariable String id, @PathVariable String key) {
        ResultStore.File file = store.get(id, key).orElseThrow(Expired::new);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.bytes());
    }

    /** A download asked for after its result expired, or of a result that never was. */
    static final class Expired extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Expired() {
            super(EXPIRED, null, false, false);
        }
    }

    /** The 404 page that says the result has gone. */
    @ExceptionHandler(Expired.class)
    ModelAndView expired(Locale locale, HttpServletRequest request) {
        ModelAndView page = frame.errorPage("expired", HttpStatus.NOT_FOUND, locale, request);
        page.addObject("messageId", EXPIRED);
        return page;
    }
}
