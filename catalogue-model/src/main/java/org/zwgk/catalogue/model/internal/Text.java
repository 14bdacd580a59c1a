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
        String quick = quickFold(text);
        if (quick != null) {
            return quick;
        }
        String t = Normalizer.isNormalized(text, Normalizer.Form.NFKC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFKC);
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
            out.append(switch (c) {
                case '【' -> '〔';
                case '】' -> '〕';
                case '〈' -> '《';
                case '〉' -> '》';
                case '“', '”' -> '"';
                case '‘', '’' -> '\'';
                default -> c;
            });
        }
        if (inSpace) {
            out.append(' ');
        }
        return out.toString().trim();
    }

    /**
     * {@link #fold} of text made only of characters whose NFKC form is known without the normaliser (ASCII, the
     * CJK Unified Ideographs block, full-width ASCII, the common Chinese punctuation and white space), or
     * {@code null} when the text holds any other character. Checking whether text is NFKC-normalised was a tenth of
     * reading and checking a catalogue; most text is in these ranges, and most of it is returned as it came.
     */
    private static String quickFold(String text) {
        int n = text.length();
        boolean unchanged = n == 0 || (!isSpace(text.charAt(0)) && !isSpace(text.charAt(n - 1)));
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                unchanged &= c == ' ' && i + 1 < n && !isSpace(text.charAt(i + 1));
                continue;
            }
            char q = quick(c);
            if (q == 0) {
                return null;
            }
            unchanged &= q == c;
        }
        if (unchanged) {
            return text;
        }
        StringBuilder out = new StringBuilder(n);
        boolean inSpace = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                inSpace = true;
                continue;
            }
            if (inSpace && out.length() > 0) {
                out.append(' ');
            }
            inSpace = false;
            out.append(quick(c));
        }
        return out.toString();
    }

    /**
     * A character's folded form when it is one the quick path knows, white space as itself; 0 for any other.
     * TextTest checks every character this accepts against the normaliser.
     */
    static char quick(char c) {
        if (c >= '!' && c <= '~' || c >= '\u4e00' && c <= '\u9fff' || isSpace(c)) {
            return c;
        }
        if (c >= '\uff01' && c <= '\uff5e') {
            return (char) (c - 0xfee0);
        }
        return switch (c) {
            case '、', '。', '《', '》', '「', '」', '『', '』', '〔', '〕', '·', '—' -> c;
            case '【' -> '〔';
            case '】' -> '〕';
            case '〈' -> '《';
            case '〉' -> '》';
            case '“', '”' -> '"';
            case '‘', '’' -> '\'';
            default -> 0;
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
