package org.zwgk.catalogue.io.internal.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.zwgk.catalogue.io.internal.IoMessages;
import org.zwgk.catalogue.io.internal.grid.Grid;
import org.zwgk.catalogue.io.internal.grid.Region;
import org.zwgk.catalogue.io.internal.meta.CatalogueMetadata;
import org.zwgk.catalogue.io.internal.meta.KeyValue;
import org.zwgk.catalogue.model.Problem;
import org.zwgk.catalogue.model.SourceLocation;

/**
 * Interprets a grid under its header, row by row: 一级事项 merged down over its categories or left blank under
 * its first row; the header repeated before rows (the page-per-row layout of the national annex) skipped;
 * rows merged under one 二级事项 (三级事项, continued content) read as one category; a heading row (一、行政许可)
 * opening an area when the table has no 一级事项 column; title and notes rows skipped. A bad row is reported
 * and the others are still read.
 */
public final class TableReader {

    /** Notes, page marks and titles: 注：…, 填表说明, 第 1 页 共 3 页, …标准目录（试行）. */
    private static final Pattern NOTE = Pattern.compile("^(?:注|说明|备注|附|填表|制表)[:：\\s].*|^(?:注|附)\\d*[:：].*"
            + "|^(?:第|共)\\s*\\d+\\s*页.*|.*(?:目录|指引)(?:\\s*[(（][^)）]*[)）])?$", Pattern.DOTALL);
    /** Rows under the table that sign it off: 备注：…, 填表人：…, 审核人：…, 联系电话：… */
    private static final Pattern FOOTNOTE = Pattern.compile("^(?:备注|说明|注|填表人|填报人|审核人|审核|联系人|联系电话|电话"
            + "|制表人|负责人|签发人|填报单位|填报日期|制表日期)\\s*[:：].*", Pattern.DOTALL);
    private static final Pattern ORDINAL = Pattern.compile(
            "^(?:[一二三四五六七八九十]+\\s*[、.．]|[(（][一二三四五六七八九十\\d]+[)）]|\\d+\\s*[、.．])\\s*");

    private final Grid grid;
    private final Header header;
    private final List<Problem> problems = new ArrayList<>();
    private final CategoryReader categories;
    private final List<ReadRow> rows = new ArrayList<>();
    /**
     * The heading label of each cell text this read has met. Every row is asked whether it repeats the header, and
     * a column repeats its texts (the same ■/□ list, owner and deadline) row after row; the map goes with the read.
     */
    private final Map<String, Optional<HeaderLabel>> labels = new HashMap<>();
    private String area = "";
    private SourceLocation areaAt;
    private List<Integer> pending;
    private String pendingArea;
    private SourceLocation pendingAreaAt;

    private TableReader(Grid grid, Header header, String area) {
        this.grid = grid;
        this.header = header;
        this.categories = new CategoryReader(grid, header, problems);
        this.area = area;
        this.areaAt = grid.locate(header.lastRow() + 1, header.first(ColumnKind.AREA)
                .map(Header.Column::index).orElse(header.firstColumn()));
    }

    private Optional<HeaderLabel> label(String text) {
        return labels.computeIfAbsent(text, HeaderLabel::classify);
    }

    /** Reads the table under {@code header}. */
    public static TableContent read(Grid grid, Header header) {
        return read(grid, header, false);
    }

    /**
     * Reads the table under {@code header}. Rows that state no 一级事项 take it from the title's suffix
     * (…标准目录（行政许可）) or, with {@code areaFromSheet} (one sheet per area), from the sheet's name.
     */
    public static TableContent read(Grid grid, Header header, boolean areaFromSheet) {
        Grid joined = PageBreaks.join(grid, header);
        TableReader reader = new TableReader(joined, header, AreaHint.of(joined, header, areaFromSheet));
        HeaderColumns.report(joined, header, reader.problems);
        return reader.read();
    }

