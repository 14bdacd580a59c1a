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

    /** The characters STRAY_START and STRAY_END take away. */
    private static final String STRAY = " \t\n\u000b\f\r,，.。、;；:：!！?？·•*＊#＃_-—";

    private CellText() {
    }

    /** One line of text as printed, white space tidied. */
    public static String clean(String raw) {
        if (isTidy(raw)) {
            // Most cells hold no line break, no special or doubled space: the expressions would change nothing
            // but the ends. Every cell of a table is cleaned, some several times, so this path matters.
            return raw.strip();
        }
        String t = raw.replace('\u00a0', ' ').replace('\u3000', ' ');
        t = HAN_BREAK.matcher(t).replaceAll("");
        return SPACES.matcher(t).replaceAll(" ").strip();
    }

    /** A name (一级事项, 二级事项, 公开主体): cleaned, stray punctuation at either end removed. */
    public static String name(String raw) {
        return stripStray(clean(raw));
    }

    /**
     * A 公开主体: as {@link #name}, except that a leading hyphen is part of it, not a list marker: an owner cell
     * written {@code -} or {@code -（见备注）} says something the check must see.
     */
    public static String owner(String raw) {
        String t = clean(raw);
        if (t.startsWith("-") || t.startsWith("—") || t.startsWith("－")) {
            return STRAY_END.matcher(t).replaceFirst("").isEmpty() ? t : t.substring(0, 1)
                    + stripStray(t.substring(1)).strip();
        }
        return stripStray(t);
    }

    /** The text without separators and stray punctuation at its ends. */
    public static String stripStray(String text) {
        char last = text.isEmpty() ? 'x' : text.charAt(text.length() - 1);
        // ($ also matches before a final line terminator, so text ending in one takes the expressions.)
        if (text.isEmpty() || (STRAY.indexOf(text.charAt(0)) < 0 && STRAY.indexOf(last) < 0
                && "\n\r\u0085\u2028\u2029".indexOf(last) < 0)) {
            return text;
        }
        return STRAY_END.matcher(STRAY_START.matcher(text).replaceFirst("")).replaceFirst("");
    }

    /** True for null, empty or white space only (non-breaking spaces included). */
    public static boolean isBlank(String raw) {
        if (raw == null) {
            return true;
        }
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (!(c == '\u00a0' || c == '\u3000' || Character.isWhitespace(c))) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when {@link #clean} can only strip the ends: no line break of any kind ({@code \\R}), no white space
     * {@code SPACES} would rewrite (tab, form feed, non-breaking or ideographic space) and no two spaces in a row.
     */
    private static boolean isTidy(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            boolean rewritten = (c >= '\t' && c <= '\r') || c == '\u0085' || c == '\u00a0' || c == '\u2028'
                    || c == '\u2029' || c == '\u3000';
            if (rewritten || (c == ' ' && i > 0 && raw.charAt(i - 1) == ' ')) {
                return false;
            }
        }
        return true;
    }
}
