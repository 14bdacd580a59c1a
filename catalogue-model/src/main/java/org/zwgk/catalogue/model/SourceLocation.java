package org.zwgk.catalogue.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;

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
        return atCell(file, Optional.ofNullable(sheet), row, columnIndex);
    }

    /** As {@link #ofCell(String, String, int, int)}, with the sheet already an Optional (empty for CSV). */
    public static SourceLocation atCell(String file, Optional<String> sheet, int row, int columnIndex) {
        return new SourceLocation(file, sheet, OptionalInt.of(row), column(columnIndex), Optional.empty());
    }

    /**
     * The column letters of the first columns, made once: a catalogue of 100,000 rows holds a location for every
     * field of every row, and a fresh string and Optional for each was a quarter of what such a read kept alive.
     */
    private static final List<Optional<String>> COLUMNS = IntStream.range(0, 256)
            .mapToObj(i -> Optional.of(columnLetters(i))).toList();

    private static Optional<String> column(int index) {
        return index >= 0 && index < COLUMNS.size() ? COLUMNS.get(index) : Optional.of(columnLetters(index));
    }

    /** A JSON value. */
    public static SourceLocation ofPointer(String file, String pointer) {
        return new SourceLocation(file, Optional.empty(), OptionalInt.empty(), Optional.empty(), Optional.of(pointer));
    }

    /** The same place with another column (0-based index). */
    public SourceLocation withColumn(int columnIndex) {
        return new SourceLocation(file, sheet, row, column(columnIndex), pointer);
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
