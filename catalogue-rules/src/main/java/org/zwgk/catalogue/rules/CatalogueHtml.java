package org.zwgk.catalogue.rules;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

import org.zwgk.catalogue.model.Catalogue;
import org.zwgk.catalogue.rules.internal.render.CatalogueHtmlWriter;

/**
 * A catalogue as the standard table, to publish on a 政务公开 column: areas as cells spanning their categories'
 * rows, the 13 printed channels as ■/□ boxes, √ under 公开对象 and 公开方式, — where the source states nothing.
 * Self-contained (no script, no external style, font or image) and escaped; UTF-8.
 *
 * <pre>{@code
 * CatalogueHtml.fragment(Editions.national(), Locale.SIMPLIFIED_CHINESE, out);   // into the portal's own page
 * }</pre>
 *
 * <p>A page holding several tables emits {@link #style()} once in its head and each table by
 * {@link #fragmentWithoutStyle}, instead of repeating the same style sheet in every fragment.
 */
public final class CatalogueHtml {

    private CatalogueHtml() {
    }

    /** A whole HTML page holding the table. */
    public static void page(Catalogue catalogue, Locale locale, OutputStream out) throws IOException {
        CatalogueHtmlWriter.write(catalogue, locale, false, out);
    }

    /** The table as a fragment ({@code <div class="zwgk">} with its scoped style), without html, head or body. */
    public static void fragment(Catalogue catalogue, Locale locale, OutputStream out) throws IOException {
        CatalogueHtmlWriter.write(catalogue, locale, true, out);
    }

    /** The table as a fragment without its style: the page holding it emits {@link #style()} once. */
    public static void fragmentWithoutStyle(Catalogue catalogue, Locale locale, OutputStream out) throws IOException {
        CatalogueHtmlWriter.write(catalogue, locale, true, false, out);
    }

    /** The style sheet of the tables (and of the html report), scoped to {@code .zwgk}, for a page's head. */
    public static String style() {
        return CatalogueHtmlWriter.style();
    }
}
