package org.zwgk.catalogue.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;

/** The command line's messages (bundle {@code org.zwgk.catalogue.cli.messages}, zh-CN default, en). */
final class CliMessages {

    private static final String BUNDLE = "org.zwgk.catalogue.cli.messages";

    private final Locale locale;
    private final ResourceBundle bundle;

    CliMessages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The locale chosen by {@code --lang zh|en} (or {@code --lang=en}); Chinese when absent. */
    static Locale localeFromArgs(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String value = null;
            if (args[i].equals("--lang") && i + 1 < args.length) {
                value = args[i + 1];
            } else if (args[i].startsWith("--lang=")) {
                value = args[i].substring("--lang=".length());
            }
            if (value != null) {
                return value.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
            }
        }
        return Locale.SIMPLIFIED_CHINESE;
    }

    Locale locale() {
        return locale;
    }

    ResourceBundle bundle() {
        return bundle;
    }

    String format(String id, Object... args) {
        String pattern = bundle.getString(id);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** The tool's version, from the build. */
    static String version() {
        try (InputStream in = CliMessages.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
