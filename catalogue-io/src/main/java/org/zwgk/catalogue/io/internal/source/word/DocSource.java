package org.zwgk.catalogue.io.internal.source.word;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;

import org.zwgk.catalogue.io.UnreadableInputException;
import org.zwgk.catalogue.io.internal.IoMessages;
import org.zwgk.catalogue.io.internal.LimitExceeded;
import org.zwgk.catalogue.io.internal.grid.Grid;
import org.zwgk.catalogue.io.internal.grid.ReadBudget;
import org.zwgk.catalogue.model.SourceLocation;

/**
 * Reads the tables of a Word 97-2003 document (.doc, WPS's .wps in its default format) into grids with Apache POI's
 * HWPF, as {@link DocxSource} does for .docx. A .doc stores no column grid: each cell has a left edge and a width,
 * so the table's columns are the distinct cell edges of all its rows, and a cell spans the columns between its
 * edges. Vertically merged cells become merged regions. A .doc is an OLE2 file, no zip: the size limit bounds it.
 */
public final class DocSource {

    /** Edges closer than this many twips (1/20 pt) are one column edge: Word rounds widths per row. */
    private static final int EDGE_TOLERANCE = 30;

    private DocSource() {
    }

    /** Reads every top-level table; fails with a located problem when the document is corrupt or encrypted. */
    public static List<Grid> read(byte[] bytes, String file, ReadBudget budget) throws UnreadableInputException {
        try (HWPFDocument doc = new HWPFDocument(new ByteArrayInputStream(bytes))) {
            return tables(doc.getRange(), file, budget);
        } catch (EncryptedDocumentException e) {
            throw IoMessages.unreadable("io.encrypted-document", file);
        } catch (LimitExceeded e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // HWPF reports a damaged file with many exception types; all mean the same to the user.
            throw IoMessages.unreadable("io.corrupt-document", file);
        }
    }

    private static List<Grid> tables(Range range, String file, ReadBudget budget) {
        List<Grid> grids = new ArrayList<>();
        List<String> caption = new ArrayList<>();
        List<SourceLocation> captionSources = new ArrayList<>();
        int paragraph = 0;
        int i = 0;
        while (i < range.numParagraphs()) {
            Paragraph p = range.getParagraph(i);
            if (p.isInTable() && p.getTableLevel() == 1) {
                Table table = range.getTable(p);
                budget.table(file, grids.size() + 1);
                grids.add(grid(table, file, "table" + (grids.size() + 1), budget, caption, captionSources));
                caption = new ArrayList<>();
                captionSources = new ArrayList<>();
                i += Math.max(1, table.numParagraphs());
            } else {
                paragraph++;
                String text = clean(p.text());
                if (!text.isEmpty()) {
                    caption.add(text);
                    captionSources.add(WordTable.paragraph(file, paragraph));
                }
                i++;
            }
        }
        return grids;
    }

    private static Grid grid(Table table, String file, String name, ReadBudget budget, List<String> caption,
            List<SourceLocation> captionSources) {
        List<Integer> edges = edges(table);
        WordTable grid = new WordTable(file, name, budget, caption, captionSources);
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                if (cell.isMerged() && !cell.isFirstMerged()) {
                    continue; // the old horizontal merge: the first cell of the run holds the text
                }
                int first = column(edges, cell.getLeftEdge());
                int right = cell.getLeftEdge() + cell.getWidth();
                for (int k = c + 1; cell.isFirstMerged() && k < row.numCells() && row.getCell(k).isMerged()
                        && !row.getCell(k).isFirstMerged(); k++) {
                    right = row.getCell(k).getLeftEdge() + row.getCell(k).getWidth();
                }
                int span = Math.max(1, column(edges, right) - first);
                WordTable.VerticalMerge merge = cell.isFirstVerticallyMerged() ? WordTable.VerticalMerge.RESTART
                        : cell.isVerticallyMerged() ? WordTable.VerticalMerge.CONTINUE : WordTable.VerticalMerge.NONE;
                grid.cell(r, first, span, merge, text(cell));
            }
        }
        return grid.build();
    }

    /** The distinct left and right cell edges of the table, in twips, close ones taken as one. */
    private static List<Integer> edges(Table table) {
        TreeSet<Integer> all = new TreeSet<>();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            for (int c = 0; c < row.numCells(); c++) {
                all.add(row.getCell(c).getLeftEdge());
                all.add(row.getCell(c).getLeftEdge() + row.getCell(c).getWidth());
            }
        }
        List<Integer> edges = new ArrayList<>();
        for (int e : all) {
            if (edges.isEmpty() || e - edges.get(edges.size() - 1) > EDGE_TOLERANCE) {
                edges.add(e);
            }
        }
        return edges;
    }

    /** The index of the edge nearest {@code x}: the 0-based column a cell starting there starts in. */
    private static int column(List<Integer> edges, int x) {
        int best = 0;
        for (int i = 1; i < edges.size(); i++) {
            if (Math.abs(edges.get(i) - x) < Math.abs(edges.get(best) - x)) {
                best = i;
            }
        }
        return best;
    }

    /** The cell's paragraphs as lines, Word's cell and paragraph marks and field codes removed. */
    private static String text(TableCell cell) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < cell.numParagraphs(); i++) {
            lines.add(clean(cell.getParagraph(i).text()));
        }
        return String.join("\n", lines).strip();
    }

    private static String clean(String text) {
        return Range.stripFields(text).replace("\u0007", "").replace('\u000b', '\n').replace("\r", "").strip();
    }
}
