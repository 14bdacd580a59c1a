package org.zwgk.catalogue.io.internal.source;

import com.ibm.icu.text.Transliterator;

import org.zwgk.catalogue.io.internal.grid.Grid;
import org.zwgk.catalogue.model.internal.TraditionalChars;

/**
 * Traditional to simplified Chinese with ICU's {@code Traditional-Simplified} transliterator. A table is
 * converted only when it is written in traditional characters (enough of its Han characters have a simplified
 * form), because converting simplified text can still change a few characters that have a traditional reading
 * (著 → 着). Thread-safe without a lock: each thread has its own transliterator.
 */
public final class Simplifier {

    /** Share of Han characters that must be traditional forms for a table to count as traditional. */
    private static final double TRADITIONAL_SHARE = 0.05;

    /**
     * ICU transliterators are not thread-safe; one per thread lets concurrent reads convert in parallel instead
     * of queueing on a shared instance.
     */
    private static final ThreadLocal<Transliterator> TRANSLITERATOR =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));

    private Simplifier() {
    }

    /** The text in simplified characters. */
    public static String simplify(String text) {
        return TRANSLITERATOR.get().transliterate(text);
    }

    /** The grid in simplified characters when it is written in traditional ones; otherwise the grid itself. */
    public static Grid simplified(Grid grid) {
        long[] counts = new long[2];
        for (String text : grid.texts()) {
            count(text, counts);
        }
        return isTraditional(counts) ? grid.mapText(Simplifier::simplify) : grid;
    }

    /** True when at least 5% of the Han characters of {@code text} change when simplified. */
    public static boolean isTraditional(String text) {
        long[] counts = new long[2];
        count(text, counts);
        return isTraditional(counts);
    }

    private static boolean isTraditional(long[] counts) {
        return counts[0] > 0 && counts[1] >= TRADITIONAL_SHARE * counts[0];
    }

    /**
     * Han script. U+4E00..U+9FFC (the CJK Unified Ideographs assigned in Java 17's Unicode), where nearly all
     * catalogue text is, is answered without the script table's binary search.
     */
    private static boolean isHan(int c) {
        if (c >= 0x4e00 && c <= 0x9ffc) {
            return true;
        }
        return c >= 0x2e80 && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /**
     * Adds the Han characters of {@code text} to {@code counts[0]} and those the transform changes to
     * {@code counts[1]}. BMP characters are looked up in the model's set, generated from ICU, so that reading a
     * simplified workbook never loads ICU's transliterators (seconds, cold); the rare supplementary ones ask ICU.
     */
    private static void count(String text, long[] counts) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (!isHan(c)) {
                continue;
            }
            counts[0]++;
            boolean changes = Character.isBmpCodePoint(c) ? TraditionalChars.changes((char) c)
                    : !simplify(Character.toString(c)).equals(Character.toString(c));
            if (changes) {
                counts[1]++;
            }
        }
    }
}
