package org.zwgk.catalogue.rules;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

import org.zwgk.catalogue.rules.internal.render.xlsx.WorkbookAnnotator;

/**
 * The user's own workbook returned with each finding attached where it is: a cell comment on the finding's cell
 * (message, rule, legal basis), a 问题 column after the last used column on each row with findings, and a findings
 * sheet listing every finding (with a link to its cell), the score and what was suppressed. Cells without a
 * finding are left as they were; .xlsx stays .xlsx and .xls stays .xls.
 *
 * <p>This is not a {@link ReportRenderer}: a renderer has only the report, and annotating needs the source file's
 * bytes as well. {@code ReportRenderer.byName("xlsx")} writes the findings sheet alone, in a new workbook.
 *
 * <pre>{@code
 * byte[] bytes = Files.readAllBytes(path);
 * Report report = checker.check(CheckInput.of(CatalogueReader.read(new ByteArrayInputStream(bytes), name), name, sha));
 * AnnotatedWorkbook.write(report, bytes, Locale.SIMPLIFIED_CHINESE, out);
 * }</pre>
 */
public final class AnnotatedWorkbook {

    private AnnotatedWorkbook() {
    }

    /**
     * Writes {@code source} (the .xlsx or .xls bytes the report was made from) with the report's findings attached.
     * The same report and source give the same bytes.
     */
    public static void write(Report report, byte[] source, Locale locale, OutputStream out) throws IOException {
        WorkbookAnnotator.write(report, source, locale, out);
    }
}
