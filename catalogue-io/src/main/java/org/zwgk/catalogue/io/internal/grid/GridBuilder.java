package org.zwgk.catalogue.io.internal.grid;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds a {@link Grid} cell by cell. Not thread-safe. */
public final class GridBuilder {

    private final String file;
    private final Optional<String> sheet;
    private final List<List<String>> rows = new ArrayList<>();
    private final Map<Long, String> errors = new HashMap<>();
    private final List<Region> regions = new ArrayList<>();

    /** A grid of {@code file}; {@code sheet} null for none (CSV). */
    public GridBuilder(String file, String sheet) {
        this.file = file;
        this.sheet = Optional.ofNullable(sheet);
    }

    /** Sets a cell's text. */
    public GridBuilder set(int row, int column, String text) {
        while (rows.size() <= row) {
            rows.add(new ArrayList<>());
        }
        List<String> r = rows.get(row);
        while (r.size() <= column) {
            r.add(null);
        }
        r.set(column, text);
        return this;
    }

    /** Marks a cell unreadable, with what the file holds there (e.g. #REF!). */
    public GridBuilder error(int row, int column, String shown) {
        set(row, column, "");
        errors.put(Grid.key(row, column), shown);
        return this;
    }

    /** Adds a merged region; single cells are ignored. */
    public GridBuilder merge(Region region) {
        if (region.isMerged()) {
            regions.add(region);
        }
        return this;
    }

    /** The grid. */
    public Grid build() {
        List<List<String>> copy = rows.stream().map(r -> java.util.Collections.unmodifiableList(new ArrayList<>(r)))
                .toList();
        return new Grid(file, sheet, copy, Map.copyOf(errors), List.copyOf(regions));
    }
}
