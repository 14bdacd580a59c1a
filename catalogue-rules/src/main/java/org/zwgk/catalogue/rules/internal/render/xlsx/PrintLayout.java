package org.zwgk.catalogue.rules.internal.render.xlsx;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How a sheet prints: officers attach the findings and the annotated catalogue to their paperwork, so both print
 * on landscape A4, fitted to the page's width (never split across pages by column), with the table's header row
 * repeated on every page.
 */
final class PrintLayout {

    private PrintLayout() {
    }

    /** Landscape A4, one page wide and as many tall as it takes; {@code headerRow} (0-based) repeated, if any. */
    static void landscapeA4(Sheet sheet, int headerRow) {
        PrintSetup setup = sheet.getPrintSetup();
        setup.setLandscape(true);
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        if (headerRow >= 0) {
            sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        }
    }
}
