package org.zwgk.catalogue.data.internal;

import org.zwgk.catalogue.model.Problem;
import org.zwgk.catalogue.model.SourceLocation;
import org.zwgk.catalogue.model.internal.Messages;

/** The data module's messages (bundle {@code org.zwgk.catalogue.data.messages}, zh-CN and en). */
public final class DataMessages {

    /** The bundle's base name. */
    public static final String BUNDLE = "org.zwgk.catalogue.data.messages";

    private static final Messages MESSAGES = Messages.of(BUNDLE, DataMessages.class::getResourceAsStream);

    private DataMessages() {
    }

    /** A located problem with message {@code id}; arguments are rendered as text. */
    public static Problem problem(String id, SourceLocation at, Object... args) {
        Object[] text = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            text[i] = String.valueOf(args[i]);
        }
        return MESSAGES.problem(id, at, text);
    }

    /** The bundle, for tests that check every id has both languages. */
    public static Messages messages() {
        return MESSAGES;
    }
}
