package org.zwgk.catalogue.io.internal.table;

import java.util.List;
import java.util.Optional;

import org.zwgk.catalogue.io.internal.meta.KeyValue;
import org.zwgk.catalogue.model.Problem;
import org.zwgk.catalogue.model.SourceLocation;

/**
 * What one table holds.
 *
 * @param rows     the rows read, in order
 * @param problems problems in its rows
 * @param title    the title row above the header, if there is one
 * @param titleSource where the title was read: its cell, or a Word document's paragraph
 * @param metadata key-value lines above the header (目录信息 written by this library)
 */
public record TableContent(List<ReadRow> rows, List<Problem> problems, Optional<String> title,
        Optional<SourceLocation> titleSource, List<KeyValue> metadata) {

    public TableContent {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
        metadata = List.copyOf(metadata);
    }

    /** The area of the last row read, "" when none: a table continued without its header goes on under it. */
    public String lastArea() {
        return rows.isEmpty() ? "" : rows.get(rows.size() - 1).area();
    }
}
