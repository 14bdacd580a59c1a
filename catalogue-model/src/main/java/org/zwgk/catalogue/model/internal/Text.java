package org.zwgk.catalogue.model.internal;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text folding shared by the parsers: width, spacing and punctuation variants of the same Chinese text
 * become one form. Traditional-to-simplified conversion is the readers' job and not done here.
 */
public final class Text {

    private static final Pattern CHINESE_NUMBER = Pattern.compile("[零〇一二两三四五六七八九十百千]+");

    private Text() {
    }

    /**
     * NFKC (full-width letters, digits and punctuation become half-width), bracket variants unified,
     * runs of white space collapsed to one space, trimmed. {@code null} becomes "".
     */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        // Hand-written rather than regular expressions: every name, content element and citation of a check is
        // folded, and matcher allocation was a third of a check's allocation. TextTest holds it to the
        // expression it replaces ([\s\u00a0\u3000]+ → " ", then trim).
        String t = quickNormalized(text);
        if (t == null) {
            t = Normalizer.isNormalized(text, Normalizer.Form.NFKC) ? text
                    : Normalizer.normalize(text, Normalizer.Form.NFKC);
        }
        return isFolded(t) ? t : collapse(t);
    }

    /** Characters besides ASCII and the CJK Unified Ideographs that NFKC leaves as they are. */
    private static final String KNOWN = "、。《》「」『』〔〕【】〈〉“”‘’·—";

    /**
     * The NFKC form of text made only of characters whose form is known without the normaliser — ASCII, the CJK
     * Unified Ideographs, full-width ASCII (which becomes ASCII), {@link #KNOWN} and white space (the no-break and
     * ideographic spaces become a space) — or {@code null} when the text holds any other character. Asking the
     * normaliser was a tenth of reading and checking a catalogue, and most text is in these ranges. TextTest
     * checks every character this accepts.
     */
    static String quickNormalized(String text) {
        boolean wide = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uff01' && c <= '\uff5e' || c == '\u00a0' || c == '\u3000') {
                wide = true;
            } else if (!(c >= ' ' && c <= '~' || c >= '\u4e00' && c <= '\u9fff' || isSpace(c)
                    || KNOWN.indexOf(c) >= 0)) {
                return null;
            }
        }
        if (!wide) {
            return text;
        }
        char[] out = text.toCharArray();
        for (int i = 0; i < out.length; i++) {
            if (out[i] >= '\uff01' && out[i] <= '\uff5e') {
                out[i] -= 0xfee0;
            } else if (out[i] == '\u00a0' || out[i] == '\u3000') {
                out[i] = ' ';
            }
        }
        return new String(out);
    }

    /** True when {@link #collapse} would give {@code t} back: most text, which is then not copied. */
    private static boolean isFolded(String t) {
        int n = t.length();
        if (n > 0 && (t.charAt(0) <= ' ' || t.charAt(n - 1) <= ' ')) {
            return false; // String.trim takes every character up to U+0020 off the ends
        }
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if (isSpace(c) ? c != ' ' || isSpace(t.charAt(i + 1)) : unify(c) != c) {
                return false;
            }
        }
        return true;
    }

    /** Runs of white space to one space, bracket and quote variants unified, trimmed. */
    private static String collapse(String t) {
        StringBuilder out = new StringBuilder(t.length());
        boolean inSpace = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (isSpace(c)) {
                inSpace = true;
                continue;
            }
            if (inSpace) {
                out.append(' ');
                inSpace = false;
            }
            out.append(unify(c));
        }
        return out.toString().trim();
    }

    private static char unify(char c) {
        return switch (c) {
            case '【' -> '〔';
            case '】' -> '〕';
            case '〈' -> '《';
            case '〉' -> '》';
            case '“', '”' -> '"';
            case '‘', '’' -> '\'';
            default -> c;
        };
    }

    /** White space as {@code [\s\u00a0\u3000]} means it. */
    private static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00a0' || c == '\u3000';
    }

    /** {@link #fold} without any white space. */
    public static String compact(String text) {
        // fold leaves no white space but single spaces.
        return fold(text).replace(" ", "");
    }

    /** A key for matching names: folded, every character that is not a letter, digit or Han removed. */
    public static String matchKey(String text) {
        String folded = fold(text);
        int words = 0;
        for (char c; words < folded.length() && !Character.isSurrogate(c = folded.charAt(words)) && isWord(c); ) {
            words++;
        }
        if (words == folded.length()) {
            return folded;
        }
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            if (isWord(cp)) {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** A character {@code [\p{IsHan}\p{L}\p{N}]} matches. */
    private static boolean isWord(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
        }
        if (cp >= 0x4e00 && cp <= 0x9fff) {
            return true; // the CJK Unified Ideographs block: all Han, without the script table's binary search
        }
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    /** True when the text is null, empty or only white space. */
    public static boolean isBlank(String text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '!' && c <= '~' || c >= '\u4e00' && c <= '\u9fff') {
                return false; // NFKC keeps these (or composes them into a letter): never blank
            }
        }
        return fold(text).isEmpty();
    }

    /** Replaces Chinese numerals (二十, 一百二十, 两) by Arabic digits; other text unchanged. */
    public static String arabicNumerals(String text) {
        Matcher m = CHINESE_NUMBER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Integer.toString(chineseNumber(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Value of a Chinese numeral below 10,000 such as 二十六, 十, 一百零五, 两. */
    public static int chineseNumber(String numeral) {
        int total = 0;
        int digit = 0;
        for (char c : numeral.toCharArray()) {
            int d = "零一二三四五六七八九".indexOf(c);
            if (c == '〇') {
                d = 0;
            } else if (c == '两') {
                d = 2;
            }
            if (d >= 0) {
                digit = d;
                continue;
            }
            int unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                default -> 1;
            };
            total += (digit == 0 ? 1 : digit) * unit;
            digit = 0;
        }
        return total + digit;
    }
}
