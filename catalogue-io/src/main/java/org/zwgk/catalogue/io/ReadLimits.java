package org.zwgk.catalogue.io;

import org.zwgk.catalogue.model.json.JsonLimits;

/**
 * Bounds on what {@link CatalogueReader} reads, so that a hostile or broken file ends in one located problem
 * ({@code io.limit.*}) instead of exhausting memory or time. A real catalogue is a few hundred rows of a few dozen
 * columns; the defaults are far above that and far below what hurts. Every bound is checked while reading,
 * before the oversized part is held in memory. Immutable; change one bound with its {@code with…} method:
 * {@code ReadLimits.defaults().withMaxRows(50_000)}.
 *
 * <p>The same limits bound every format: a Word document's tables and a PDF's pages are read into the same grids
 * as sheets, so rows, columns, cells and cell length apply to them; a .docx is a zip package like an .xlsx, so
 * the zip-entry and inflate-ratio limits apply to it; pages and tables bound documents.
 *
 * @param maxFileBytes       largest file, and largest uncompressed part of an .xlsx or .docx
 *                           ({@code io.limit.file-size})
 * @param maxRows            rows per sheet or table ({@code io.limit.rows})
 * @param maxColumns         columns per sheet or table ({@code io.limit.columns})
 * @param maxCells           cells with a value in the whole file ({@code io.limit.cells})
 * @param maxCellLength      characters in one cell, and in one JSON string ({@code io.limit.cell-length},
 *                           {@code io.limit.json-string})
 * @param maxJsonDepth       nesting of JSON arrays and objects ({@code io.limit.json-depth})
 * @param maxZipEntries      entries in an .xlsx or .docx package ({@code io.limit.zip-entries})
 * @param maxInflateRatio    how many times its compressed size an .xlsx or .docx part may inflate to
 *                           ({@code io.limit.inflate-ratio}): the zip-bomb guard
 * @param maxPages           pages of a PDF ({@code io.limit.pages})
 * @param maxTables          tables of a Word document or a PDF ({@code io.limit.tables})
 */
public record ReadLimits(long maxFileBytes, int maxRows, int maxColumns, long maxCells, int maxCellLength,
        int maxJsonDepth, int maxZipEntries, int maxInflateRatio, int maxPages, int maxTables) {

    /** Default pages of a PDF: a catalogue of 10,000 rows printed a dozen rows a page fits. */
    private static final int DEFAULT_PAGES = 1_000;
    /** Default tables of a document: one per area, or per page, with room to spare. */
    private static final int DEFAULT_TABLES = 1_000;

    private static final ReadLimits DEFAULTS = new ReadLimits(100L * 1024 * 1024, 10_000, 256, 200_000, 32_767, 64,
            1_000, 100, DEFAULT_PAGES, DEFAULT_TABLES);

    public ReadLimits {
        if (maxFileBytes < 1 || maxRows < 1 || maxColumns < 1 || maxCells < 1 || maxCellLength < 1
                || maxJsonDepth < 1 || maxZipEntries < 1 || maxInflateRatio < 1 || maxPages < 1 || maxTables < 1) {
            throw new IllegalArgumentException("every read limit must be positive: " + maxFileBytes + ", " + maxRows
                    + ", " + maxColumns + ", " + maxCells + ", " + maxCellLength + ", " + maxJsonDepth + ", "
                    + maxZipEntries + ", " + maxInflateRatio + ", " + maxPages + ", " + maxTables);
        }
    }

    /** The limits of the first releases, which had no page and table limits: those take their defaults. */
    public ReadLimits(long maxFileBytes, int maxRows, int maxColumns, long maxCells, int maxCellLength,
            int maxJsonDepth, int maxZipEntries, int maxInflateRatio) {
        this(maxFileBytes, maxRows, maxColumns, maxCells, maxCellLength, maxJsonDepth, maxZipEntries,
                maxInflateRatio, DEFAULT_PAGES, DEFAULT_TABLES);
    }

    /**
     * 100 MiB per file (and per uncompressed .xlsx or .docx part), 10,000 rows, 256 columns, 200,000 cells, 32,767
     * characters per cell and per JSON string (Excel's own cell limit), JSON nesting 64, 1,000 zip entries, no part
     * inflating more than 100 times its compressed size, 1,000 PDF pages and 1,000 tables per document.
     */
    public static ReadLimits defaults() {
        return DEFAULTS;
    }

    /** The same limits with another largest file size in bytes. */
    public ReadLimits withMaxFileBytes(long bytes) {
        return new ReadLimits(bytes, maxRows, maxColumns, maxCells, maxCellLength, maxJsonDepth, maxZipEntries,
                maxInflateRatio, maxPages, maxTables);
    }

    /** The same limits with another row count per sheet. */
    public ReadLimits withMaxRows(int rows) {
        return new ReadLimits(maxFileBytes, rows, maxColumns, maxCells, maxCellLength, maxJsonDepth, maxZipEntries,
                maxInflateRatio, maxPages, maxTables);
    }

    /** The same limits with another column count per sheet. */
    public ReadLimits withMaxColumns(int columns) {
        return new ReadLimits(maxFileBytes, maxRows, columns, maxCells, maxCellLength, maxJsonDepth, maxZipEntries,
                maxInflateRatio, maxPages, maxTables);
    }

    /** The same limits with another cell count per file. */
    public ReadLimits withMaxCells(long cells) {
        return new ReadLimits(maxFileBytes, maxRows, maxColumns, cells, maxCellLength, maxJsonDepth, maxZipEntries,
                maxInflateRatio, maxPages, maxTables);
    }

    /** The same limits with another cell (and JSON string) length. */
    public ReadLimits withMaxCellLength(int characters) {
        return new ReadLimits(maxFileBytes, maxRows, maxColumns, maxCells, characters, maxJsonDepth, maxZipEntries,
                maxInflateRatio, maxPages, maxTables);
    }

    /** The same limits with another JSON nesting depth. */
    public ReadLimits withMaxJsonDepth(int depth) {
        return new ReadLimits(maxFileBytes, maxRows, maxColumns, maxCells, maxCellLength, depth, maxZipEntries,
                maxInflateRatio, maxPages, maxTables);
    }

    /** The same limits with another number of zip entries. */
    public ReadLimits withMaxZipEntries(int entries) {
        return new ReadLimits(maxFileBytes, maxRows, maxColumns, maxCells, maxCellLength, maxJsonDepth, entries,
                maxInflateRatio, maxPages, maxTables);
    }

    /** The same limits with another inflate ratio (100 refuses a part larger than 100 times its compressed size). */
    public ReadLimits withMaxInflateRatio(int ratio) {
        return new ReadLimits(maxFileBytes, maxRows, maxColumns, maxCells, maxCellLength, maxJsonDepth, maxZipEntries,
                ratio, maxPages, maxTables);
    }

    /** The same limits with another page count per PDF. */
    public ReadLimits withMaxPages(int pages) {
        return new ReadLimits(maxFileBytes, maxRows, maxColumns, maxCells, maxCellLength, maxJsonDepth, maxZipEntries,
                maxInflateRatio, pages, maxTables);
    }

    /** The same limits with another table count per document. */
    public ReadLimits withMaxTables(int tables) {
        return new ReadLimits(maxFileBytes, maxRows, maxColumns, maxCells, maxCellLength, maxJsonDepth, maxZipEntries,
                maxInflateRatio, maxPages, tables);
    }

    /** The JSON part of these limits. */
    public JsonLimits json() {
        return new JsonLimits(maxJsonDepth, maxCellLength);
    }
}
