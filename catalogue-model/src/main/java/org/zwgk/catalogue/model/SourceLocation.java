package org.zwgk.catalogue.model;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where a value was read: the file and either a spreadsheet cell (sheet, 1-based row, letter column, as Excel
 * shows them; CSV uses row and column too) or a JSON pointer.
 *
 * @param file    the file name as the user gave it
 * @param sheet   the worksheet's name
 * @param row     the 1-based row (line of a CSV)
 * @param column  the column letter(s), e.g. C or AA
 * @param pointer a JSON pointer such as /categories/3/deadline
 */
public record SourceLocation(String file, Optional<String> sheet, OptionalInt row, Optional<String> column,
        Optional<String> pointer) {

    public SourceLocation {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(pointer, "pointer");
    }

    /** A whole file. */
    public static SourceLocation ofFile(String file) {
        return new SourceLocation(file, Optional.empty(), OptionalInt.empty(), Optional.empty(), Optional.empty());
    }

    /** A spreadsheet cell; {@code sheet} may be null for CSV. {@code columnIndex} is 0-based. */
    public static SourceLocation ofCell(String file, String sheet, int row, int columnIndex) {
        return new SourceLocation(file, Optional.ofNullable(sheet), OptionalInt.of(row),
                Optional.of(columnLetters(columnIndex)), Optional.empty());
    }

    /** A JSON value. */
    public static SourceLocation ofPointer(String file, String pointer) {
        return new SourceLocation(file, Optional.empty(), OptionalInt.empty(), Optional.empty(), Optional.of(pointer));
    }

    /** The same place with another column (0-based index). */
    public SourceLocation withColumn(int columnIndex) {
        return new SourceLocation(file, sheet, row, Optional.of(columnLetters(columnIndex)), pointer);
    }

    /** The same place with a JSON pointer. */
    public SourceLocation withPointer(String newPointer) {
        return new SourceLocation(file, sheet, row, column, Optional.of(newPointer));
    }

    /** Excel's letters for a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
    public static String columnLetters(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("negative column " + index);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            sb.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return sb.toString();
    }

    /** A short human form: {@code file.xlsx!Sheet1!C12}, {@code file.csv!C12}, {@code file.json#/categories/0}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        sheet.ifPresent(s -> sb.append('!').append(s));
        if (row.isPresent()) {
            sb.append('!').append(column.orElse("")).append(row.getAsInt());
        }
        pointer.ifPresent(p -> sb.append('#').append(p));
        return sb.toString();
    }
}
