package org.zwgk.catalogue.maven;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The plugin's messages in Chinese (default) or English: its own few lines (bundle
 * {@code org.zwgk.catalogue.maven.messages}), and the per-report summary and score lines from the library's
 * bundle {@code org.zwgk.catalogue.rules.messages}, so the build log says exactly what the text report says.
 */
final class Messages {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle own;
    private final ResourceBundle library;

    private Messages(Locale locale) {
        this.locale = locale;
        // Maven runs the plugin in its own class realm: load through it, not the thread's context loader.
        ClassLoader loader = Messages.class.getClassLoader();
        this.own = ResourceBundle.getBundle("org.zwgk.catalogue.maven.messages", locale, loader, NO_FALLBACK);
        this.library = ResourceBundle.getBundle("org.zwgk.catalogue.rules.messages", locale, loader, NO_FALLBACK);
    }

    /** {@code en…} gives English; anything else Chinese, the catalogue's own language. */
    static Messages of(String lang) {
        return new Messages(lang.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH
                : Locale.SIMPLIFIED_CHINESE);
    }

    Locale locale() {
        return locale;
    }

    String format(String id, Object... args) {
        return format(own, id, args);
    }

    String library(String id, Object... args) {
        return format(library, id, args);
    }

    private String format(ResourceBundle bundle, String id, Object... args) {
        return new MessageFormat(bundle.getString(id), locale).format(args);
    }
}
