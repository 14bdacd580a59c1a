package org.zwgk.catalogue.model.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;

/**
 * The characters that ICU's {@code Traditional-Simplified} transform changes on their own, read from a resource
 * the rules module's {@code TraditionalCharsTest} generates from ICU and keeps in step with it.
 *
 * <p>Most catalogues are written in simplified characters. Asking ICU whether a text has anything to simplify
 * means loading ICU's transliterator registry and parsing its rules, which costs more than a whole check of a
 * small catalogue and a fifth of the command line's start; this set answers the same question without ICU, so
 * the transform runs only on text that needs it.
 */
public final class TraditionalChars {

    /** The resource, one line of characters after {@code #} comment lines, UTF-8. */
    public static final String RESOURCE = "traditional-chars.txt";

    private static final BitSet CHANGED = load();

    private TraditionalChars() {
    }

    /**
     * True when the transform may change {@code text}: it holds a character the transform changes, or a
     * supplementary character (which the set does not cover, so the transform decides).
     */
    public static boolean mayChange(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0x7f && (CHANGED.get(c) || Character.isSurrogate(c))) {
                return true;
            }
        }
        return false;
    }

    /** True when the transform changes this character on its own. */
    public static boolean changes(char c) {
        return CHANGED.get(c);
    }

    private static BitSet load() {
        BitSet set = new BitSet(Character.MAX_VALUE + 1);
        try (InputStream in = TraditionalChars.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.startsWith("#")) {
                    line.chars().forEach(set::set);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return set;
    }
}
