package org.zwgk.catalogue.io.internal.grid;

import org.zwgk.catalogue.io.ReadLimits;
import org.zwgk.catalogue.io.internal.IoMessages;
import org.zwgk.catalogue.io.internal.LimitExceeded;
import org.zwgk.catalogue.model.SourceLocation;

/**
 * What one read may still take: the limits, and the cells counted so far across every sheet of the file. Every
 * grid builder of a read shares one budget and checks each cell before storing it. Not thread-safe (one read).
 */
public final class ReadBudget {

    private final ReadLimits limits;
    private long cells;

    /** A fresh budget for one read. */
    public ReadBudget(ReadLimits limits) {
        this.limits = limits;
    }

    /** The limits. */
    public ReadLimits limits() {
        return limits;
    }

    /** Counts a cell of {@code length} characters at 0-based {@code row}, {@code column}; fails past a limit. */
    public void cell(String file, String sheet, int row, int column, int length) {
        position(file, sheet, row, column);
        if (length > limits.maxCellLength()) {
            throw exceeded("io.limit.cell-length", file, sheet, row, column, length, limits.maxCellLength());
        }
        if (++cells > limits.maxCells()) {
            throw exceeded("io.limit.cells", file, sheet, row, column, limits.maxCells());
        }
    }

    /** Checks that a cell position is within the row and column limits. */
    public void position(String file, String sheet, int row, int column) {
        if (row >= limits.maxRows()) {
            throw exceeded("io.limit.rows", file, sheet, row, column, limits.maxRows());
        }
        if (column >= limits.maxColumns()) {
            throw exceeded("io.limit.columns", file, sheet, row, column, limits.maxColumns());
        }
    }

    /** Checks that a document's {@code count}th table (1-based) is within the table limit. */
    public void table(String file, int count) {
        if (count > limits.maxTables()) {
            throw new LimitExceeded(IoMessages.problem("io.limit.tables", SourceLocation.ofFile(file),
                    limits.maxTables()));
        }
    }

    /** Checks that a document's page count is within the page limit. */
    public void pages(String file, int count) {
        if (count > limits.maxPages()) {
            throw new LimitExceeded(IoMessages.problem("io.limit.pages", SourceLocation.ofFile(file), count,
                    limits.maxPages()));
        }
    }

    /** Checks a merged region: its far corner within the limits, and its cells within the cell budget. */
    public void region(String file, String sheet, Region r) {
        position(file, sheet, r.lastRow(), r.lastColumn());
        long area = (long) (r.lastRow() - r.firstRow() + 1) * (r.lastColumn() - r.firstColumn() + 1);
        cells += area - 1;
        if (cells > limits.maxCells()) {
            throw exceeded("io.limit.cells", file, sheet, r.firstRow(), r.firstColumn(), limits.maxCells());
        }
    }

    /** The problem for a limit broken at a cell. */
    public static LimitExceeded exceeded(String id, String file, String sheet, int row, int column, Object... args) {
        return new LimitExceeded(IoMessages.problem(id, SourceLocation.ofCell(file, sheet, row + 1, column), args));
    }
}
