package org.zwgk.catalogue.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A located problem found while reading input: a stable message id, where it is, and its message rendered in
 * Chinese and English. Readers report problems and go on reading the rest of the input.
 *
 * @param messageId a stable id such as {@code json.type.expected}
 * @param location  where the problem is
 * @param arguments the values the message mentions
 * @param messageZh the message in simplified Chinese
 * @param messageEn the message in English
 */
public record Problem(String messageId, SourceLocation location, List<String> arguments, String messageZh,
        String messageEn) {

    public Problem {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(location, "location");
        arguments = List.copyOf(arguments);
        Objects.requireNonNull(messageZh, "messageZh");
        Objects.requireNonNull(messageEn, "messageEn");
    }

    /** The message in the language of {@code locale}: English for {@code en}, Chinese otherwise. */
    public String message(Locale locale) {
        return "en".equals(locale.getLanguage()) ? messageEn : messageZh;
    }

    /** One line: location, id and message, e.g. for stderr. */
    public String describe(Locale locale) {
        return location + ": [" + messageId + "] " + message(locale);
    }
}
