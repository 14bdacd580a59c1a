package org.zwgk.catalogue.model.internal;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text folding shared by the parsers: width, spacing and punctuation variants of the same Chinese text
 * become one form. Traditional-to-simplified conversion is {@link TraditionalChars}'s, and not done here.
 */
public final class Text {

    private static final Pattern CHINESE_NUMBER = Pattern.compile("[零〇一二两三四五六七八九十百千]+");

    private Text() {
    }

    /**
     * NFKC (full-width letters, digits and punctuation become half-width), bracket variants unified,
     * runs of white space collapsed to one space, trimmed. {@code null} becomes "".
     *
     * <p>One pass over the text after NFKC, and NFKC only where the text is not already in that form (most cells are
     * Han text, which is): the rules fold the same names many times per check, and the chain of replacements and a
     * regular expression it replaces was 11% of a JSON check's CPU time.
     */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String t = Normalizer.isNormalized(text, Normalizer.Form.NFKC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFKC);
        if (isFolded(t)) {
            return t;
        }
        StringBuilder out = new StringBuilder(t.length());
        boolean pendingSpace = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (isFoldedSpace(c)) {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && out.length() > 0) {
                out.append(' ');
            }
            pendingSpace = false;
            out.append(unifiedVariant(c));
        }
        // As String#trim: control characters at either end go too.
        return out.toString().trim();
    }

    /**
     * True when folding leaves the normalized text as it is: it neither starts nor ends with white space or a control
     * character, its only white space is single spaces, and it has no variant to unify. Most cells are already so, and
     * a check then keeps the text rather than copy it: 6% less allocated by the 3,000-catalogue batch (bench/run.sh).
     */
    private static boolean isFolded(String t) {
        int n = t.length();
        if (n > 0 && (t.charAt(0) <= ' ' || t.charAt(n - 1) <= ' ')) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            // A space is never last here, so the character after it exists.
            if (c == ' ' ? isFoldedSpace(t.charAt(i + 1)) : isFoldedSpace(c) || unifiedVariant(c) != c) {
                return false;
            }
        }
        return true;
    }

    /** The white space fold collapses: the regular expression class \s, the no-break space, the ideographic space. */
    private static boolean isFoldedSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00a0' || c == '\u3000';
    }

    private static char unifiedVariant(char c) {
        switch (c) {
            case '【':
                return '〔';
            case '】':
                return '〕';
            case '〈':
                return '《';
            case '〉':
                return '》';
            case '“':
            case '”':
                return '"';
            case '‘':
            case '’':
                return '\'';
            default:
                return c;
        }
    }

    /** {@link #fold} without any white space. */
    public static String compact(String text) {
        // fold leaves no white space but single spaces.
        return fold(text).replace(" ", "");
    }

    /** A key for matching names: folded, every character that is not a letter, digit or Han removed. */
    public static String matchKey(String text) {
        String folded = fold(text);
        StringBuilder key = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); ) {
            int c = folded.codePointAt(i);
            i += Character.charCount(c);
            if (isWord(c)) {
                key.appendCodePoint(c);
            }
        }
        return key.toString();
    }

    /**
     * What a match key keeps: a letter, a number or a Han character ({@code [\p{L}\p{N}\p{IsHan}]}). A loop with
     * this test replaced that regular expression's {@code replaceAll}: 4.6% of the CPU samples of a 100,000-row
     * workbook's check (JFR), the loop about 1%.
     */
    private static boolean isWord(int c) {
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /**
     * True when the text is null, empty or only white space: exactly when {@link #fold} would leave nothing. The
     * readers ask it of every cell, and folding each cell to find out was a tenth of what a JSON check allocated, so
     * the text is folded only when it holds nothing but rarer spaces (U+2000…, whose NFKC decides).
     */
    public static boolean isBlank(String text) {
        if (text == null) {
            return true;
        }
        boolean plain = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= ' ' || c == '\u00a0' || c == '\u3000') {
                continue;
            }
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return false;
            }
            plain = false;
        }
        return plain || fold(text).isEmpty();
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
