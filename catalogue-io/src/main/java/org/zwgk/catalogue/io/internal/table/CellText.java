package org.zwgk.catalogue.io.internal.table;

import java.util.regex.Pattern;

/**
 * Cleaning of cell text that keeps it as printed: non-breaking and ideographic spaces become spaces, a line
 * break inside Chinese text (a wrapped cell) is dropped, other runs of white space become one space. Width
 * variants are left alone here; the model's parsers fold them where they compare.
 */
public final class CellText {

    private static final Pattern HAN_BREAK = Pattern.compile("(?<=\\p{IsHan})[ \\t]*\\R\\s*(?=\\p{IsHan})");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u3000]+");
    private static final Pattern STRAY_START = Pattern.compile("^[\\s,，.。、;；:：!！?？·•*＊#＃_\\-—]+");
    private static final Pattern STRAY_END = Pattern.compile("[\\s,，.。、;；:：!！?？·•*＊#＃_\\-—]+$");

    private CellText() {
    }

    /** One line of text as printed, white space tidied. */
    public static String clean(String raw) {
        String t = raw.replace('\u00a0', ' ').replace('\u3000', ' ');
        t = HAN_BREAK.matcher(t).replaceAll("");
        return SPACES.matcher(t).replaceAll(" ").strip();
    }

    /** A name (一级事项, 二级事项, 公开主体): cleaned, stray punctuation at either end removed. */
    public static String name(String raw) {
        return stripStray(clean(raw));
    }

    /** The text without separators and stray punctuation at its ends. */
    public static String stripStray(String text) {
        return STRAY_END.matcher(STRAY_START.matcher(text).replaceFirst("")).replaceFirst("");
    }

    /** True for null, empty or white space only (non-breaking spaces included). */
    public static boolean isBlank(String raw) {
        return raw == null || clean(raw).isEmpty();
    }
}
