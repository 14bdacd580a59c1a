package org.zwgk.catalogue.io.internal.source.xlsx;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.xml.sax.SAXException;

import org.zwgk.catalogue.io.UnreadableInputException;
import org.zwgk.catalogue.io.internal.IoMessages;
import org.zwgk.catalogue.io.internal.LimitExceeded;
import org.zwgk.catalogue.io.internal.grid.Grid;
import org.zwgk.catalogue.io.internal.grid.GridBuilder;
import org.zwgk.catalogue.io.internal.grid.ReadBudget;
import org.zwgk.catalogue.io.internal.source.ooxml.OoxmlPackage;
import org.zwgk.catalogue.io.internal.source.ooxml.Relationships;

/**
 * Reads the visible worksheets of an .xlsx package into grids as a stream, with SAX over the package's parts
 * ({@link OoxmlPackage}: opened in place, every part through the zip-bomb guard and the secure parser). Every cell
 * is checked against the read limits before it is stored, so an oversized or hostile workbook fails early with a
 * located {@code io.limit.*} problem instead of being held in memory. Cells read as Excel shows them: shared and
 * inline strings, numbers and dates in the cell's number format ({@link ExcelNumbers}), formulas by their cached
 * value, error cells (#REF!) marked unreadable, merged regions.
 */
public final class XlsxSource {

    private XlsxSource() {
    }

    /** Reads every visible worksheet; fails with a located problem when the package is corrupt or too big. */
    public static List<Grid> read(byte[] bytes, String file, ReadBudget budget) throws UnreadableInputException {
        try (OoxmlPackage pkg = OoxmlPackage.open(bytes, file, budget.limits())) {
            return sheets(pkg, file, budget);
        } catch (IOException | SAXException | RuntimeException e) {
            LimitExceeded limit = OoxmlPackage.limitIn(e).orElse(null);
            if (limit != null) {
                throw limit;
            }
            throw IoMessages.unreadable("io.corrupt-workbook", file);
        }
    }

    private static List<Grid> sheets(OoxmlPackage pkg, String file, ReadBudget budget)
            throws IOException, SAXException, UnreadableInputException {
        String workbookPart = pkg.mainPart().orElse("xl/workbook.xml");
        if (!pkg.has(workbookPart)) {
            throw IoMessages.unreadable("io.corrupt-workbook", file);
        }
        int slash = workbookPart.lastIndexOf('/') + 1;
        String base = workbookPart.substring(0, slash);
        Relationships rels = pkg.relationships(base + "_rels/" + workbookPart.substring(slash) + ".rels", base);
        WorkbookPart workbook = new WorkbookPart();
        pkg.parse(workbookPart, workbook, true);
        List<String> shared = List.of();
        for (String part : present(pkg, rels.ofType("sharedStrings"))) {
            SharedStrings strings = new SharedStrings(file, part, budget.limits());
            pkg.parse(part, strings, true);
            shared = strings.strings;
        }
        Styles styles = new Styles();
        for (String part : present(pkg, rels.ofType("styles"))) {
            pkg.parse(part, styles, false);
        }
        ExcelNumbers formatter = new ExcelNumbers();
        List<Grid> grids = new ArrayList<>();
        for (WorkbookPart.SheetRef sheet : workbook.sheets) {
            String target = rels.byId().get(sheet.relId());
            if (!sheet.hidden() && target != null && pkg.has(target) && rels.ofType("worksheet").contains(target)) {
                SheetPart part = new SheetPart(new GridBuilder(file, sheet.name(), budget), sheet.name(), shared,
                        styles, formatter, workbook.date1904);
                pkg.parse(target, part, true);
                grids.add(part.grid());
            }
        }
        return grids;
    }

    /** The first of the targets the package has, or none. */
    private static List<String> present(OoxmlPackage pkg, List<String> targets) {
        return targets.stream().filter(pkg::has).limit(1).toList();
    }
}
