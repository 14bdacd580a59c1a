package org.zwgk.catalogue.rules.internal.render;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The columns a text takes in a terminal: two for a character whose Unicode East Asian Width is Wide (W) or
 * Fullwidth (F), such as a Chinese character or a full-width comma, one for any other. The W and F ranges are read
 * from a resource generated from Unicode's {@code EastAsianWidth.txt} as ICU4J ships it; the resource names the
 * Unicode and ICU versions, and {@code DisplayWidthTest} holds it equal to ICU on every code point and regenerates
 * it ({@code -Dzwgk.updateGolden=true}). ICU4J itself is a test dependency only.
 */
final class DisplayWidth {

    /** The resource: after {@code #} comment lines, one range of W or F code points a line, {@code 1100..115F}. */
    static final String RESOURCE = "east-asian-wide.txt";

    private static final int[] STARTS;
    private static final int[] ENDS;

    static {
        List<int[]> ranges = load();
        STARTS = ranges.stream().mapToInt(r -> r[0]).toArray();
        ENDS = ranges.stream().mapToInt(r -> r[1]).toArray();
    }

    private DisplayWidth() {
    }

    /** The columns {@code text} takes. */
    static int of(String text) {
        int w = 0;
        for (int i = 0; i < text.length();) {
            int cp = text.codePointAt(i);
            w += isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    /** True when the code point's East Asian Width is Wide or Fullwidth. */
    static boolean isWide(int codePoint) {
        int at = Arrays.binarySearch(STARTS, codePoint);
        int range = at >= 0 ? at : -at - 2;
        return range >= 0 && codePoint <= ENDS[range];
    }

    private static List<int[]> load() {
        List<int[]> ranges = new ArrayList<>();
        try (InputStream in = DisplayWidth.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] ends = line.strip().split("\\.\\.");
                int start = Integer.parseInt(ends[0], 16);
                ranges.add(new int[] {start, ends.length > 1 ? Integer.parseInt(ends[1], 16) : start});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ranges;
    }
}
