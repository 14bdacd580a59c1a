package org.zwgk.catalogue.rules.internal.render.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.zwgk.catalogue.rules.Report;
import org.zwgk.catalogue.rules.ReportRenderer;

/**
 * {@code xlsx} from the report alone: a new workbook holding the findings sheet. To return the user's own workbook
 * with the findings attached to their cells, use {@code AnnotatedWorkbook}, which needs the source file's bytes.
 */
public final class FindingsWorkbookRenderer implements ReportRenderer {

    @Override
    public String name() {
        return "xlsx";
    }

    @Override
    public void render(Report report, Locale locale, OutputStream out) throws IOException {
        renderAll(List.of(report), locale, out);
    }

    @Override
    public void renderAll(List<Report> reports, Locale locale, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            FindingsSheet.add(wb, reports, locale);
            Zips.writeReproducibly(wb, out);
        }
    }
}
