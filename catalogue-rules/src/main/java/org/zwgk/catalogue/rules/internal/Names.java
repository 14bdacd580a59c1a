package org.zwgk.catalogue.rules.internal;

import java.util.HashSet;
import java.util.Set;

import org.zwgk.catalogue.model.internal.Text;

import com.ibm.icu.text.Transliterator;

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

    private static final ThreadLocal<Transliterator> SIMPLIFY =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));

    private Names() {
    }

    /**
     * Per BMP character: 0 not yet known, 1 the transform leaves it alone, 2 it changes it. Filled lazily, one
     * character at a time; a race only computes the same answer twice.
     */
    private static final byte[] CHANGES = new byte[Character.MAX_VALUE + 1];

    /** The matching key of a name. */
    public static String key(String text) {
        String folded = Text.matchKey(text);
        // Running the transform costs more than the rest of a check; most text is already simplified, so it runs
        // only on text holding a character it would change.
        return anyChanges(folded) ? Text.matchKey(SIMPLIFY.get().transliterate(folded)) : folded;
    }

    private static boolean anyChanges(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= 0x7f) {
                continue;
            }
            if (Character.isSurrogate(c)) {
                return true;
            }
            byte known = CHANGES[c];
            if (known == 0) {
                String one = String.valueOf(c);
                known = SIMPLIFY.get().transliterate(one).equals(one) ? (byte) 1 : (byte) 2;
                CHANGES[c] = known;
            }
            if (known == 2) {
                return true;
            }
        }
        return false;
    }

    /** The bigram set of a key. */
    public static Set<String> bigrams(String key) {
        Set<String> grams = new HashSet<>();
        if (key.length() == 1) {
            grams.add(key);
        }
        for (int i = 0; i + 1 < key.length(); i++) {
            grams.add(key.substring(i, i + 2));
        }
        return grams;
    }

    /** The Dice coefficient of two bigram sets. */
    public static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int common = 0;
        for (String g : small) {
            if (large.contains(g)) {
                common++;
            }
        }
        return 2.0 * common / (a.size() + b.size());
    }

    /** The similarity of two names. */
    public static double similarity(String a, String b) {
        String ka = key(a);
        String kb = key(b);
        return ka.equals(kb) ? 1.0 : dice(bigrams(ka), bigrams(kb));
    }
}
