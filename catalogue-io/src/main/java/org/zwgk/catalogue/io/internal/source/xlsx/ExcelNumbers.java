package org.zwgk.catalogue.io.internal.source.xlsx;

import java.util.Locale;

import org.apache.poi.ss.usermodel.DataFormatter;

/**
 * Numbers as Excel shows them, through POI's {@link DataFormatter}, which is made at the first number that needs
 * it: a whole number in the General format (序号 1, 2, 3 — most numbers a catalogue has) is written directly.
 * Making the formatter loads POI's formatting and its logging, a tenth of a second of a cold command line.
 * ExcelNumbersTest holds the direct path to the formatter. One per read, used by one thread.
 */
final class ExcelNumbers {

    /** Below this, General shows a whole number with all its digits (Excel's General keeps 11). */
    private static final double WHOLE_LIMIT = 1e10;

    private DataFormatter formatter;

    /** The text of number {@code value} in format {@code id} with format code {@code code}. */
    String format(double value, int id, String code, boolean date1904) {
        if (id == 0 && code.equals("General") && value == Math.rint(value) && Math.abs(value) < WHOLE_LIMIT
                && !(value == 0 && 1 / value < 0)) {
            return Long.toString((long) value);
        }
        if (formatter == null) {
            formatter = new DataFormatter(Locale.US);
        }
        return formatter.formatRawCellContents(value, id, code, date1904);
    }
}
