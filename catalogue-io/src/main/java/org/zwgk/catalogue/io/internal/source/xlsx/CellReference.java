package org.zwgk.catalogue.io.internal.source.xlsx;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cell references ({@code AB12}) and Excel's escapes for characters XML cannot hold ({@code _x000D_}). */
final class CellReference {

    private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    private CellReference() {
    }

    /** 0-based row and column of a reference such as {@code AB12}; null when it is not one. */
    static int[] reference(String ref) {
        // [A-Za-z]{1,7}[0-9]{1,9} once any $ is removed, read by hand: every cell of a sheet has a reference.
        int column = 0;
        int row = 0;
        int letters = 0;
        int digits = 0;
        for (int i = 0; i < ref.length(); i++) {
            char ch = ref.charAt(i);
            if (ch == '$') {
                continue;
            }
            if (digits == 0 && ((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z'))) {
                column = column * 26 + (Character.toUpperCase(ch) - 'A' + 1);
                letters++;
            } else if (letters > 0 && ch >= '0' && ch <= '9') {
                row = row * 10 + (ch - '0');
                digits++;
            } else {
                return null;
            }
        }
        if (letters == 0 || letters > 7 || digits == 0 || digits > 9) {
            return null;
        }
        return new int[] {row - 1, column - 1};
    }

    /** The text with Excel's escapes ({@code _x000D_}) replaced by their characters. */
    static String unescape(String s) {
        if (s.indexOf("_x") < 0) {
            return s;
        }
        Matcher m = ESCAPE.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
