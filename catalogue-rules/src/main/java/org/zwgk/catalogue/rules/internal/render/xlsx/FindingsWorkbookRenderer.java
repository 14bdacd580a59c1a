package org.zwgk.catalogue.rules.internal.render.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import java.util.regex.Pattern;

import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.zwgk.catalogue.rules.InputFile;
import org.zwgk.catalogue.rules.Report;
import org.zwgk.catalogue.rules.ReportRenderer;

/**
 * {@code xlsx}: from the report alone, a new workbook holding the findings sheet; with the report's source, when
 * that is a workbook, the user's own workbook with the findings attached to their cells ({@link WorkbookAnnotator}).
 */
public final class FindingsWorkbookRenderer implements ReportRenderer {

    private static final Pattern WORKBOOK_NAME = Pattern.compile("(?i).*\\.(xlsx|xlsm|xls|et)");

    @Override
    public String name() {
        return "xlsx";
    }

    @Override
    public void render(Report report, Locale locale, OutputStream out) throws IOException {
        renderAll(List.of(report), locale, out);
    }

    /** The user's own workbook annotated when {@code source} is an .xlsx or .xls workbook; else the findings sheet. */
    @Override
    public void render(Report report, InputFile source, Locale locale, OutputStream out) throws IOException {
        byte[] bytes = WORKBOOK_NAME.matcher(source.displayName()).matches() ? source.readAllBytes() : null;
        if (bytes != null && isWorkbook(bytes)) {
            WorkbookAnnotator.write(report, bytes, locale, out);
        } else {
            render(report, locale, out);
        }
    }

    /** A workbook by its bytes as well as its name (.xlsx, .xlsm, .xls, WPS .et): a portal's .xls export is often HTML. */
    private static boolean isWorkbook(byte[] bytes) {
        try {
            FileMagic magic = FileMagic.valueOf(bytes);
            return magic == FileMagic.OOXML || magic == FileMagic.OLE2;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void renderAll(List<Report> reports, Locale locale, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            FindingsSheet.add(wb, reports, locale);
            Zips.writeReproducibly(wb, out);
        }
    }
}
