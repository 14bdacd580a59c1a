package org.zwgk.catalogue.io.internal.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.zwgk.catalogue.io.internal.IoMessages;
import org.zwgk.catalogue.io.internal.grid.Grid;
import org.zwgk.catalogue.io.internal.meta.RowExtras;
import org.zwgk.catalogue.model.CategoryField;
import org.zwgk.catalogue.model.Channel;
import org.zwgk.catalogue.model.Confidence;
import org.zwgk.catalogue.model.Problem;
import org.zwgk.catalogue.model.Provenance;

/** Reads the extra columns of a row (事项编码, 一级事项编码, 出处, 可信度, 推定字段, 转录说明, 渠道顺序). */
public final class ExtrasReader {

    private final Grid grid;
    private final Header header;
    private final List<Problem> problems;

    /** A reader of the rows under {@code header}; problems are added to {@code problems}. */
    public ExtrasReader(Grid grid, Header header, List<Problem> problems) {
        this.grid = grid;
        this.header = header;
        this.problems = problems;
    }

    /** The extras of a row. */
    public RowExtras read(int row) {
        Optional<String> code = text(row, ColumnKind.CODE).map(CellText::clean).filter(s -> !s.isEmpty());
        Optional<String> areaCode = text(row, ColumnKind.AREA_CODE).map(CellText::clean).filter(s -> !s.isEmpty());
        List<String> sources = text(row, ColumnKind.SOURCES)
                .map(s -> s.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()).orElse(List.of());
        Optional<Confidence> confidence = text(row, ColumnKind.CONFIDENCE).filter(s -> !s.isBlank()).flatMap(s -> {
            Optional<Confidence> c = Confidence.fromKey(s);
            if (c.isEmpty()) {
                report(row, ColumnKind.CONFIDENCE, s);
            }
            return c;
        });
        List<String> unknown = new ArrayList<>();
        Set<CategoryField> inferred = text(row, ColumnKind.INFERRED).map(s -> RowExtras.parseInferred(s, unknown))
                .orElse(Set.of());
        unknown.forEach(u -> report(row, ColumnKind.INFERRED, u));
        Optional<String> notes = text(row, ColumnKind.NOTES).map(String::strip).filter(s -> !s.isEmpty());
        List<Channel> order = text(row, ColumnKind.CHANNEL_ORDER).map(ChannelCell::parse).orElse(List.of());
        Provenance provenance = sources.isEmpty() && confidence.isEmpty() && inferred.isEmpty() && notes.isEmpty()
                ? Provenance.none() : new Provenance(sources, confidence, inferred, notes);
        return new RowExtras(code, areaCode, provenance, order);
    }

    private Optional<String> text(int row, ColumnKind kind) {
        return header.first(kind).filter(c -> grid.error(row, c.index()).isEmpty())
                .map(c -> grid.text(row, c.index()));
    }

    private void report(int row, ColumnKind kind, String value) {
        Header.Column column = header.first(kind).orElseThrow();
        problems.add(IoMessages.problem("io.bad-cell", grid.locate(row, column.index()), column.label().text(),
                value));
    }
}
