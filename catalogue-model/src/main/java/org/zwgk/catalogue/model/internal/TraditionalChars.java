package org.zwgk.catalogue.model.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Traditional to simplified Chinese, for every module: ICU4J's {@code Traditional-Simplified} transform, as the
 * table of the characters it changes and what it changes each to, read from a resource that this module's
 * {@code TraditionalCharsTest} generates from ICU and holds equal to it on every code point and on seeded text.
 *
 * <p>The transform maps one character to one character, without context, so the table is the transform. Reading
 * it from ICU itself cost 15 MB of ICU4J (38% of an application's jars) and, on first use, loading ICU's
 * transliterator registry and parsing its rules: more than a whole check of a small catalogue.
 */
public final class TraditionalChars {

    /** The resource: after {@code #} comment lines, pairs of characters (traditional, then simplified), UTF-8. */
    public static final String RESOURCE = "traditional-simplified.txt";

    private static final Map<Integer, Integer> SIMPLIFIED = new HashMap<>();
    private static final BitSet CHANGED = new BitSet();

    static {
        load();
    }

    private TraditionalChars() {
    }

    /** True when {@link #simplify} changes {@code text}: it holds a character the transform changes. */
    public static boolean mayChange(CharSequence text) {
        for (int i = 0; i < text.length(); ) {
            int c = Character.codePointAt(text, i);
            if (CHANGED.get(c)) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    /** True when the transform changes this character. */
    public static boolean changes(int codePoint) {
        return CHANGED.get(codePoint);
    }

    /** The text in simplified characters, as ICU's {@code Traditional-Simplified} gives it. */
    public static String simplify(String text) {
        if (!mayChange(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(SIMPLIFIED.getOrDefault(c, c)));
        return out.toString();
    }

    /**
     * True when the texts are written in traditional characters: at least {@value #TRADITIONAL_SHARE} of their Han
     * characters are ones the transform changes. Converting simplified text would still change a few characters
     * that have a traditional reading (著 → 着), so a reader converts a whole table or none of it.
     */
    public static boolean isTraditional(Iterable<String> texts) {
        long han = 0;
        long traditional = 0;
        for (String text : texts) {
            for (int i = 0; i < text.length(); ) {
                int c = text.codePointAt(i);
                i += Character.charCount(c);
                if (isHan(c)) {
                    han++;
                    if (CHANGED.get(c)) {
                        traditional++;
                    }
                }
            }
        }
        return han > 0 && traditional >= TRADITIONAL_SHARE * han;
    }

    /**
     * {@code Character.UnicodeScript.of(c) == HAN}, answered without its search of the script table for the code
     * points of most cells: below U+2E80 there is no Han, and U+4E00–U+9FFC (CJK Unified Ideographs, Unicode 13,
     * Java 17) is all Han. Every cell of a workbook passes here: with the stream of code points it replaced, this
     * test was 12% of reading a 100,000-row workbook (bench/run.sh), now under 2%.
     */
    static boolean isHan(int c) {
        if (c < 0x2E80) {
            return false;
        }
        if (c >= 0x4E00 && c <= 0x9FFC) {
            return true;
        }
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** Share of Han characters that must be traditional forms for a text to count as traditional. */
    private static final double TRADITIONAL_SHARE = 0.05;

    private static void load() {
        try (InputStream in = TraditionalChars.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("#")) {
                    continue;
                }
                int[] pairs = line.codePoints().toArray();
                for (int i = 0; i + 1 < pairs.length; i += 2) {
                    SIMPLIFIED.put(pairs[i], pairs[i + 1]);
                    CHANGED.set(pairs[i]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
