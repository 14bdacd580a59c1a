package org.zwgk.catalogue.io.internal.grid;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.zwgk.catalogue.model.SourceLocation;

/** Builds a {@link Grid} cell by cell. Not thread-safe. */
public final class GridBuilder {

    private final String file;
    private final Optional<String> sheet;
    private final ReadBudget budget;
    private final List<List<String>> rows = new ArrayList<>();
    private final Map<Long, String> errors = new HashMap<>();
    private final List<Region> regions = new ArrayList<>();
    private List<String> caption = List.of();
    private List<SourceLocation> captionSources = List.of();
    private final Map<Integer, RowOrigin> origins = new HashMap<>();

    /** A grid of {@code file} that takes its cells from {@code budget}; {@code sheet} null for none (CSV). */
    public GridBuilder(String file, String sheet, ReadBudget budget) {
        this.file = file;
        this.sheet = Optional.ofNullable(sheet);
        this.budget = budget;
    }

    /** The file name. */
    public String file() {
        return file;
    }

    /** The budget this grid takes its cells from. */
    public ReadBudget budget() {
        return budget;
    }

    /** Sets a cell's text; fails with an {@code io.limit.*} problem past the budget's limits. */
    public GridBuilder set(int row, int column, String text) {
        budget.cell(file, sheet.orElse(null), row, column, text.length());
        store(row, column, text);
        return this;
    }

    private void store(int row, int column, String text) {
        while (rows.size() <= row) {
            rows.add(new ArrayList<>());
        }
        List<String> r = rows.get(row);
        while (r.size() <= column) {
            r.add(null);
        }
        r.set(column, text);
    }

    /** Marks a cell unreadable, with what the file holds there (e.g. #REF!). */
    public GridBuilder error(int row, int column, String shown) {
        budget.cell(file, sheet.orElse(null), row, column, shown.length());
        store(row, column, "");
        errors.put(Grid.key(row, column), shown);
        return this;
    }

    /**
     * Adds a merged region as a sheet declares it, clipped to the sheet's last row and its {@code width} columns:
     * a region may cover whole columns, and only the part with cells matters.
     */
    public GridBuilder mergeClipped(int firstRow, int lastRow, int firstColumn, int lastColumn, int sheetLastRow,
            int width) {
        int last = Math.min(lastRow, sheetLastRow);
        int lastCol = Math.min(lastColumn, Math.max(width - 1, firstColumn));
        if (firstRow <= last) {
            merge(new Region(firstRow, last, firstColumn, lastCol));
        }
        return this;
    }

    /** Adds a merged region; single cells are ignored. */
    public GridBuilder merge(Region region) {
        if (region.isMerged()) {
            budget.region(file, sheet.orElse(null), region);
            regions.add(region);
        }
        return this;
    }

    /** Sets the lines printed above the table (a document's title and filler lines). */
    public GridBuilder caption(List<String> lines) {
        return caption(lines, List.of());
    }

    /** Sets the lines printed above the table and where each was read (its paragraph). */
    public GridBuilder caption(List<String> lines, List<SourceLocation> sources) {
        this.caption = List.copyOf(lines);
        this.captionSources = List.copyOf(sources);
        return this;
    }

    /** Says where grid row {@code row} (0-based) was printed, for a grid joined from several pages. */
    public GridBuilder origin(int row, RowOrigin origin) {
        origins.put(row, origin);
        return this;
    }

    /** The grid. */
    public Grid build() {
        List<List<String>> copy = rows.stream().map(r -> java.util.Collections.unmodifiableList(new ArrayList<>(r)))
                .toList();
        return new Grid(file, sheet, copy, Map.copyOf(errors), List.copyOf(regions), caption, captionSources,
                Map.copyOf(origins));
    }
}
