package org.zwgk.catalogue.cli;

import java.util.List;
import java.util.stream.Collectors;

import org.zwgk.catalogue.model.Area;
import org.zwgk.catalogue.model.Audience;
import org.zwgk.catalogue.model.Catalogue;
import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.Channel;
import org.zwgk.catalogue.model.Deadline;
import org.zwgk.catalogue.model.DisclosureMode;

/** Renders a catalogue as an aligned terminal table, with its transcription status first. */
final class CatalogueTable {

    private CatalogueTable() {
    }

    static String render(Catalogue catalogue, CliMessages m) {
        StringBuilder sb = new StringBuilder();
        sb.append(catalogue.title()).append("  [").append(catalogue.editionId()).append("]\n");
        catalogue.documentNumber().ifPresent(d -> sb.append(m.format("show.document", d)).append('\n'));
        catalogue.declaredShape().ifPresent(s -> sb.append(m.format("show.shape", s.areas(), s.categories(),
                catalogue.categoryCount(), s.categories() - catalogue.categoryCount())).append('\n'));
        sb.append('\n');
        TextTable table = new TextTable(List.of(m.format("col.seq"), m.format("col.area"), m.format("col.category"),
                m.format("col.deadline"), m.format("col.owner"), m.format("col.channels"), m.format("col.audience"),
                m.format("col.mode")), 4, 16, 36, 38, 16, 16, 8, 8);
        String absent = m.format("show.absent");
        int seq = 1;
        for (Area area : catalogue.areas()) {
            for (Category c : area.categories()) {
                table.add(List.of(
                        Integer.toString(seq++),
                        area.name(),
                        c.code().map(code -> c.name() + " (" + code + ")").orElse(c.name()),
                        c.deadline().map(Deadline::text).orElse(absent),
                        c.owner().orElse(absent),
                        c.channels().isEmpty() ? absent
                                : c.channels().stream().map(Channel::label).collect(Collectors.joining("\n")),
                        c.audience().isEmpty() ? absent
                                : c.audience().stream().map(Audience::label).collect(Collectors.joining("\n")),
                        c.mode().isEmpty() ? absent
                                : c.mode().stream().map(DisclosureMode::label).collect(Collectors.joining("\n"))));
            }
        }
        sb.append(table.render());
        if (!catalogue.notApplicable().isEmpty()) {
            sb.append('\n').append(m.format("show.not.applicable")).append('\n');
            catalogue.notApplicable().forEach(n -> sb.append("  - ").append(n.category())
                    .append(n.reason().map(r -> ": " + r).orElse("")).append('\n'));
        }
        sb.append('\n').append(m.format("show.absent.legend", absent)).append('\n');
        return sb.toString();
    }
}
