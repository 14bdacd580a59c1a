package org.zwgk.catalogue.model.internal;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * A thread-safe memo of a pure function of text, with a bound: past {@code limit} entries, values are computed
 * without being remembered, so hostile input cannot grow it without end.
 *
 * <p>Catalogues repeat themselves: every row of a county catalogue cites the same few laws and states the same
 * deadline, and a province's catalogues repeat each other. Parsing a citation or a deadline runs a dozen regular
 * expressions; remembering the immutable result made reading a catalogue three times cheaper.
 */
public final class Memo<K, V> {

    private final ConcurrentMap<K, V> values = new ConcurrentHashMap<>();
    private final Function<K, V> function;
    private final int limit;

    public Memo(Function<K, V> function, int limit) {
        this.function = Objects.requireNonNull(function, "function");
        this.limit = limit;
    }

    /** The function's value for {@code key}, remembered while there is room. */
    public V get(K key) {
        V known = values.get(key);
        if (known != null) {
            return known;
        }
        V made = function.apply(key);
        if (values.size() < limit) {
            values.putIfAbsent(key, made);
        }
        return made;
    }
}
