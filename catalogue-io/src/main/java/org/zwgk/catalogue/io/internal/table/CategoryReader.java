package org.zwgk.catalogue.io.internal.table;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.zwgk.catalogue.io.CategorySources;
import org.zwgk.catalogue.io.internal.IoMessages;
import org.zwgk.catalogue.io.internal.grid.Grid;
import org.zwgk.catalogue.io.internal.grid.Region;
import org.zwgk.catalogue.io.internal.meta.RowExtras;
import org.zwgk.catalogue.model.AdministrativeLevel;
import org.zwgk.catalogue.model.Audience;
import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.CategoryField;
import org.zwgk.catalogue.model.Channel;
import org.zwgk.catalogue.model.Confidence;
import org.zwgk.catalogue.model.ContentElement;
import org.zwgk.catalogue.model.Deadline;
import org.zwgk.catalogue.model.DisclosureMode;
import org.zwgk.catalogue.model.Item;
import org.zwgk.catalogue.model.LegalReference;
import org.zwgk.catalogue.model.NotApplicable;
import org.zwgk.catalogue.model.Problem;
import org.zwgk.catalogue.model.Provenance;
import org.zwgk.catalogue.model.SourceLocation;
import org.zwgk.catalogue.model.internal.DeadlineParser;

/**
 * Reads one category from its rows: the first row, plus the rows merged into it (a name merged down over
 * 三级事项 rows, or over rows that continue its content). List fields (content, legal basis, channels) gather
 * every distinct cell of the rows; the others come from the first row. An unreadable cell is reported and its
 * field left absent; the rest of the row is still read.
 */
final class CategoryReader {

    /**
     * The cells of this read already split, by their text. A catalogue repeats its 公开内容, 公开依据 and 公开渠道
     * cells row after row, and splitting one runs a dozen regular expressions; the maps go with the read.
     */
    private final Map<String, List<ContentElement>> contentCells = new HashMap<>();
    private final Map<String, List<LegalReference>> legalBasisCells = new HashMap<>();
    private final Map<String, List<Channel>> channelCells = new HashMap<>();
    private final Map<String, Deadline> deadlineCells = new HashMap<>();

    private final Grid grid;
    private final Header header;
    private final List<Problem> problems;
    private final ExtrasReader extras;

    CategoryReader(Grid grid, Header header, List<Problem> problems) {
        this.grid = grid;
        this.header = header;
        this.problems = problems;
        this.extras = new ExtrasReader(grid, header, problems);
    }

    /** The category (or declared gap) of {@code rows}; the area and where it was read are given. */
    ReadRow read(List<Integer> rows, String area, SourceLocation areaAt) {
        int first = rows.get(0);
        Map<CategoryField, SourceLocation> at = new EnumMap<>(CategoryField.class);
        at.put(CategoryField.AREA, areaAt);
        String name = CellText.name(text(first, ColumnKind.NAME).orElse(""));
        at.put(CategoryField.NAME, locate(first, ColumnKind.NAME));
        Category.Builder b = Category.named(name);

        List<ContentElement> content = new ArrayList<>();
        List<Item> items = items(rows, content);
        b.items(items).content(content);
        b.legalBasis(gather(rows, ColumnKind.LEGAL_BASIS, this::legalBasis));
        text(first, ColumnKind.DEADLINE).map(CellText::clean).filter(s -> !s.isEmpty())
                .map(cell -> deadlineCells.computeIfAbsent(cell, DeadlineParser::parse)).ifPresent(b::deadline);
        text(first, ColumnKind.OWNER).map(CellText::owner).filter(s -> !s.isEmpty()).ifPresent(b::owner);
        List<Channel> channels = new ArrayList<>(gather(rows, ColumnKind.CHANNELS, this::channels));
        marks(first, ColumnKind.CHANNEL_MARK, CategoryField.CHANNELS, l -> l.channel().stream().toList())
                .forEach(channels::add);
        b.channels(channels);
        b.audience(audience(first)).mode(mode(first)).levels(levels(first));

        for (CategoryField field : List.of(CategoryField.ITEMS, CategoryField.CONTENT, CategoryField.LEGAL_BASIS,
                CategoryField.DEADLINE, CategoryField.OWNER, CategoryField.CHANNELS, CategoryField.AUDIENCE,
                CategoryField.MODE, CategoryField.LEVELS)) {
            fieldColumn(field).ifPresent(c -> at.put(field, grid.locate(first, c)));
        }
        CategorySources sources = new CategorySources(
                SourceLocation.ofCell(grid.file(), grid.sheet().orElse(null), first + 1, header.firstColumn()), at);
        RowExtras rowExtras = extras.read(first);
        String seq = CellText.clean(text(first, ColumnKind.SEQ).orElse(""));
        Optional<NotApplicable> gap = gap(first, name, area, rowExtras);
        return new ReadRow(area, b.build(), gap, sources, seq, rowExtras);
    }

