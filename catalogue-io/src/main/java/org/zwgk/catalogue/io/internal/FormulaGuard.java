package org.zwgk.catalogue.io.internal;

/**
 * Keeps a CSV cell from running as a formula when a spreadsheet opens the file (CSV injection): a value that
 * starts with {@code = + - @}, a tab or a carriage return is written with an apostrophe in front, which Excel and
 * LibreOffice show as text. The CSV reader takes the apostrophe off again, so reading what was written gives the
 * value back; a value that itself starts with an apostrophe before such a character gets a second one, so the
 * round trip holds for every text.
 */
public final class FormulaGuard {

    private FormulaGuard() {
    }

    /** The value as written to a CSV cell. */
    public static String guard(String value) {
        return needsGuard(value) ? "'" + value : value;
    }

    /** The value a CSV cell written by {@link #guard} stands for. */
    public static String unguard(String cell) {
        return cell.startsWith("'") && needsGuard(cell.substring(1)) ? cell.substring(1) : cell;
    }

    private static boolean needsGuard(String value) {
        int i = 0;
        while (i < value.length() && value.charAt(i) == '\'') {
            i++;
        }
        if (i == value.length()) {
            return false;
        }
        char c = value.charAt(i);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
