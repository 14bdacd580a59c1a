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
        return MESSAGES.textProblem(id, at, args);
    }

    /** The bundle, for tests that check every id has both languages. */
    public static Messages messages() {
        return MESSAGES;
    }
}