    private List<ContentElement> contentElements(String cell) {
        return contentCells.computeIfAbsent(cell,
                c -> CellLists.contentElements(c).stream().map(ContentElement::parse).toList());
    }

    private List<LegalReference> legalBasis(String cell) {
        return legalBasisCells.computeIfAbsent(cell,
                c -> CellLists.items(c).stream().flatMap(i -> LegalReference.parseAll(i).stream()).toList());
    }

    private List<Channel> channels(String cell) {
        return channelCells.computeIfAbsent(cell, c -> List.copyOf(ChannelCell.parse(c)));
    }

    /** 三级事项 of the rows; fills {@code content} with the category's content (all rows' content, in order). */
    private List<Item> items(List<Integer> rows, List<ContentElement> content) {
        List<Integer> contentRows = distinctRows(rows, ColumnKind.CONTENT);
        List<Integer> itemRows = distinctRows(rows, ColumnKind.ITEMS);
        boolean perItem = ItemContent.perItem(itemRows.stream()
                .map(r -> contentRows.contains(r) && !CellText.isBlank(text(r, ColumnKind.CONTENT).orElse("")))
                .toList());
        List<Item> items = new ArrayList<>();
        for (int r : rows) {
            List<ContentElement> rowContent = contentRows.contains(r) ? content(r) : List.of();
            content.addAll(rowContent);
            if (itemRows.contains(r)) {
                String itemName = CellText.name(text(r, ColumnKind.ITEMS).orElse(""));
                if (!itemName.isEmpty()) {
                    items.add(new Item(itemName, perItem ? rowContent : List.of()));
                }
            }
        }
        return items;
    }

    /** The content elements of a row's 公开内容 cell; none when it declares a gap. */
    private List<ContentElement> content(int row) {
        return text(row, ColumnKind.CONTENT).filter(cell -> GapCell.read(cell).isEmpty())
                .map(cell -> parsed(row, ColumnKind.CONTENT, cell, this::contentElements))
                .orElse(List.of());
    }

    /** The values of every distinct cell of a column over the rows, in order. */
    private <T> List<T> gather(List<Integer> rows, ColumnKind kind, Function<String, List<T>> parse) {
        List<T> out = new ArrayList<>();
        for (int r : distinctRows(rows, kind)) {
            text(r, kind).ifPresent(cell -> out.addAll(parsed(r, kind, cell, parse)));
        }
        return out;
    }

    /**
     * The values a parser reads from a cell; a cell the model's parsers reject (《》 with no title) is reported
     * and read as empty.
     */
    private <T> List<T> parsed(int row, ColumnKind kind, String cell, Function<String, List<T>> parse) {
        try {
            return parse.apply(cell);
        } catch (IllegalArgumentException rejected) {
            problems.add(IoMessages.problem("io.bad-cell", locate(row, kind),
                    header.first(kind).orElseThrow().label().text(), CellText.clean(cell)));
            return List.of();
        }
    }

    /** The rows whose cell in the column is not merged with an earlier row's cell. */
    private List<Integer> distinctRows(List<Integer> rows, ColumnKind kind) {
        List<Integer> out = new ArrayList<>();
        Optional<Header.Column> column = header.first(kind);
        if (column.isEmpty()) {
            return out;
        }
        List<Region> seen = new ArrayList<>();
        for (int r : rows) {
            Region region = grid.regionAt(r, column.get().index());
            if (!seen.contains(region)) {
                seen.add(region);
                out.add(r);
            }
        }
        return out;
    }

    private Set<Audience> audience(int row) {
        Set<Audience> out = EnumSet.noneOf(Audience.class);
        out.addAll(marks(row, ColumnKind.AUDIENCE_MARK, CategoryField.AUDIENCE, l -> l.audience().stream().toList()));
        text(row, ColumnKind.AUDIENCE_TEXT).ifPresent(cell -> out.addAll(labels(row, ColumnKind.AUDIENCE_TEXT, cell,
                CategoryField.AUDIENCE, s -> Audience.fromLabel(s).stream().toList())));
        return out;
    }

    private Set<DisclosureMode> mode(int row) {
        Set<DisclosureMode> out = EnumSet.noneOf(DisclosureMode.class);
        out.addAll(marks(row, ColumnKind.MODE_MARK, CategoryField.MODE, l -> l.mode().stream().toList()));
        text(row, ColumnKind.MODE_TEXT).ifPresent(cell -> out.addAll(labels(row, ColumnKind.MODE_TEXT, cell,
                CategoryField.MODE, s -> DisclosureMode.fromLabel(s).stream().toList())));
        return out;
    }

