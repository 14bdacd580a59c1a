package org.zwgk.catalogue.model.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

import org.zwgk.catalogue.model.Problem;
import org.zwgk.catalogue.model.SourceLocation;

/**
 * Renders messages from UTF-8 {@code .properties} files in zh-CN and en. Each module passes its own bundle name, so
 * a module's messages live beside its code: {@code bundle.properties} (Chinese, the default),
 * {@code bundle_zh_CN.properties} and {@code bundle_en.properties}.
 *
 * <p>The files are read directly rather than through {@link java.util.ResourceBundle}, whose custom
 * {@code Control} is not supported in named modules: on the module path the bundles could not be loaded at all.
 * A module's resources in packages it does not open can only be read by code of that module, so a module whose
 * bundle is not in {@code org.zwgk.catalogue.model} passes an opener written in its own code (see
 * {@link #of(String, Function)}).
 */
public final class Messages {

    private static final List<String> ENGLISH = List.of("_en", "");
    private static final List<String> CHINESE = List.of("_zh_CN", "_zh", "");

    private final String bundle;
    private final Function<String, InputStream> opener;
    private final ConcurrentMap<String, Map<String, String>> files = new ConcurrentHashMap<>();

    private Messages(String bundle, Function<String, InputStream> opener) {
        this.bundle = bundle;
        this.opener = opener;
    }

    /**
     * Messages from {@code bundle} (e.g. {@code org.zwgk.catalogue.io.messages}), read through {@code owner}. Enough
     * on the class path and for this module's own bundles; on the module path another module's bundle needs
     * {@link #of(String, Function)}.
     */
    public static Messages of(String bundle, Class<?> owner) {
        return new Messages(bundle, owner::getResourceAsStream);
    }

    /**
     * Messages from {@code bundle}, each file opened by {@code opener} with an absolute resource name such as
     * {@code /org/zwgk/catalogue/io/messages_en.properties}. Pass {@code name -> MyClass.class.getResourceAsStream(name)}
     * from the module that holds the bundle, so that it is found on the module path too.
     */
    public static Messages of(String bundle, Function<String, InputStream> opener) {
        return new Messages(bundle, opener);
    }

    /** The message {@code id} in {@code locale} (English for en, Chinese otherwise), arguments filled in. */
    public String format(Locale locale, String id, Object... args) {
        boolean english = "en".equals(locale.getLanguage());
        String pattern = lookUp(english ? ENGLISH : CHINESE, id)
                .orElseThrow(() -> new MissingResourceException("no message " + id + " in " + bundle, bundle, id));
        return args.length == 0 ? pattern
                : new MessageFormat(pattern, english ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE).format(args);
    }

    /** True when {@code id} has an English text ({@code _en} file) and a Chinese one ({@code _zh_CN} or default). */
    public boolean hasBoth(String id) {
        return file("_en").containsKey(id) && lookUp(CHINESE, id).isPresent();
    }

    /** A {@link Problem} at {@code location} with message {@code id} rendered in both languages. */
    public Problem problem(String id, SourceLocation location, Object... args) {
        List<String> arguments = java.util.Arrays.stream(args).map(String::valueOf).toList();
        return new Problem(id, location, arguments, format(Locale.SIMPLIFIED_CHINESE, id, args),
                format(Locale.ENGLISH, id, args));
    }

    /**
     * As {@link #problem}, each argument rendered by {@link String#valueOf} first, so that a number reads as written
     * (5242880, a row 12345) rather than in the locale's grouping.
     */
    public Problem textProblem(String id, SourceLocation location, Object... args) {
        Object[] text = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            text[i] = String.valueOf(args[i]);
        }
        return problem(id, location, text);
    }

    private Optional<String> lookUp(List<String> chain, String id) {
        for (String suffix : chain) {
            String text = file(suffix).get(id);
            if (text != null) {
                return Optional.of(text);
            }
        }
        return Optional.empty();
    }

    private Map<String, String> file(String suffix) {
        return files.computeIfAbsent(suffix, this::read);
    }

    private Map<String, String> read(String suffix) {
        String name = "/" + bundle.replace('.', '/') + suffix + ".properties";
        try (InputStream in = opener.apply(name)) {
            if (in == null) {
                return Map.of();
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> out = new java.util.HashMap<>();
            p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
            return Map.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
