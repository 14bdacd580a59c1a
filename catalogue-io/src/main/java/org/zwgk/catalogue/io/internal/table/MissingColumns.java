package org.zwgk.catalogue.io.internal.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.zwgk.catalogue.io.internal.IoMessages;
import org.zwgk.catalogue.io.internal.grid.Grid;
import org.zwgk.catalogue.model.CategoryField;
import org.zwgk.catalogue.model.Problem;

/**
 * The fields the standard requires of every category (公开内容, 公开时限, 公开渠道和载体, 公开对象, 公开方式) whose
 * column no table of the file has: each is reported once ({@code io.column.missing}), at the first table's
 * header, so that a check's findings on the field have a cause to point to.
 */
public final class MissingColumns {

    private static final Map<CategoryField, List<ColumnKind>> REQUIRED = Map.of(
            CategoryField.CONTENT, List.of(ColumnKind.CONTENT),
            CategoryField.DEADLINE, List.of(ColumnKind.DEADLINE),
            CategoryField.CHANNELS, List.of(ColumnKind.CHANNELS, ColumnKind.CHANNEL_MARK),
            CategoryField.AUDIENCE, List.of(ColumnKind.AUDIENCE_TEXT, ColumnKind.AUDIENCE_MARK),
            CategoryField.MODE, List.of(ColumnKind.MODE_TEXT, ColumnKind.MODE_MARK));

    private static final List<CategoryField> ORDER = List.of(CategoryField.CONTENT, CategoryField.DEADLINE,
            CategoryField.CHANNELS, CategoryField.AUDIENCE, CategoryField.MODE);

    private MissingColumns() {
    }

    /** The problems for the grids read and their headers, in the same order. */
    public static List<Problem> of(List<Grid> grids, List<Header> headers) {
        List<Problem> out = new ArrayList<>();
        if (grids.isEmpty()) {
            return out;
        }
        for (CategoryField field : ORDER) {
            boolean present = headers.stream().anyMatch(h -> REQUIRED.get(field).stream()
                    .anyMatch(k -> h.first(k).isPresent()));
            if (!present) {
                Header first = headers.get(0);
                out.add(IoMessages.problem("io.column.missing", grids.get(0).locate(first.firstRow(),
                        first.firstColumn()), field.label()));
            }
        }
        return out;
    }
}
