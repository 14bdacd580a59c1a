package org.zwgk.catalogue.io.internal;

import org.zwgk.catalogue.io.UnreadableInputException;
import org.zwgk.catalogue.model.Problem;
import org.zwgk.catalogue.model.SourceLocation;
import org.zwgk.catalogue.model.internal.Messages;

/** The readers' messages (bundle {@code org.zwgk.catalogue.io.messages}, zh-CN and en). */
public final class IoMessages {

    /** The bundle's base name. */
    public static final String BUNDLE = "org.zwgk.catalogue.io.messages";

    private static final Messages MESSAGES = Messages.of(BUNDLE, IoMessages.class);

    private IoMessages() {
    }

    /** A located problem with message {@code id}; arguments are rendered as text. */
    public static Problem problem(String id, SourceLocation at, Object... args) {
        return MESSAGES.textProblem(id, at, args);
    }

    /** The exception for a file that cannot be read at all. */
    public static UnreadableInputException unreadable(String id, String file, Object... args) {
        return new UnreadableInputException(problem(id, SourceLocation.ofFile(file), args));
    }

    /** The bundle, for tests that check every id has both languages. */
    public static Messages messages() {
        return MESSAGES;
    }
}
