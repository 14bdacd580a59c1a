package org.zwgk.catalogue.server.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.stereotype.Controller;

/** What every page's frame needs: its language and where the language switch leads. */
@ControllerAdvice(annotations = Controller.class)
public class PageModel {

    /** {@code zh-CN} or {@code en}, for {@code <html lang>}. */
    @ModelAttribute("lang")
    String lang(Locale locale) {
        return "en".equals(locale.getLanguage()) ? "en" : "zh-CN";
    }

    /** The page the language switch reloads: this one for a GET, the form after a POST. */
    @ModelAttribute("switchPath")
    String switchPath(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) ? request.getRequestURI() : "/";
    }
}
