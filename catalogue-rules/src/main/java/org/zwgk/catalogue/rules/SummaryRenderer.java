package org.zwgk.catalogue.rules;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.zwgk.catalogue.rules.internal.render.SummaryRenderers;

/**
 * Turns a batch summary into bytes: {@code text} (a table for the terminal), {@code json} (pipelines),
 * {@code html} (a self-contained index page linking each catalogue's report). Stateless and thread-safe; the same
 * summary gives the same bytes.
 */
public interface SummaryRenderer {

    /** The short name: {@code text}, {@code json} or {@code html}. */
    String name();

    /** Writes {@code summary} with labels in {@code locale}'s language. */
    void render(BatchSummary summary, Locale locale, OutputStream out) throws IOException;

    /** Every summary renderer. */
    static List<SummaryRenderer> all() {
        return SummaryRenderers.all();
    }

    /** The summary renderer with this short name. */
    static Optional<SummaryRenderer> byName(String name) {
        return all().stream().filter(r -> r.name().equals(name)).findFirst();
    }
}
