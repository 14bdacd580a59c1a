package org.zwgk.catalogue.io.internal.source;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.zwgk.catalogue.io.internal.FormulaGuard;
import org.zwgk.catalogue.io.internal.IoMessages;
import org.zwgk.catalogue.io.internal.grid.Grid;
import org.zwgk.catalogue.io.internal.grid.GridBuilder;
import org.zwgk.catalogue.io.internal.grid.ReadBudget;
import org.zwgk.catalogue.model.Problem;
import org.zwgk.catalogue.model.SourceLocation;

/**
 * Reads a CSV file into a grid with commons-csv. The encoding is detected ({@link TextDecoding}); the delimiter
 * is the one of comma, tab and semicolon that the first lines use most (Excel's "Unicode text" is
 * tab-separated). Row numbers are record numbers, the rows Excel shows when it opens the file.
 */
public final class CsvSource {

    private static final char[] DELIMITERS = {',', '\t', ';'};

    private CsvSource() {
    }

    /**
     * A grid, and the problem that stopped reading early, if any.
     *
     * @param grid     the rows read
     * @param problems a malformed-CSV problem, or nothing
     */
    public record Read(Grid grid, List<Problem> problems) {
    }

    /**
     * Reads the text of a CSV file; fails with an {@code io.limit.*} problem past the budget's limits. The cell
     * length is checked on the text before parsing, because the parser would hold a whole oversized cell.
     */
    public static Read read(String text, String file, ReadBudget budget) {
        char delimiter = delimiter(text);
        checkFieldLengths(text, delimiter, file, budget);
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .setLenientEof(true)
                .setTrailingData(true)
                .get();
        GridBuilder grid = new GridBuilder(file, null, budget);
        List<Problem> problems = new ArrayList<>();
        int row = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                for (int c = 0; c < record.size(); c++) {
                    grid.set(row, c, FormulaGuard.unguard(record.get(c)).replace("\r\n", "\n"));
                }
                row++;
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            problems.add(IoMessages.problem("io.malformed-csv", SourceLocation.ofCell(file, null, row + 1, 0),
                    row));
        }
        return new Read(grid.build(), problems);
    }

    /**
     * Fails at the first field longer than the cell limit, counting its characters between delimiters and line
     * breaks outside quotes, as the parser will split them. Also stops at the row limit, so that the parser never
     * starts on an oversized record.
     */
    static void checkFieldLengths(String text, char delimiter, String file, ReadBudget budget) {
        int max = budget.limits().maxCellLength();
        int row = 0;
        int column = 0;
        int length = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (!quoted && ch == delimiter) {
                column++;
                length = 0;
                budget.position(file, null, row, column);
                continue;
            } else if (!quoted && ch == '\n') {
                row++;
                column = 0;
                length = 0;
                budget.position(file, null, row, column);
                continue;
            }
            if (++length > max) {
                throw ReadBudget.exceeded("io.limit.cell-length", file, null, row, column, "> " + max, max);
            }
        }
    }

    /**
     * The same check on the undecoded bytes, with room for four bytes per character: quotes, delimiters and line
     * breaks are single bytes that no multi-byte UTF-8 or GB18030 character contains, so a field's byte count
     * bounds its character count from above. Skipped for UTF-16, where that does not hold; the exact check after
     * decoding still applies.
     */
    public static void checkFieldBytes(byte[] bytes, String file, ReadBudget budget) {
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            return;
        }
        long maxBytes = 4L * budget.limits().maxCellLength();
        byte delimiter = (byte) delimiter(TextDecoding.decode(java.util.Arrays.copyOf(bytes,
                Math.min(bytes.length, 8192))).text());
        int row = 0;
        int column = 0;
        long length = 0;
        boolean quoted = false;
        for (byte b : bytes) {
            if (b == '"') {
                quoted = !quoted;
            } else if (!quoted && (b == delimiter || b == '\n')) {
                row += b == '\n' ? 1 : 0;
                column = b == '\n' ? 0 : column + 1;
                length = 0;
                continue;
            }
            if (++length > maxBytes) {
                throw ReadBudget.exceeded("io.limit.cell-length", file, null, row, column, "> " + maxBytes / 4,
                        budget.limits().maxCellLength());
            }
        }
    }

    /** The delimiter used most in the first lines, outside quotes; comma when none is used. */
    static char delimiter(String text) {
        String head = text.substring(0, Math.min(text.length(), 8192));
        int[] counts = new int[DELIMITERS.length];
        boolean quoted = false;
        for (int i = 0; i < head.length(); i++) {
            char ch = head.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            }
            for (int d = 0; d < DELIMITERS.length && !quoted; d++) {
                if (ch == DELIMITERS[d]) {
                    counts[d]++;
                }
            }
        }
        int best = 0;
        for (int d = 1; d < DELIMITERS.length; d++) {
            if (counts[d] > counts[best]) {
                best = d;
            }
        }
        return DELIMITERS[best];
    }
}
