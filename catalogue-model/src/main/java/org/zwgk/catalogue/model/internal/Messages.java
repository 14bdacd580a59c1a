package org.zwgk.catalogue.model.internal;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.zwgk.catalogue.model.Problem;
import org.zwgk.catalogue.model.SourceLocation;

/**
 * Renders messages from a UTF-8 resource bundle in zh-CN and en. Each module passes its own bundle name, so a
 * module's messages live beside its code.
 */
public final class Messages {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String bundle;
    private final ClassLoader loader;

    private Messages(String bundle, ClassLoader loader) {
        this.bundle = bundle;
        this.loader = loader;
    }

    /** Messages from {@code bundle} (e.g. {@code org.zwgk.catalogue.io.messages}), loaded by {@code owner}'s loader. */
    public static Messages of(String bundle, Class<?> owner) {
        return new Messages(bundle, owner.getClassLoader());
    }

    /** The message {@code id} in {@code locale} (English for en, Chinese otherwise), arguments filled in. */
    public String format(Locale locale, String id, Object... args) {
        Locale effective = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(bundle, effective, loader, NO_FALLBACK).getString(id);
        } catch (MissingResourceException missing) {
            pattern = ResourceBundle.getBundle(bundle, Locale.ROOT, loader, NO_FALLBACK).getString(id);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, effective).format(args);
    }

    /** True when the bundle has {@code id} in both languages. */
    public boolean hasBoth(String id) {
        try {
            ResourceBundle.getBundle(bundle, Locale.ENGLISH, loader, NO_FALLBACK).getString(id);
            ResourceBundle.getBundle(bundle, Locale.SIMPLIFIED_CHINESE, loader, NO_FALLBACK).getString(id);
            return true;
        } catch (MissingResourceException missing) {
            return false;
        }
    }

    /** A {@link Problem} at {@code location} with message {@code id} rendered in both languages. */
    public Problem problem(String id, SourceLocation location, Object... args) {
        List<String> arguments = java.util.Arrays.stream(args).map(String::valueOf).toList();
        return new Problem(id, location, arguments, format(Locale.SIMPLIFIED_CHINESE, id, args),
                format(Locale.ENGLISH, id, args));
    }
}
