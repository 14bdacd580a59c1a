package org.zwgk.catalogue.io.internal.write;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.zwgk.catalogue.io.internal.meta.RowExtras;
import org.zwgk.catalogue.io.internal.table.GapCell;
import org.zwgk.catalogue.io.internal.table.ItemContent;
import org.zwgk.catalogue.model.AdministrativeLevel;
import org.zwgk.catalogue.model.Area;
import org.zwgk.catalogue.model.Audience;
import org.zwgk.catalogue.model.Catalogue;
import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.DisclosureMode;
import org.zwgk.catalogue.model.NotApplicable;
import org.zwgk.catalogue.model.Provenance;

/**
 * The columns of the national layout for one catalogue: 序号, 一级事项, 二级事项, 三级事项 (only when a category
 * has items), 公开内容（要素）, 公开依据, 公开时限, 公开主体, 公开渠道和载体, 全社会, 特定群体, 主动, 依申请, and
 * one column per level used (only when a category has levels), each with its group header (公开事项, 公开对象,
 * 公开方式, 公开层级). Also lists the rows: the categories, then the declared gaps (不涉及).
 */
final class NationalLayout {

    /** A column: its group header ("" for none) and its own label. */
    record Column(String group, String label) {
    }

    /**
     * One row to write.
     *
     * @param seq      its 序号
     * @param area     the area's name ("" for a gap without one)
     * @param category the category; for a gap, a category holding only the name
     * @param gap      the gap, for a 不涉及 row
     * @param extras   what the row carries beyond the layout
     */
    record Row(int seq, String area, Category category, Optional<NotApplicable> gap, RowExtras extras) {
    }

    static final String MATTER = "公开事项";
    static final String AUDIENCE = "公开对象";
    static final String MODE = "公开方式";
    static final String LEVELS = "公开层级";

    private final boolean items;
    private final List<AdministrativeLevel> levels;
    private final List<Row> rows;

    NationalLayout(Catalogue catalogue) {
        this.items = catalogue.categories().stream().anyMatch(c -> !c.items().isEmpty());
        Set<AdministrativeLevel> used = EnumSet.noneOf(AdministrativeLevel.class);
        catalogue.categories().forEach(c -> used.addAll(c.levels()));
        this.levels = List.copyOf(used);
        this.rows = rows(catalogue);
    }

    private static List<Row> rows(Catalogue catalogue) {
        List<Row> out = new ArrayList<>();
        int seq = 1;
        // Gaps without an area come first, so that no area above them is carried into them when read back.
        for (NotApplicable gap : catalogue.notApplicable()) {
            if (gap.area().isEmpty()) {
                out.add(gapRow(seq++, gap));
            }
        }
        for (Area area : catalogue.areas()) {
            for (Category c : area.categories()) {
                out.add(new Row(seq++, area.name(), c, Optional.empty(),
                        new RowExtras(c.code(), area.code(), c.provenance(), List.of())));
            }
        }
        for (NotApplicable gap : catalogue.notApplicable()) {
            if (gap.area().isPresent()) {
                out.add(gapRow(seq++, gap));
            }
        }
        return out;
    }

    private static Row gapRow(int seq, NotApplicable gap) {
        return new Row(seq, gap.area().orElse(""), Category.named(gap.category()).build(), Optional.of(gap),
                new RowExtras(gap.code(), Optional.empty(), Provenance.none(), List.of()));
    }

    /** True when the layout has a 三级事项 column. */
    boolean hasItems() {
        return items;
    }

    /** The level columns, highest level first. */
    List<AdministrativeLevel> levels() {
        return levels;
    }

    /** The rows, in the order written. */
    List<Row> rows() {
        return rows;
    }

    /** True when some row carries something beyond the layout. */
    boolean hasExtras() {
        return rows.stream().anyMatch(r -> !r.extras().isEmpty());
    }

    /** The columns, left to right. */
    List<Column> columns() {
        List<Column> c = new ArrayList<>();
        c.add(new Column("", "序号"));
        c.add(new Column(MATTER, "一级事项"));
        c.add(new Column(MATTER, "二级事项"));
        if (items) {
            c.add(new Column(MATTER, "三级事项"));
        }
        c.add(new Column("", "公开内容（要素）"));
        c.add(new Column("", "公开依据"));
        c.add(new Column("", "公开时限"));
        c.add(new Column("", "公开主体"));
        c.add(new Column("", "公开渠道和载体"));
        c.add(new Column(AUDIENCE, Audience.PUBLIC.label()));
        c.add(new Column(AUDIENCE, Audience.SPECIFIC_GROUP.label()));
        c.add(new Column(MODE, DisclosureMode.PROACTIVE.label()));
        c.add(new Column(MODE, DisclosureMode.ON_REQUEST.label()));
        for (AdministrativeLevel level : levels) {
            c.add(new Column(LEVELS, level.label()));
        }
        return c;
    }

    /** The cells of one line of a row: line {@code i} of its items (line 0 carries everything else). */
    List<String> cells(Row row, String channels, int line) {
        Category c = row.category();
        boolean first = line == 0;
        List<String> cells = new ArrayList<>();
        cells.add(first ? Integer.toString(row.seq()) : "");
        cells.add(first ? row.area() : "");
        cells.add(first ? c.name() : "");
        if (items) {
            cells.add(c.items().isEmpty() ? "" : c.items().get(line).name());
        }
        if (row.gap().isPresent()) {
            cells.add(first ? GapCell.write(row.gap().get().reason()) : "");
        } else if (!contentMerged(row)) {
            cells.add(CellValues.content(c.items().get(line).content()));
        } else {
            cells.add(first ? CellValues.content(c.content()) : "");
        }
        cells.add(first ? CellValues.legalBasis(c.legalBasis()) : "");
        cells.add(first ? c.deadline().map(d -> d.text()).orElse("") : "");
        cells.add(first ? c.owner().orElse("") : "");
        cells.add(first ? channels : "");
        cells.add(mark(first && c.audience().contains(Audience.PUBLIC)));
        cells.add(mark(first && c.audience().contains(Audience.SPECIFIC_GROUP)));
        cells.add(mark(first && c.mode().contains(DisclosureMode.PROACTIVE)));
        cells.add(mark(first && c.mode().contains(DisclosureMode.ON_REQUEST)));
        for (AdministrativeLevel level : levels) {
            cells.add(mark(first && c.levels().contains(level)));
        }
        return cells;
    }

    /** The number of lines a row takes: one per item, at least one. */
    static int lines(Row row) {
        return Math.max(1, row.category().items().size());
    }

    /** True when the content column of a row is one merged cell over all its lines. */
    static boolean contentMerged(Row row) {
        return !ItemContent.perItem(row.category().items().stream().map(i -> !i.content().isEmpty()).toList());
    }

    private static String mark(boolean marked) {
        return marked ? CellValues.MARK : "";
    }
}
