package org.zwgk.catalogue.rules.internal;

import java.util.Locale;

import org.zwgk.catalogue.model.Problem;
import org.zwgk.catalogue.model.SourceLocation;
import org.zwgk.catalogue.model.internal.Messages;

/** The rule bundle {@code org/zwgk/catalogue/rules/messages*.properties}: findings, rules, report labels. */
public final class RuleMessages {

    // Opened from this module's own class, so the bundle is found on the module path as well as the class path.
    private static final Messages BUNDLE = Messages.of("org.zwgk.catalogue.rules.messages",
            name -> RuleMessages.class.getResourceAsStream(name));

    private RuleMessages() {
    }

    /** The message {@code id} in {@code locale}'s language with its arguments. */
    public static String format(Locale locale, String id, Object... args) {
        return BUNDLE.format(locale, id, args);
    }

    /** True when {@code id} exists in zh-CN and en. */
    public static boolean hasBoth(String id) {
        return BUNDLE.hasBoth(id);
    }

    /** A bilingual problem. */
    public static Problem problem(String id, SourceLocation location, Object... args) {
        return BUNDLE.problem(id, location, args);
    }
}
