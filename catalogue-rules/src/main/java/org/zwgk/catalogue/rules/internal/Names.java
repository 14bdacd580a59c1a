package org.zwgk.catalogue.rules.internal;

import java.util.HashSet;
import java.util.Set;

import org.zwgk.catalogue.model.internal.Text;
import org.zwgk.catalogue.model.internal.TraditionalChars;

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

    /** The matching key of a name. */
    public static String key(String text) {
        String folded = Text.matchKey(text);
        // Most text is already simplified, and running (let alone loading) the transform costs more than the rest
        // of a check: it runs only on text holding a character it changes.
        return TraditionalChars.mayChange(folded) ? Text.matchKey(SIMPLIFY.get().transliterate(folded)) : folded;
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
