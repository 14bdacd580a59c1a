package org.zwgk.catalogue.io.internal.source;

import java.util.HashMap;
import java.util.Map;

import com.ibm.icu.text.Transliterator;

import org.zwgk.catalogue.io.internal.grid.Grid;

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
        return isTraditional(String.join("\n", grid.texts())) ? grid.mapText(Simplifier::simplify) : grid;
    }

    /** True when at least 5% of the Han characters of {@code text} change when simplified. */
    public static boolean isTraditional(String text) {
        Map<Integer, Boolean> traditional = new HashMap<>();
        long han = 0;
        long changed = 0;
        for (int c : text.codePoints().toArray()) {
            if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
                continue;
            }
            han++;
            if (traditional.computeIfAbsent(c, k -> {
                String s = Character.toString(k);
                return !simplify(s).equals(s);
            })) {
                changed++;
            }
        }
        return han > 0 && changed >= TRADITIONAL_SHARE * han;
    }
}