    /**
     * Reads a table that continues another whose header it does not repeat (a Word table split by a page
     * break): under that header's columns, from the area the other's last row was in.
     */
    public static TableContent continued(Grid grid, Header header, String area) {
        Header none = new Header(-1, -1, header.columns());
        return new TableReader(PageBreaks.join(grid, none), none, area).read();
    }

    private TableContent read() {
        int nameColumn = header.first(ColumnKind.NAME).orElseThrow().index();
        for (int r = header.lastRow() + 1; r < grid.rowCount(); r++) {
            if (!hasOwnText(r)) {
                continue;
            }
            if (isFootnote(r)) {
                flush();
                continue;
            }
            if (HeaderFinder.isHeaderRow(grid, r, this::label)) {
                flush();
                if (HeaderFinder.isSubLabelRow(grid, r)) {
                    r++;
                }
                continue;
            }
            Optional<Region> heading = heading(r, nameColumn);
            if (heading.isPresent()) {
                flush();
                openHeading(heading.get());
                continue;
            }
            updateArea(r);
            if (pending != null && continues(r, nameColumn)) {
                pending.add(r);
                continue;
            }
            flush();
            Optional<String> error = grid.error(r, nameColumn);
            if (error.isPresent() || CellText.isBlank(grid.text(r, nameColumn))) {
                problems.add(error.isPresent()
                        ? IoMessages.problem("io.bad-cell", grid.locate(r, nameColumn), "二级事项", error.get())
                        : IoMessages.problem("io.missing-name", grid.locate(r, nameColumn)));
                continue;
            }
            pending = new ArrayList<>(List.of(r));
            pendingArea = area;
            pendingAreaAt = areaAt;
        }
        flush();
        Optional<Title> title = title(grid, header);
        return new TableContent(rows, problems, title.map(Title::text), title.flatMap(Title::source), metadata());
    }

    private void flush() {
        if (pending != null) {
            rows.add(categories.read(pending, pendingArea, pendingAreaAt));
            pending = null;
        }
    }

    private void updateArea(int r) {
        header.first(ColumnKind.AREA).ifPresent(c -> {
            String text = CellText.name(grid.text(r, c.index()));
            if (!text.isEmpty()) {
                area = text;
                areaAt = grid.locate(r, c.index());
            }
        });
    }

    /** True when the row continues the pending category: its name cell is merged with it, or left blank. */
    private boolean continues(int r, int nameColumn) {
        int first = pending.get(0);
        if (grid.sameRegion(first, nameColumn, r, nameColumn)) {
            return true;
        }
        Optional<Header.Column> items = header.first(ColumnKind.ITEMS);
        if (items.isEmpty() || CellText.isBlank(grid.text(r, items.get().index()))) {
            return false;
        }
        String name = CellText.name(grid.text(r, nameColumn));
        return name.isEmpty() || name.equals(CellText.name(grid.text(first, nameColumn)));
    }

