package org.zwgk.catalogue.server.check;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.zwgk.catalogue.spring.CheckRefusedException;
import org.zwgk.catalogue.spring.CheckService;

/** An upload over the servlet's size limit, on the form: the form again, with the problem, at 413. */
@ControllerAdvice(assignableTypes = CheckPages.class)
class PageErrors {

    private final CheckService service;
    private final CheckPages pages;

    PageErrors(CheckService service, CheckPages pages) {
        this.service = service;
        this.pages = pages;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(Model model, HttpServletResponse response) {
        CheckRefusedException refused = CheckRefusedException.uploadTooLarge(
                service.properties().limits().uploadSize().toBytes());
        service.refused(refused);
        response.setStatus(413);
        return pages.form(model, Optional.of(refused.problem()));
    }
}
