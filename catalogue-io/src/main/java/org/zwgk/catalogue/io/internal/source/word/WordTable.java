package org.zwgk.catalogue.io.internal.source.word;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.zwgk.catalogue.io.internal.grid.Grid;
import org.zwgk.catalogue.io.internal.grid.GridBuilder;
import org.zwgk.catalogue.io.internal.grid.ReadBudget;
import org.zwgk.catalogue.io.internal.grid.Region;
import org.zwgk.catalogue.model.SourceLocation;

/**
 * Builds the grid of one Word table, cell by cell as the document lists them: a cell spans columns (gridSpan, or
 * a wider cell in a .doc) and may open or continue a vertical merge (vMerge). A continuing cell extends the
 * merged region of the cell above that opened it; its own text, which Word leaves empty, is ignored.
 */
final class WordTable {

    /** How a cell takes part in a vertical merge. */
    enum VerticalMerge { NONE, RESTART, CONTINUE }

    private final GridBuilder grid;
    private final String name;
    /** Open vertical merges by first column: the region's first row and its columns. */
    private final Map<Integer, int[]> open = new HashMap<>();

    /** A table named {@code name}, under the paragraphs {@code caption} read at {@code captionSources}. */
    WordTable(String file, String name, ReadBudget budget, List<String> caption,
            List<SourceLocation> captionSources) {
        this.grid = new GridBuilder(file, name, budget).caption(caption, captionSources);
        this.name = name;
    }

    /**
     * Where a paragraph outside the tables is: {@code paragraph3} for the third of the body, counted from 1 with
     * empty ones, as the title's location names it.
     */
    static SourceLocation paragraph(String file, int number) {
        return new SourceLocation(file, Optional.of("paragraph" + number), OptionalInt.empty(), Optional.empty(),
                Optional.empty());
    }

    /** One cell at 0-based {@code row} and first {@code column}, spanning {@code span} columns. */
    void cell(int row, int column, int span, VerticalMerge merge, String text) {
        int lastColumn = column + Math.max(1, span) - 1;
        grid.budget().position(grid.file(), name, row, lastColumn);
        if (merge == VerticalMerge.CONTINUE && open.containsKey(column)) {
            open.get(column)[2] = row;
            return;
        }
        close(column);
        if (!text.isEmpty()) {
            grid.set(row, column, text);
        }
        if (merge == VerticalMerge.RESTART) {
            open.put(column, new int[] {row, lastColumn, row});
        } else if (lastColumn > column) {
            grid.merge(new Region(row, row, column, lastColumn));
        }
    }

    /** Ends the vertical merge opened at {@code column}, if any. */
    private void close(int column) {
        int[] region = open.remove(column);
        if (region != null) {
            grid.merge(new Region(region[0], region[2], column, region[1]));
        }
    }

    /** The grid, open merges closed. */
    Grid build() {
        for (Integer column : List.copyOf(open.keySet())) {
            close(column);
        }
        return grid.build();
    }
}
