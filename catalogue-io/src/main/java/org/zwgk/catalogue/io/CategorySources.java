package org.zwgk.catalogue.io;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.zwgk.catalogue.model.CategoryField;
import org.zwgk.catalogue.model.SourceLocation;

/**
 * Where one category was read: its row (or JSON object) and each of its fields' cells.
 *
 * @param row    the row's location (the first cell of the row, or the category's JSON pointer)
 * @param fields the location of each field that was read
 */
public record CategorySources(SourceLocation row, Map<CategoryField, SourceLocation> fields) {
    public CategorySources {
        Objects.requireNonNull(row, "row");
        fields = fields.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(fields));
    }

    /** The location of a field, or of the row when the field has none of its own. */
    public SourceLocation of(CategoryField field) {
        return Optional.ofNullable(fields.get(field)).orElse(row);
    }
}
