package org.zwgk.catalogue.model;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.zwgk.catalogue.model.internal.Text;

/**
 * One element of 公开内容(要素), optionally tied to a stage of the procedure (受理环节, 拟决定环节, 决定环节,
 * 送达环节), as in 受理环节:受理情况公示、报告书(表)全本.
 *
 * @param stage the stage, e.g. 受理环节
 * @param text  the element's text without the stage
 */
public record ContentElement(Optional<String> stage, String text) {

    private static final Pattern STAGED = Pattern.compile("^([\\p{IsHan}]{1,8}(?:环节|阶段))[:：]\\s*(.+)$", Pattern.DOTALL);

    public ContentElement {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a content element needs text");
        }
    }

    /** Reads one printed element, splitting off a leading stage such as 决定环节:. */
    public static ContentElement parse(String printed) {
        String t = Text.fold(printed);
        Matcher m = STAGED.matcher(t);
        if (m.matches()) {
            return new ContentElement(Optional.of(m.group(1)), m.group(2).trim());
        }
        return new ContentElement(Optional.empty(), t);
    }

    /** The element as printed in canonical form: stage:text, or the text alone. */
    public String printed() {
        return stage.map(s -> s + ":" + text).orElse(text);
    }

    @Override
    public String toString() {
        return printed();
    }
}
