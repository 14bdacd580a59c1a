package org.zwgk.catalogue.io.internal.grid;

import java.util.regex.Pattern;

/**
 * Joins the two parts of a cell cut by a page break: a part that opens a numbered item or a stage label starts a
 * new line; otherwise the text runs on, without a space between Chinese characters.
 */
final class CellJoin {

    private static final Pattern ITEM = Pattern.compile(
            "^(?:\\d{1,2}\\s*[.．、)）]|[(（][\\d一二三四五六七八九十]{1,3}[)）]|[①-⑳]|[\\p{IsHan}]{1,6}(?:环节|阶段)[:：]).*",
            Pattern.DOTALL);

    private CellJoin() {
    }

    static String join(String before, String after) {
        String a = before.stripTrailing();
        String b = after.stripLeading();
        if (ITEM.matcher(b).matches()) {
            return a + "\n" + b;
        }
        char last = a.charAt(a.length() - 1);
        char first = b.charAt(0);
        return a + (isWide(last) || isWide(first) ? "" : " ") + b;
    }

    private static boolean isWide(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || (c >= '\u3000' && c <= '\u303f')
                || (c >= '\uff00' && c <= '\uffef');
    }
}
