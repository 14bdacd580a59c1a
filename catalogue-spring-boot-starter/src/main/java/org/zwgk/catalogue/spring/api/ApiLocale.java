package org.zwgk.catalogue.spring.api;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The language of an API answer: the {@code lang} parameter when given ({@code en} or {@code zh-CN}), else the
 * locale Spring resolved for the request (Accept-Language, or the application's resolver). Messages exist in
 * Chinese and English; anything but English is answered in Chinese.
 */
final class ApiLocale {

    private ApiLocale() {
    }

    static Locale of(HttpServletRequest request, Locale resolved) {
        String lang = request.getParameter("lang");
        if (lang == null || lang.isBlank()) {
            return resolved;
        }
        return lang.strip().toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }
}
