package org.zwgk.catalogue.model.internal;

import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.zwgk.catalogue.model.Channel;
import org.zwgk.catalogue.model.ContentElement;
import org.zwgk.catalogue.model.Deadline;
import org.zwgk.catalogue.model.LegalReference;

/**
 * The values the canonical JSON reader parses from a catalogue's texts, shared by every read in the process: the one
 * cache of the reading layer. Catalogues repeat each other (a county copies its city's citations, deadlines, channels
 * and content elements, a city the national ones), and parsing one text runs a dozen regular expressions.
 *
 * <p>Policy: at most {@value #MAX_TEXTS} texts, evicted by Caffeine's frequency-and-recency policy (W-TinyLFU), so
 * that hostile or merely varied input cannot grow it without end; the values are immutable model values, safe to
 * share between threads and reads. Measured (issue 15, the thread's CPU time per read of the generated 56-category
 * county, warm): 517–584 µs parsing every text again against 250–268 µs with this cache, about half of
 * check-json; the value types' own parse methods ({@link LegalReference#parseAll} …) keep no cache.
 */
public final class ParsedTexts {

    /** Texts kept, of every kind together: a province's catalogues state a few thousand distinct ones. */
    static final int MAX_TEXTS = 50_000;

    private enum Kind { CITATIONS, DEADLINE, CHANNEL, CONTENT_ELEMENT }

    private record Key(Kind kind, String text) {
    }

    private static final Cache<Key, Object> CACHE = Caffeine.newBuilder().maximumSize(MAX_TEXTS).build();

    private ParsedTexts() {
    }

    /** {@link LegalReference#parseAll}. */
    @SuppressWarnings("unchecked")
    public static List<LegalReference> citations(String cell) {
        return (List<LegalReference>) CACHE.get(new Key(Kind.CITATIONS, cell), k -> LegalReference.parseAll(k.text()));
    }

    /** {@link DeadlineParser#parse}. */
    public static Deadline deadline(String text) {
        return (Deadline) CACHE.get(new Key(Kind.DEADLINE, text), k -> DeadlineParser.parse(k.text()));
    }

    /** {@link Channel#parse}: a blank text throws, and is not kept. */
    public static Channel channel(String text) {
        return (Channel) CACHE.get(new Key(Kind.CHANNEL, text), k -> Channel.parse(k.text()));
    }

    /** {@link ContentElement#parse}. */
    public static ContentElement contentElement(String printed) {
        return (ContentElement) CACHE.get(new Key(Kind.CONTENT_ELEMENT, printed), k -> ContentElement.parse(k.text()));
    }
}
