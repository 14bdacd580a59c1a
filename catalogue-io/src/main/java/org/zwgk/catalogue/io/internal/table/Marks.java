package org.zwgk.catalogue.io.internal.table;

import java.util.Set;
import java.util.regex.Pattern;

import org.zwgk.catalogue.model.internal.Text;

/**
 * Marks in 公开对象, 公开方式, 公开层级 (and channel) columns: √ ✓ ✔ ● ■ ☑ 是 mean yes; an empty cell, × ✗ 否 无
 * and a dash mean no; the column's own label (全社会 in the 全社会 column) means yes too. Anything else cannot
 * be read.
 */
public final class Marks {

    /** What a mark cell says. */
    public enum Mark {
        /** Marked. */
        YES,
        /** Not marked. */
        NO,
        /** Not a mark this library knows. */
        UNREADABLE
    }

    private static final Set<String> YES = Set.of("√", "✓", "✔", "●", "■", "☑", "✅", "是", "Y", "y", "yes", "YES",
            "Yes", "有", "v", "V");
    private static final Set<String> NO = Set.of("×", "✗", "✘", "否", "无", "N", "n", "no", "NO", "No", "-", "—", "/",
            "□", "☐", "○", "x", "X");

    /** White space and punctuation around a mark (√。), dropped before reading it. */
    private static final Pattern NOISE = Pattern.compile("[\\s,，.。、;；:：!！]");

    private Marks() {
    }

    /** Reads the cell of a mark column labelled {@code columnLabel}. */
    public static Mark read(String cell, String columnLabel) {
        if (cell.isEmpty()) {
            return Mark.NO;
        }
        if (YES.contains(cell)) {
            return Mark.YES; // the usual cell, √, read without folding
        }
        String t = NOISE.matcher(Text.fold(cell)).replaceAll("");
        if (t.isEmpty() || NO.contains(t)) {
            return Mark.NO;
        }
        if (YES.contains(t) || YES.contains(t.substring(0, 1)) && t.chars().distinct().count() == 1) {
            return Mark.YES;
        }
        String label = Text.matchKey(columnLabel);
        if (!label.isEmpty() && (Text.matchKey(t).equals(label) || label.startsWith(Text.matchKey(t))
                && !Text.matchKey(t).isEmpty())) {
            return Mark.YES;
        }
        return Mark.UNREADABLE;
    }
}
