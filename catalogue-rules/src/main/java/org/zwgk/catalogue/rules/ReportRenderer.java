package org.zwgk.catalogue.rules;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.zwgk.catalogue.rules.internal.render.JsonRenderer;
import org.zwgk.catalogue.rules.internal.render.TextRenderer;

/**
 * Turns a report into bytes in one format. Renderers are stateless and thread-safe; an equal report and locale
 * give the same bytes. Text is UTF-8.
 */
public interface ReportRenderer {

    /** The short name the command line uses: {@code text}, {@code json}. */
    String name();

    /** Writes {@code report} with messages in {@code locale}'s language. */
    void render(Report report, Locale locale, OutputStream out) throws IOException;

    /** Every renderer, by short name. */
    static List<ReportRenderer> all() {
        return List.of(new TextRenderer(), new JsonRenderer());
    }

    /** The renderer with this short name. */
    static Optional<ReportRenderer> byName(String name) {
        return all().stream().filter(r -> r.name().equals(name)).findFirst();
    }
}
