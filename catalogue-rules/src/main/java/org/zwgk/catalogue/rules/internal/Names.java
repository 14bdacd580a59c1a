package org.zwgk.catalogue.rules.internal;

import java.util.Arrays;

import org.zwgk.catalogue.model.internal.Text;
import org.zwgk.catalogue.model.internal.TraditionalChars;

/**
 * Name normalisation and the similarity measure used to pair renamed categories and reworded content.
 *
 * <p>The key of a name is the text in simplified characters (ICU's Traditional-Simplified transform), with
 * width, punctuation and spacing folded away ({@link Text#matchKey}). Similarity is the Sørensen–Dice
 * coefficient of the two keys' character bigrams: 2·|A∩B| / (|A|+|B|), 1.0 for equal keys, 0 for nothing shared.
 * A one-character key is its own single "bigram".
 */
public final class Names {

    /** The similarity from which a renamed category, or a reworded content element, counts as the same. */
    public static final double THRESHOLD = 0.62;

    private Names() {
    }

    /**
     * A name's matching key and its bigrams. The bigrams are packed two UTF-16 units to an int (a one-character
     * key packs as its character and U+0000, which no key holds), sorted and distinct, so that the coefficient is
     * a merge of two int arrays rather than a set intersection of two-character strings.
     */
    public static final class Key {
        private final String text;
        private final int[] grams;

        private Key(String text) {
            this.text = text;
            int[] all = new int[Math.max(text.length() - 1, text.length() == 1 ? 1 : 0)];
            if (text.length() == 1) {
                all[0] = text.charAt(0) << 16;
            }
            for (int i = 0; i + 1 < text.length(); i++) {
                all[i] = text.charAt(i) << 16 | text.charAt(i + 1);
            }
            Arrays.sort(all);
            int distinct = 0;
            for (int i = 0; i < all.length; i++) {
                if (i == 0 || all[i] != all[i - 1]) {
                    all[distinct++] = all[i];
                }
            }
            this.grams = distinct == all.length ? all : Arrays.copyOf(all, distinct);
        }

        /** The key itself. */
        public String text() {
            return text;
        }

        /** True when the key is the empty string (a name of punctuation only). */
        public boolean isEmpty() {
            return text.isEmpty();
        }

        /** 1.0 for equal keys, else the Dice coefficient of the two bigram sets. */
        public double similarity(Key other) {
            return text.equals(other.text) ? 1.0 : dice(other);
        }

        /** The Dice coefficient of the two keys' bigram sets: 2·|A∩B| / (|A|+|B|), 0 when either is empty. */
        public double dice(Key other) {
            int[] a = grams;
            int[] b = other.grams;
            if (a.length == 0 || b.length == 0) {
                return 0;
            }
            int common = 0;
            for (int i = 0, j = 0; i < a.length && j < b.length; ) {
                if (a[i] == b[j]) {
                    common++;
                    i++;
                    j++;
                } else if (a[i] < b[j]) {
                    i++;
                } else {
                    j++;
                }
            }
            return 2.0 * common / (a.length + b.length);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** The matching key of a name. */
    public static String key(String text) {
        return keyOf(text).text();
    }

    /** The matching key of a name, with its bigrams. */
    public static Key keyOf(String text) {
        String folded = Text.matchKey(text);
        // Most text is already simplified, and running (let alone loading) the transform costs more than the rest
        // of a check: it runs only on text holding a character it changes.
        return new Key(TraditionalChars.mayChange(folded)
                ? Text.matchKey(TraditionalChars.simplify(folded)) : folded);
    }

    /** The similarity of two names. */
    public static double similarity(String a, String b) {
        return keyOf(a).similarity(keyOf(b));
    }
}
