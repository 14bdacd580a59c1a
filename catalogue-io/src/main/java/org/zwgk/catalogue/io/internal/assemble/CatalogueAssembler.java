package org.zwgk.catalogue.io.internal.assemble;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.zwgk.catalogue.io.CategorySources;
import org.zwgk.catalogue.io.Format;
import org.zwgk.catalogue.io.ReadResult;
import org.zwgk.catalogue.io.internal.IoMessages;
import org.zwgk.catalogue.io.internal.meta.CatalogueMetadata;
import org.zwgk.catalogue.io.internal.meta.RowExtras;
import org.zwgk.catalogue.io.internal.table.ReadRow;
import org.zwgk.catalogue.io.internal.table.TableContent;
import org.zwgk.catalogue.model.Area;
import org.zwgk.catalogue.model.Catalogue;
import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.NotApplicable;
import org.zwgk.catalogue.model.Problem;
import org.zwgk.catalogue.model.SourceLocation;

/**
 * Builds the catalogue from the tables read: categories grouped by area in order of first appearance (as the
 * canonical JSON reader does), declared gaps, the 目录信息 where the file has it, and otherwise what the file
 * shows: the title row (or the file name) as title, the file name as edition id, the level where the title
 * names it unambiguously.
 */
public final class CatalogueAssembler {

    /** The area of rows that come before any 一级事项. */
    static final String NO_AREA = "未列明一级事项";

    private CatalogueAssembler() {
    }

    /**
     * The catalogue of a table file.
     *
     * @param file        the file name
     * @param format      its format
     * @param tables      the tables read, in order
     * @param sheetInfo   the 目录信息 sheet's lines, when the workbook has one; otherwise those above the table
     * @param sheetExtras the per-row extras of the 目录信息 sheet, by 序号
     * @param problems    problems found so far; more are added
     * @param missingColumns the {@code io.column.missing} problems
     */
    public static ReadResult assemble(String file, Format format, List<TableContent> tables,
            Optional<CatalogueMetadata> sheetInfo, Map<String, RowExtras> sheetExtras, List<Problem> problems,
            List<Problem> missingColumns) {
        List<Problem> all = new ArrayList<>(problems);
        tables.forEach(t -> all.addAll(t.problems()));
        CatalogueMetadata info = sheetInfo.orElseGet(() -> CatalogueMetadata.read(
                tables.stream().flatMap(t -> t.metadata().stream()).toList(), all));
        Optional<TableContent> titled = tables.stream().filter(t -> t.title().isPresent()).findFirst();
        String title = info.title().or(() -> titled.flatMap(TableContent::title)).orElse(stem(file));
        // Where the title was read, when it is a table's own: its title row, or a Word document's paragraph.
        Optional<SourceLocation> titleSource = info.title().isPresent() ? Optional.empty()
                : titled.flatMap(TableContent::titleSource);
        Catalogue.Builder b = Catalogue.builder(info.editionId().orElse(editionId(file)), title)
                .issuer(info.issuer().orElse(null))
                .documentNumber(info.documentNumber().orElse(null))
                .issuedOn(info.issuedOn().orElse(null))
                .level(info.level().or(() -> TitleLevel.of(title)).orElse(null))
                .locality(info.locality().orElse(null))
                .parentEdition(info.parentEdition().orElse(null))
                .declaredShape(info.declaredShape().orElse(null))
                .provenance(info.provenance());

        Map<String, AreaRows> areas = new LinkedHashMap<>();
        List<NotApplicable> gaps = new ArrayList<>();
        for (TableContent table : tables) {
            for (ReadRow row : table.rows()) {
                RowExtras extras = row.extras().orElse(sheetExtras.getOrDefault(row.seq(), RowExtras.NONE));
                if (row.gap().isPresent()) {
                    NotApplicable g = row.gap().get();
                    gaps.add(new NotApplicable(g.category(), g.code().or(extras::code), g.area(), g.reason()));
                    continue;
                }
                String area = row.area();
                if (area.isEmpty()) {
                    area = NO_AREA;
                    all.add(IoMessages.problem("io.missing-area", row.sources().row(), NO_AREA));
                }
                AreaRows a = areas.computeIfAbsent(area, AreaRows::new);
                if (a.code.isEmpty()) {
                    a.code = extras.areaCode();
                }
                a.categories.add(extras.applyTo(row.category()));
                a.sources.add(row.sources());
            }
        }
        List<Area> built = new ArrayList<>();
        List<CategorySources> sources = new ArrayList<>();
        for (AreaRows a : areas.values()) {
            built.add(new Area(a.code, a.name, a.categories));
            sources.addAll(a.sources);
        }
        if (built.isEmpty() && gaps.isEmpty()) {
            all.add(IoMessages.problem("io.no-categories", SourceLocation.ofFile(file)));
        }
        return new ReadResult(b.areas(built).notApplicable(gaps).build(), format, sources, all, missingColumns,
                titleSource);
    }

    /** An edition id from the file name: its name without folder and extension. */
    static String editionId(String file) {
        String stem = stem(file).strip();
        return stem.isEmpty() ? "unnamed" : stem;
    }

    private static String stem(String file) {
        String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The categories of one area while they are gathered. */
    private static final class AreaRows {
        final String name;
        Optional<String> code = Optional.empty();
        final List<Category> categories = new ArrayList<>();
        final List<CategorySources> sources = new ArrayList<>();

        AreaRows(String name) {
            this.name = name;
        }
    }
}
