package org.zwgk.catalogue.io;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Renders pages of tables with PDFBox as Word or WPS exports them: a caption (title, filler line) above, each
 * cell's text wrapped to its width, borders drawn around every cell or merged range, nothing drawn inside a merged
 * range. Chinese text needs a font: WenQuanYi Zen Hei, Debian's fonts-wqy-zenhei, which .ci/run installs.
 */
final class PdfWriter {

    /** Where Debian puts the font. */
    static final File FONT = new File("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");

    private static final float MARGIN = 36;
    private static final float SIZE = 7;
    private static final float LEADING = 9;
    private static final float PAD = 3;

    private final PDDocument doc = new PDDocument();
    private final PDType0Font font;
    private final PDRectangle pageSize;
    private final float[] weights;
    private final TrueTypeCollection collection;

    /** A writer of pages of {@code size} (e.g. A4 turned for landscape) whose columns share the width by weight. */
    PdfWriter(PDRectangle pageSize, float... weights) {
        this.pageSize = pageSize;
        this.weights = weights;
        try {
            collection = new TrueTypeCollection(FONT);
            TrueTypeFont[] first = new TrueTypeFont[1];
            collection.processAllFonts(f -> {
                if (first[0] == null) {
                    first[0] = f;
                }
            });
            font = PDType0Font.load(doc, first[0], true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True where the font is installed. */
    static boolean fontInstalled() {
        return FONT.isFile();
    }

    /** The national columns' weights. */
    static float[] nationalWeights() {
        float[] w = new float[Published.HEADER.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = switch (Published.HEADER.get(i)) {
                case "序号" -> 0.6f;
                case "公开内容（要素）", "公开依据" -> 3.2f;
                case "公开渠道和载体" -> 2.4f;
                case "二级事项", "公开时限" -> 1.6f;
                case "全社会", "特定群体", "主动", "依申请" -> 0.7f;
                default -> 1.2f;
            };
        }
        return w;
    }

    /** One page: the caption's lines, then the tables, each below the last. */
    PdfWriter page(List<String> caption, Sheet... tables) {
        try {
            PDPage page = new PDPage(pageSize);
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                float y = pageSize.getHeight() - MARGIN;
                for (String line : caption) {
                    text(out, line, MARGIN, y - 12, 12);
                    y -= 18;
                }
                for (Sheet table : tables) {
                    y = table(out, table, y - 6);
                }
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page with no text layer: a picture only, as a scanner makes. */
    PdfWriter scannedPage() {
        try {
            PDPage page = new PDPage(pageSize);
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                out.addRect(MARGIN, MARGIN, 200, 100);
                out.fill();
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private float table(PDPageContentStream out, Sheet t, float top) throws IOException {
        float width = pageSize.getWidth() - 2 * MARGIN;
        float total = 0;
        for (float w : weights) {
            total += w;
        }
        float[] x = new float[t.columns + 1];
        x[0] = MARGIN;
        for (int c = 0; c < t.columns; c++) {
            x[c + 1] = x[c] + width * weights[c] / total;
        }
        float[] y = new float[t.rows.size() + 1];
        y[0] = top;
        for (int r = 0; r < t.rows.size(); r++) {
            int lines = 1;
            for (int c = 0; c < t.columns; c++) {
                int rr = r;
                int cc = c;
                boolean own = t.mergeAt(r, c).map(m -> m.isAnchor(rr, cc) && m.lastRow() == m.firstRow())
                        .orElse(true);
                if (own) {
                    lines = Math.max(lines, wrap(t.rows.get(r)[c], cellWidth(t, x, r, c)).size());
                }
            }
            y[r + 1] = y[r] - lines * LEADING - 2 * PAD;
        }
        out.setLineWidth(0.5f);
        for (int r = 0; r < t.rows.size(); r++) {
            for (int c = 0; c < t.columns; c++) {
                int rr = r;
                int cc = c;
                var merge = t.mergeAt(r, c);
                if (merge.isPresent() && !merge.get().isAnchor(rr, cc)) {
                    continue;
                }
                int lastRow = merge.map(Sheet.Merge::lastRow).orElse(r);
                int lastCol = merge.map(Sheet.Merge::lastColumn).orElse(c);
                float left = x[c];
                float right = x[lastCol + 1];
                float cellTop = y[r];
                float bottom = y[lastRow + 1];
                out.addRect(left, bottom, right - left, cellTop - bottom);
                out.stroke();
                float ty = cellTop - PAD - SIZE;
                for (String line : wrap(t.rows.get(r)[c], right - left - 2 * PAD)) {
                    text(out, line, left + PAD, ty, SIZE);
                    ty -= LEADING;
                }
            }
        }
        return y[t.rows.size()];
    }

    private float cellWidth(Sheet t, float[] x, int r, int c) {
        int lastCol = t.mergeAt(r, c).map(Sheet.Merge::lastColumn).orElse(c);
        return x[lastCol + 1] - x[c] - 2 * PAD;
    }

    /** The text's lines wrapped to {@code width}: its own line breaks kept, long lines broken at any character. */
    List<String> wrap(String text, float width) throws IOException {
        List<String> out = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < paragraph.length(); ) {
                int cp = paragraph.codePointAt(i);
                String ch = new String(Character.toChars(cp));
                if (line.length() > 0 && font.getStringWidth(line + ch) / 1000 * SIZE > width) {
                    out.add(line.toString());
                    line.setLength(0);
                }
                line.append(ch);
                i += Character.charCount(cp);
            }
            out.add(line.toString());
        }
        return out;
    }

    private void text(PDPageContentStream out, String text, float x, float y, float size) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }

    byte[] bytes() {
        try (doc; collection) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
