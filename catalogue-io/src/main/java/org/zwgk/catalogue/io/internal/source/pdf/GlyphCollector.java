package org.zwgk.catalogue.io.internal.source.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text layer of every page as glyphs with their positions, through PDFBox's text stripper (which decodes the
 * fonts and applies the page's rotation): one list per page, in page order.
 */
final class GlyphCollector extends PDFTextStripper {

    private final List<List<Glyph>> pages = new ArrayList<>();
    private List<Glyph> page;

    /** The glyphs of every page of {@code doc}. */
    static List<List<Glyph>> collect(PDDocument doc) throws IOException {
        GlyphCollector collector = new GlyphCollector();
        collector.getText(doc);
        return collector.pages;
    }

    private GlyphCollector() {
        super();
    }

    @Override
    protected void startPage(PDPage p) throws IOException {
        page = new ArrayList<>();
        super.startPage(p);
    }

    @Override
    protected void endPage(PDPage p) throws IOException {
        pages.add(page);
        super.endPage(p);
    }

    @Override
    protected void processTextPosition(TextPosition t) {
        String text = t.getUnicode();
        if (page != null && text != null && !text.isBlank()) {
            page.add(new Glyph(t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(),
                    Math.max(t.getHeightDir(), t.getFontSizeInPt() * 0.7f), text));
        }
    }
}
