package org.zwgk.catalogue.rules;

import java.util.Objects;
import java.util.Optional;

import org.zwgk.catalogue.model.CategoryField;
import org.zwgk.catalogue.model.SourceLocation;

/**
 * Where a finding is: in the catalogue's terms (area, category, field) and, where the input was read from a
 * file, in the file's terms (sheet, row, column or JSON pointer).
 *
 * @param area     the area (一级事项) of the category
 * @param category the child's category name, or the parent's for a category the child lacks
 * @param code     the category's code, where it has one
 * @param field    the field the finding is about; empty for a whole category
 * @param source   the cell or JSON pointer in the input, where the finding points into the child's file
 */
public record FindingLocation(Optional<String> area, Optional<String> category, Optional<String> code,
        Optional<CategoryField> field, Optional<SourceLocation> source) {

    public FindingLocation {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(source, "source");
    }

    /** A location that names nothing in particular: the catalogue as a whole. */
    public static FindingLocation catalogue() {
        return new FindingLocation(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }
}
