package org.zwgk.catalogue.server.review;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.zwgk.catalogue.model.Problem;
import org.zwgk.catalogue.model.SourceLocation;

/** The server's bundle {@code messages*.properties} (zh-CN default, en) for what the review API says. */
public final class ReviewMessages {

    private static final String BUNDLE = "messages";

    private ReviewMessages() {
    }

    /** The message {@code id} in {@code locale}'s language: English for {@code en}, Chinese otherwise. */
    public static String format(Locale locale, String id, Object... args) {
        Locale l = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
        ResourceBundle b = ResourceBundle.getBundle(BUNDLE, l, ReviewMessages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(b.getString(id), l).format(args);
    }

    /** A problem located in the file {@code file}, with its message in both languages. */
    public static Problem problem(String id, String file, Object... args) {
        List<String> arguments = Arrays.stream(args).map(String::valueOf).toList();
        return new Problem(id, SourceLocation.ofFile(file), arguments, format(Locale.SIMPLIFIED_CHINESE, id, args),
                format(Locale.ENGLISH, id, args));
    }
}
