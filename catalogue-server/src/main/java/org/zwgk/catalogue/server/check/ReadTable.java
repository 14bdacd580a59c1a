package org.zwgk.catalogue.server.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.zwgk.catalogue.io.CategorySources;
import org.zwgk.catalogue.model.Area;
import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.CategoryField;
import org.zwgk.catalogue.model.ContentElement;
import org.zwgk.catalogue.model.Item;
import org.zwgk.catalogue.model.LegalReference;
import org.zwgk.catalogue.model.SourceLocation;
import org.zwgk.catalogue.rules.CheckInput;

/**
 * "What was read": the catalogue as the reader understood it, one row per category and one cell per field, each
 * value with the cell (or JSON pointer) it came from, so that an officer sees a misreading at once.
 */
final class ReadTable {

    /** The fields shown, in the standard table's order. */
    static final List<CategoryField> FIELDS = List.of(CategoryField.AREA, CategoryField.NAME, CategoryField.ITEMS,
            CategoryField.CONTENT, CategoryField.LEGAL_BASIS, CategoryField.DEADLINE, CategoryField.OWNER,
            CategoryField.CHANNELS, CategoryField.AUDIENCE, CategoryField.MODE, CategoryField.LEVELS);

    /**
     * One value as read.
     *
     * @param text  the value, as the catalogue states it ("" when it states nothing)
     * @param where its cell, e.g. {@code 目录!C5}, or JSON pointer; "" when not read from a file
     */
    record Cell(String text, String where) {
    }

    /**
     * One category as read.
     *
     * @param where the row's location
     * @param cells one per {@link #FIELDS}
     */
    record Row(String where, List<Cell> cells) {
    }

    private ReadTable() {
    }

    /** The rows of {@code input}, in catalogue order. */
    static List<Row> rows(CheckInput input) {
        List<Row> rows = new ArrayList<>();
        int i = 0;
        for (Area area : input.catalogue().areas()) {
            for (Category c : area.categories()) {
                Optional<CategorySources> at = i < input.sources().size() ? Optional.of(input.sources().get(i))
                        : Optional.empty();
                i++;
                List<Cell> cells = new ArrayList<>();
                for (CategoryField f : FIELDS) {
                    cells.add(new Cell(text(area, c, f), at.map(s -> place(s.of(f))).orElse("")));
                }
                rows.add(new Row(at.map(s -> place(s.row())).orElse(""), cells));
            }
        }
        return rows;
    }

    private static String place(SourceLocation at) {
        StringBuilder sb = new StringBuilder();
        at.sheet().ifPresent(s -> sb.append(s).append('!'));
        if (at.row().isPresent()) {
            sb.append(at.column().orElse("")).append(at.row().getAsInt());
        }
        at.pointer().ifPresent(p -> sb.append(sb.length() > 0 ? " " : "").append(p));
        return sb.toString();
    }

    private static String text(Area area, Category c, CategoryField f) {
        return switch (f) {
            case AREA -> area.name();
            case NAME -> c.name();
            case ITEMS -> join(c.items(), Item::name);
            case CONTENT -> join(c.content(), ContentElement::printed);
            case LEGAL_BASIS -> join(c.legalBasis(), LegalReference::printed);
            case DEADLINE -> c.deadline().map(d -> d.text()).orElse("");
            case OWNER -> c.owner().orElse("");
            case CHANNELS -> join(c.channels(), ch -> ch.label());
            case AUDIENCE -> join(List.copyOf(c.audience()), a -> a.label());
            case MODE -> join(List.copyOf(c.mode()), m -> m.label());
            case LEVELS -> join(List.copyOf(c.levels()), l -> l.label());
        };
    }

    private static <T> String join(List<T> values, Function<T, String> text) {
        return values.stream().map(text).collect(Collectors.joining("；"));
    }
}