    private Set<AdministrativeLevel> levels(int row) {
        Set<AdministrativeLevel> out = EnumSet.noneOf(AdministrativeLevel.class);
        out.addAll(marks(row, ColumnKind.LEVEL_MARK, CategoryField.LEVELS, l -> List.copyOf(l.levels())));
        text(row, ColumnKind.LEVELS_TEXT).ifPresent(cell -> out.addAll(labels(row, ColumnKind.LEVELS_TEXT, cell,
                CategoryField.LEVELS, s -> List.copyOf(HeaderLabel.levels(s)))));
        return out;
    }

    /** The values of the mark columns of a kind that are marked in the row; unreadable marks reported. */
    private <T> List<T> marks(int row, ColumnKind kind, CategoryField field, Function<HeaderLabel, List<T>> value) {
        List<T> out = new ArrayList<>();
        for (Header.Column column : header.all(kind)) {
            Optional<String> cell = text(row, column);
            if (cell.isEmpty()) {
                continue;
            }
            switch (Marks.read(cell.get(), column.label().text())) {
                case YES -> out.addAll(value.apply(column.label()));
                case UNREADABLE -> problems.add(IoMessages.problem("io.bad-cell", grid.locate(row, column.index()),
                        field.label(), cell.get()));
                default -> {
                }
            }
        }
        return out;
    }

    /** The labels of a text cell (全社会、特定群体); a part that is none is reported. */
    private <T> List<T> labels(int row, ColumnKind kind, String cell, CategoryField field,
            Function<String, List<T>> parse) {
        List<T> out = new ArrayList<>();
        for (String part : CellLists.separated(cell)) {
            List<T> values = parse.apply(part);
            if (values.isEmpty() && Marks.read(part, "") != Marks.Mark.NO) {
                problems.add(IoMessages.problem("io.bad-cell", locate(row, kind), field.label(), part));
            }
            out.addAll(values);
        }
        return out;
    }

    private Optional<NotApplicable> gap(int row, String name, String area, RowExtras extras) {
        Optional<String> contentCell = text(row, ColumnKind.CONTENT);
        Optional<String> remarkCell = text(row, ColumnKind.REMARK);
        Optional<Optional<String>> inContent = contentCell.flatMap(GapCell::read);
        Optional<Optional<String>> inRemark = remarkCell.flatMap(GapCell::read);
        if (inContent.isEmpty() && inRemark.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> reason = inContent.flatMap(r -> r).or(() -> inRemark.flatMap(r -> r));
        if (reason.isEmpty() && inContent.isPresent()) {
            // 公开内容 says 不涉及 and 备注 says why.
            reason = remarkCell.map(CellText::clean).filter(s -> !s.isEmpty() && GapCell.read(s).isEmpty());
        }
        return Optional.of(new NotApplicable(name, extras.code(), area.isEmpty() ? Optional.empty()
                : Optional.of(area), reason));
    }

    private Optional<Integer> fieldColumn(CategoryField field) {
        List<ColumnKind> kinds = switch (field) {
            case ITEMS -> List.of(ColumnKind.ITEMS);
            case CONTENT -> List.of(ColumnKind.CONTENT);
            case LEGAL_BASIS -> List.of(ColumnKind.LEGAL_BASIS);
            case DEADLINE -> List.of(ColumnKind.DEADLINE);
            case OWNER -> List.of(ColumnKind.OWNER);
            case CHANNELS -> List.of(ColumnKind.CHANNELS, ColumnKind.CHANNEL_MARK);
            case AUDIENCE -> List.of(ColumnKind.AUDIENCE_TEXT, ColumnKind.AUDIENCE_MARK);
            case MODE -> List.of(ColumnKind.MODE_TEXT, ColumnKind.MODE_MARK);
            case LEVELS -> List.of(ColumnKind.LEVELS_TEXT, ColumnKind.LEVEL_MARK);
            default -> List.of();
        };
        return kinds.stream().flatMap(k -> header.first(k).stream()).map(Header.Column::index).findFirst();
    }

    private SourceLocation locate(int row, ColumnKind kind) {
        return grid.locate(row, header.first(kind).map(Header.Column::index).orElse(header.firstColumn()));
    }

    /** The text of the row's cell in the first column of a kind; empty when there is no such column. */
    private Optional<String> text(int row, ColumnKind kind) {
        return header.first(kind).flatMap(c -> text(row, c));
    }

    /** The text of a cell; an unreadable cell is reported once per row and column, and reads as absent. */
    private Optional<String> text(int row, Header.Column column) {
        Optional<String> error = grid.error(row, column.index());
        if (error.isPresent()) {
            Problem p = IoMessages.problem("io.bad-cell", grid.locate(row, column.index()), column.label().text(),
                    error.get());
            if (!problems.contains(p)) {
                problems.add(p);
            }
            return Optional.empty();
        }
        return Optional.of(grid.text(row, column.index()));
    }
}
