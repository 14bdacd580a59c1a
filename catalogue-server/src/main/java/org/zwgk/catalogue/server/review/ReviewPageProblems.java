package org.zwgk.catalogue.server.review;

import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.zwgk.catalogue.server.accounts.AdminPages;
import org.zwgk.catalogue.server.web.PageModel;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A page's refused request (not found, not yours, a wrong or revoked link): the error page with its status, the
 * message in the page's language and its id, as a county officer opening an old link should see it.
 */
@ControllerAdvice(assignableTypes = {ReviewPages.class, LocalityPages.class, AdminPages.class})
public class ReviewPageProblems {

    private final PageModel frame;

    public ReviewPageProblems(PageModel frame) {
        this.frame = frame;
    }

    /** The status and the message in the page's language. */
    @ExceptionHandler(ReviewProblem.class)
    ModelAndView refused(ReviewProblem e, Locale locale, HttpServletRequest request) {
        // An exception handler's model has none of the pages' common attributes, so it is given them.
        ModelAndView page = new ModelAndView("error", HttpStatus.valueOf(e.status()));
        page.addObject("status", e.status());
        page.addObject("message", ReviewMessages.format(locale, e.id(), e.args()));
        page.addObject("messageId", e.id());
        page.addObject("lang", PageModel.lang(locale));
        page.addObject("switchPath", frame.switchPath(request));
        page.addObject("retentionMinutes", frame.retentionMinutes());
        page.addObject("labels", frame.labels());
        return page;
    }
}
