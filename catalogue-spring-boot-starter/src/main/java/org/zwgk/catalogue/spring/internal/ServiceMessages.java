package org.zwgk.catalogue.spring.internal;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.zwgk.catalogue.model.Problem;
import org.zwgk.catalogue.model.SourceLocation;

/** The service's bundle {@code org/zwgk/catalogue/spring/messages*.properties} (zh-CN default, en). */
public final class ServiceMessages {

    private static final String BUNDLE = "org.zwgk.catalogue.spring.messages";

    private ServiceMessages() {
    }

    /** The message {@code id} in {@code locale}'s language: English for {@code en}, Chinese otherwise. */
    public static String format(Locale locale, String id, Object... args) {
        Locale l = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
        ResourceBundle b = ResourceBundle.getBundle(BUNDLE, l, ServiceMessages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(b.getString(id), l).format(args);
    }

    /** A located problem with its message in both languages. */
    public static Problem problem(String id, SourceLocation location, Object... args) {
        List<String> arguments = Arrays.stream(args).map(String::valueOf).toList();
        return new Problem(id, location, arguments, format(Locale.SIMPLIFIED_CHINESE, id, args),
                format(Locale.ENGLISH, id, args));
    }

    /** A problem located in a whole file. */
    public static Problem problem(String id, String file, Object... args) {
        return problem(id, SourceLocation.ofFile(file), args);
    }
}
