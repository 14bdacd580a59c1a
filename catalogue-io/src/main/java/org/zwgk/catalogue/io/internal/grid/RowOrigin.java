package org.zwgk.catalogue.io.internal.grid;

/**
 * Where a row of a grid was printed when the grid joins tables of several pages (a PDF table continued on the
 * next page): the page's table, and the row within it.
 *
 * @param part       the part named in source locations, e.g. {@code page2/table1}
 * @param row        the 1-based row within that part
 * @param startsPart true for the first row of a part after the first: a row that may continue the one before
 */
public record RowOrigin(String part, int row, boolean startsPart) {
}
