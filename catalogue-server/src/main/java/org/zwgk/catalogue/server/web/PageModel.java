package org.zwgk.catalogue.server.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;
import org.zwgk.catalogue.server.check.ResultSettings;

/**
 * What every page's frame needs: its language and where the language switch leads. Given to this server's
 * controllers and the error page, by package and type: matching by annotation would test each request's
 * controller for {@code @Controller} anew, and would give the starter's REST API ({@code /api/v1/checks}) three
 * model attributes it never renders.
 */
@ControllerAdvice(basePackages = "org.zwgk.catalogue.server", assignableTypes = ErrorController.class)
public class PageModel {

    private final ResultSettings results;

    public PageModel(ResultSettings results) {
        this.results = results;
    }

    /** {@code zh-CN} or {@code en}, for {@code <html lang>}. */
    @ModelAttribute("lang")
    String pageLang(Locale locale) {
        return lang(locale);
    }

    /** {@code zh-CN} or {@code en}: the {@code <html lang>} of a page in {@code locale}. */
    public static String lang(Locale locale) {
        return "en".equals(locale.getLanguage()) ? "en" : "zh-CN";
    }

    private static final PageLabels LABELS = new PageLabels();

    /** How a page prints stored values: levels in its language, editions by their titles. */
    @ModelAttribute("labels")
    public PageLabels labels() {
        return LABELS;
    }

    /** How long a result's downloads are kept, in minutes, as the footer states it. */
    @ModelAttribute("retentionMinutes")
    public long retentionMinutes() {
        return results.retentionMinutes();
    }

    /**
     * A page an exception handler answers with, {@code view} at {@code status}, given what every page's frame needs:
     * an exception handler's model has none of the attributes this advice adds to the controllers' models.
     */
    public ModelAndView errorPage(String view, HttpStatus status, Locale locale, HttpServletRequest request) {
        ModelAndView page = new ModelAndView(view, status);
        page.addObject("status", status.value());
        page.addObject("lang", lang(locale));
        page.addObject("switchPath", switchPath(request));
        page.addObject("retentionMinutes", retentionMinutes());
        page.addObject("labels", labels());
        return page;
    }

    /** The page the language switch reloads: this one for a GET, the form after a POST. */
    @ModelAttribute("switchPath")
    public String switchPath(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) ? request.getRequestURI() : "/";
    }
}
