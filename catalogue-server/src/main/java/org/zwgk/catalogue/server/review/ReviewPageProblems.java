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
        ModelAndView page = frame.errorPage("error", HttpStatus.valueOf(e.status()), locale, request);
        page.addObject("message", ReviewMessages.format(locale, e.id(), e.args()));
        page.addObject("messageId", e.id());
        return page;
    }
}