    /** True when some text of the row is its own, not merged down from a row above. */
    private boolean hasOwnText(int r) {
        for (int c = 0; c < grid.columnCount(); c++) {
            if (grid.regionAt(r, c).firstRow() == r
                    && (!CellText.isBlank(grid.text(r, c)) || grid.error(r, c).isPresent())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The region of a row that holds a single text and is not a category: a region across several columns (a
     * title, a note, an area heading), or a lone cell holding a note, or standing in the 一级事项 column or left
     * of the name.
     */
    private Optional<Region> heading(int r, int nameColumn) {
        Set<Region> filled = filledRegions(r);
        if (filled.size() != 1) {
            return Optional.empty();
        }
        Region only = filled.iterator().next();
        if (only.lastColumn() > only.firstColumn()) {
            return Optional.of(only);
        }
        // A single cell: a note, or a heading in the 一级事项 column or left of the name.
        boolean heading = only.firstColumn() < nameColumn
                || header.first(ColumnKind.AREA).filter(a -> a.index() == only.firstColumn()).isPresent()
                || NOTE.matcher(CellText.clean(grid.text(only.firstRow(), only.firstColumn()))).matches();
        return heading ? Optional.of(only) : Optional.empty();
    }

    /** A heading row: opens an area when it is the 一级事项 cell or the table has no 一级事项 column. */
    private void openHeading(Region region) {
        String text = CellText.clean(grid.text(region.firstRow(), region.firstColumn()));
        Optional<Header.Column> areaColumn = header.first(ColumnKind.AREA);
        if (NOTE.matcher(text).matches()) {
            return;
        }
        if (areaColumn.isEmpty()) {
            area = CellText.name(ORDINAL.matcher(text).replaceFirst(""));
        } else if (region.firstColumn() <= areaColumn.get().index()
                && areaColumn.get().index() <= region.lastColumn()) {
            area = CellText.name(text);
        } else {
            return;
        }
        areaAt = grid.locate(region.firstRow(), region.firstColumn());
    }

    /** A table's title and where it was read: its cell, or its paragraph of a Word document. */
    record Title(String text, Optional<SourceLocation> source) {
    }

    /**
     * The title of a table: the first row above its header that holds a single text, or else the first line
     * printed above the table (a Word document's or a PDF page's) that is no filler (附件1, 填报单位：…).
     */
    static Optional<Title> title(Grid grid, Header header) {
        for (int r = 0; r < header.firstRow(); r++) {
            Set<Region> filled = filledRegions(grid, r);
            if (filled.size() == 1) {
                Region only = filled.iterator().next();
                return Optional.of(new Title(CellText.clean(grid.text(only.firstRow(), only.firstColumn())),
                        Optional.of(grid.locate(only.firstRow(), only.firstColumn()))));
            }
        }
        List<String> caption = grid.caption();
        for (int i = 0; i < caption.size(); i++) {
            String line = CellText.clean(caption.get(i));
            if (!line.isEmpty() && !FOOTNOTE.matcher(line).matches() && !line.matches("^附件\\s*\\d*[:：]?$")
                    && !line.contains("填报单位") && !line.contains("填报日期")) {
                return Optional.of(new Title(line, grid.captionSource(i)));
            }
        }
        return Optional.empty();
    }

    /** True when the row's first text signs the table off (备注：…, 填表人：…) rather than states a category. */
    private boolean isFootnote(int r) {
        for (int c = 0; c < grid.columnCount(); c++) {
            if (grid.regionAt(r, c).firstRow() == r && !CellText.isBlank(grid.text(r, c))) {
                return FOOTNOTE.matcher(CellText.clean(grid.text(r, c))).matches();
            }
        }
        return false;
    }

    private Set<Region> filledRegions(int r) {
        return filledRegions(grid, r);
    }

    /** The cells (merged regions counted once) of a row that show text. */
    private static Set<Region> filledRegions(Grid grid, int r) {
        Set<Region> filled = new LinkedHashSet<>();
        for (int c = 0; c < grid.columnCount(); c++) {
            if (!CellText.isBlank(grid.text(r, c))) {
                filled.add(grid.regionAt(r, c));
            }
        }
        return filled;
    }

    private List<KeyValue> metadata() {
        List<KeyValue> lines = new ArrayList<>();
        for (int r = 0; r < header.firstRow(); r++) {
            lines.addAll(keyValue(grid, r).stream().toList());
        }
        return lines;
    }

    /** The row as a 目录信息 line: a known key in its first filled cell and the value in the next one. */
    public static Optional<KeyValue> keyValue(Grid grid, int r) {
        for (int c = 0; c + 1 < grid.columnCount(); c++) {
            String key = grid.text(r, c);
            if (CellText.isBlank(key)) {
                continue;
            }
            if (!CatalogueMetadata.isKey(key)) {
                return Optional.empty();
            }
            int valueColumn = grid.regionAt(r, c).lastColumn() + 1;
            return Optional.of(new KeyValue(CellText.clean(key), grid.text(r, valueColumn),
                    grid.locate(r, valueColumn)));
        }
        return Optional.empty();
    }
}
