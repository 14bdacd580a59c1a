package org.zwgk.catalogue.io.internal.table;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.zwgk.catalogue.io.internal.grid.Grid;

/**
 * Finds a catalogue header in a grid by meaning: a row with at least three column labels (序号, 一级事项,
 * 二级事项, 公开内容, 公开依据, 公开时限, 公开主体, 公开渠道和载体, 公开对象, 公开方式, 公开层级 …), optionally
 * followed by a row of sub-labels under merged group headers (一级事项/二级事项 under 公开事项, 全社会/特定群体
 * under 公开对象, 主动/依申请 under 公开方式, levels under 公开层级). A group label followed by blank cells
 * spans them, as when a merged header was saved to CSV.
 */
public final class HeaderFinder {

    /** Rows searched for the first header. */
    private static final int SEARCH_ROWS = 60;
    private static final int MIN_LABELS = 3;

    private HeaderFinder() {
    }

    /** The first header in the grid, if any; it must name the category column (二级事项 or 公开事项). */
    public static Optional<Header> find(Grid grid) {
        int limit = Math.min(grid.rowCount(), SEARCH_ROWS);
        for (int r = 0; r < limit; r++) {
            if (isHeaderRow(grid, r)) {
                Header header = header(grid, r);
                if (header.first(ColumnKind.NAME).isPresent()) {
                    return Optional.of(header);
                }
            }
        }
        return Optional.empty();
    }

    /** True when the row carries at least three distinct heading labels. */
    public static boolean isHeaderRow(Grid grid, int row) {
        return isHeaderRow(grid, row, HeaderLabel::classify);
    }

    /** {@link #isHeaderRow(Grid, int)}, classifying each cell's text with {@code classify}. */
    static boolean isHeaderRow(Grid grid, int row, Function<String, Optional<HeaderLabel>> classify) {
        Set<ColumnKind> kinds = EnumSet.noneOf(ColumnKind.class);
        for (int c = 0; c < grid.columnCount(); c++) {
            classify.apply(grid.text(row, c)).map(HeaderLabel::kind).filter(ColumnKind::isHeading)
                    .ifPresent(kinds::add);
        }
        return kinds.size() >= MIN_LABELS;
    }

    /** The header starting at {@code row}: its labels, and the sub-labels of the next row if it has them. */
    public static Header header(Grid grid, int row) {
        boolean subRow = isSubLabelRow(grid, row);
        List<Header.Column> columns = new ArrayList<>();
        Set<ColumnKind> singular = EnumSet.noneOf(ColumnKind.class);
        ColumnKind group = null;
        for (int c = 0; c < grid.columnCount(); c++) {
            String top = grid.text(row, c);
            Optional<HeaderLabel> topLabel = HeaderLabel.classify(top);
            if (topLabel.isPresent()) {
                group = topLabel.get().kind().isGroup() ? topLabel.get().kind() : null;
            } else if (!top.isBlank()) {
                group = null;
            }
            String sub = subRow && !grid.sameRegion(row, c, row + 1, c) ? grid.text(row + 1, c) : "";
            Optional<HeaderLabel> label = resolve(topLabel, group, sub);
            if (label.isEmpty()) {
                continue;
            }
            ColumnKind kind = label.get().kind();
            if (kind.isMark() || kind.isGroup() || singular.add(kind)) {
                columns.add(new Header.Column(c, label.get()));
            }
        }
        return new Header(row, subRow ? row + 1 : row, columns);
    }

    private static Optional<HeaderLabel> resolve(Optional<HeaderLabel> top, ColumnKind group, String sub) {
        if (!sub.isBlank() && group != null) {
            Optional<HeaderLabel> under = HeaderLabel.underGroup(group, sub);
            if (under.isPresent()) {
                return under;
            }
        }
        if (!sub.isBlank()) {
            Optional<HeaderLabel> alone = HeaderLabel.classify(sub);
            if (alone.isPresent()) {
                return alone;
            }
        }
        return top.map(t -> t.kind().isGroup() ? new HeaderLabel(t.kind().alone(), t.text(), t.audience(), t.mode(),
                t.levels(), t.channel()) : t);
    }

    /**
     * True when the row below a header row holds only sub-labels (and cells merged down from the header): no
     * data, at least one label.
     */
    static boolean isSubLabelRow(Grid grid, int headerRow) {
        int row = headerRow + 1;
        if (row >= grid.rowCount()) {
            return false;
        }
        int labels = 0;
        ColumnKind group = null;
        for (int c = 0; c < grid.columnCount(); c++) {
            Optional<HeaderLabel> top = HeaderLabel.classify(grid.text(headerRow, c));
            if (top.isPresent()) {
                group = top.get().kind().isGroup() ? top.get().kind() : null;
            }
            if (grid.sameRegion(headerRow, c, row, c)) {
                continue;
            }
            String text = grid.text(row, c);
            if (text.isBlank()) {
                continue;
            }
            Optional<HeaderLabel> label = group != null ? HeaderLabel.underGroup(group, text)
                    : HeaderLabel.classify(text);
            if (label.isEmpty()) {
                return false;
            }
            labels++;
        }
        return labels > 0;
    }
}
