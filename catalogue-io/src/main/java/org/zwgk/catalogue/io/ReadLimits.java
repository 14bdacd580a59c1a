package org.zwgk.catalogue.io;

import org.zwgk.catalogue.model.json.JsonLimits;

/**
 * Bounds on what {@link CatalogueReader} reads, so that a hostile or broken file ends in one located problem
 * ({@code io.limit.*}) instead of exhausting memory or time. A real catalogue is a few hundred rows of a few dozen
 * columns; the defaults are far above that and far below what hurts. Every bound is checked while reading,
 * before the oversized part is held in memory. Immutable; change one bound with its {@code with…} method:
 * {@code ReadLimits.defaults().withMaxRows(50_000)}.
 *
 * @param maxFileBytes       largest file, and largest uncompressed part of an .xlsx ({@code io.limit.file-size})
 * @param maxRows            rows per sheet or table ({@code io.limit.rows})
 * @param maxColumns         columns per sheet or table ({@code io.limit.columns})
 * @param maxCells           cells with a value in the whole file ({@code io.limit.cells})
 * @param maxCellLength      characters in one cell, and in one JSON string ({@code io.limit.cell-length},
 *                           {@code io.limit.json-string})
 * @param maxJsonDepth       nesting of JSON arrays and objects ({@code io.limit.json-depth})
 * @param maxZipEntries      entries in an .xlsx package ({@code io.limit.zip-entries})
 * @param maxInflateRatio    how many times its compressed size an .xlsx part may inflate to
 *                           ({@code io.limit.inflate-ratio}): the zip-bomb guard
 */
public record ReadLimits(long maxFileBytes, int maxRows, int maxColumns, long maxCells, int maxCellLength,
        int maxJsonDepth, int maxZipEntries, int maxInflateRatio) {

    private static final ReadLimits DEFAULTS = new ReadLimits(100L * 1024 * 1024, 10_000, 256, 200_000, 32_767, 64,
            1_000, 100);

    public ReadLimits {
        if (maxFileBytes < 1 || maxRows < 1 || maxColumns < 1 || maxCells < 1 || maxCellLength < 1
                || maxJsonDepth < 1 || maxZipEntries < 1 || maxInflateRatio < 1) {
            throw new IllegalArgumentException("every read limit must be positive: " + maxFileBytes + ", " + maxRows
                    + ", " + maxColumns + ", " + maxCells + ", " + maxCellLength + ", " + maxJsonDepth + ", "
                    + maxZipEntries + ", " + maxInflateRatio);
        }
    }

    /**
     * 100 MiB per file (and per uncompressed .xlsx part), 10,000 rows, 256 columns, 200,000 cells, 32,767
     * characters per cell and per JSON string (Excel's own cell limit), JSON nesting 64, 1,000 zip entries, and
     * no part inflating more than 100 times its compressed size.
     */
    public static ReadLimits defaults() {
        return DEFAULTS;
    }

    /** The same limits with another largest file size in bytes. */
    public ReadLimits withMaxFileBytes(long bytes) {
        return new ReadLimits(bytes, maxRows, maxColumns, maxCells, maxCellLength, maxJsonDepth, maxZipEntries,
                maxInflateRatio);
    }

    /** The same limits with another row count per sheet. */
    public ReadLimits withMaxRows(int rows) {
        return new ReadLimits(maxFileBytes, rows, maxColumns, maxCells, maxCellLength, maxJsonDepth, maxZipEntries,
                maxInflateRatio);
    }

    /** The same limits with another column count per sheet. */
    public ReadLimits withMaxColumns(int columns) {
        return new ReadLimits(maxFileBytes, maxRows, columns, maxCells, maxCellLength, maxJsonDepth, maxZipEntries,
                maxInflateRatio);
    }

    /** The same limits with another cell count per file. */
    public ReadLimits withMaxCells(long cells) {
        return new ReadLimits(maxFileBytes, maxRows, maxColumns, cells, maxCellLength, maxJsonDepth, maxZipEntries,
                maxInflateRatio);
    }

    /** The same limits with another cell (and JSON string) length. */
    public ReadLimits withMaxCellLength(int characters) {
        return new ReadLimits(maxFileBytes, maxRows, maxColumns, maxCells, characters, maxJsonDepth, maxZipEntries,
                maxInflateRatio);
    }

    /** The same limits with another JSON nesting depth. */
    public ReadLimits withMaxJsonDepth(int depth) {
        return new ReadLimits(maxFileBytes, maxRows, maxColumns, maxCells, maxCellLength, depth, maxZipEntries,
                maxInflateRatio);
    }

    /** The same limits with another number of zip entries. */
    public ReadLimits withMaxZipEntries(int entries) {
        return new ReadLimits(maxFileBytes, maxRows, maxColumns, maxCells, maxCellLength, maxJsonDepth, entries,
                maxInflateRatio);
    }

    /** The same limits with another inflate ratio (100 refuses a part larger than 100 times its compressed size). */
    public ReadLimits withMaxInflateRatio(int ratio) {
        return new ReadLimits(maxFileBytes, maxRows, maxColumns, maxCells, maxCellLength, maxJsonDepth, maxZipEntries,
                ratio);
    }

    /** The JSON part of these limits. */
    public JsonLimits json() {
        return new JsonLimits(maxJsonDepth, maxCellLength);
    }
}
