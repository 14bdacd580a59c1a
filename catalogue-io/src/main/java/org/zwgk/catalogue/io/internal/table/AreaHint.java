package org.zwgk.catalogue.io.internal.table;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.zwgk.catalogue.io.internal.grid.Grid;

/**
 * The 一级事项 a table is about when its rows do not say: a catalogue published one table per area names the area
 * in a heading just above the table (一、行政许可), in the title's bracketed suffix (…标准目录（行政许可）) or, one sheet per area, in the sheet's name. Suffixes that
 * qualify the document (（试行）, （2020年版）, （征求意见稿）) and default sheet names (Sheet1, 工作表1, table1) name no
 * area.
 */
final class AreaHint {

    /** A heading printed just above a table: 一、行政许可 or （一）行政许可. */
    private static final Pattern HEADING = Pattern.compile(
            "^(?:[一二三四五六七八九十]+\\s*[、.．]|[(（][一二三四五六七八九十\\d]+[)）])\\s*(\\S.{0,19})$");
    private static final Pattern SUFFIX = Pattern.compile("[(（]([^()（）]{2,20})[)）]\\s*$");
    private static final Pattern NOT_AN_AREA = Pattern.compile(".*(?:试行|年|版|稿|草案|修订|暂行|第.+批|\\d).*"
            + "|(?i:sheet\\d*|工作表\\d*|table\\d*|page\\d.*)|.*(?:目录|说明|附件|封面|填表|指引|清单)$");

    private AreaHint() {
    }

    /**
     * The area, or "" when neither a heading printed just above the table (一、行政许可), the title nor (with
     * {@code fromSheet}) the sheet name gives one.
     */
    static String of(Grid grid, Header header, boolean fromSheet) {
        if (!grid.caption().isEmpty()) {
            Matcher h = HEADING.matcher(CellText.clean(grid.caption().get(grid.caption().size() - 1)));
            if (h.matches() && isArea(h.group(1))) {
                return CellText.name(h.group(1));
            }
        }
        String title = TableReader.title(grid, header).map(TableReader.Title::text).orElse("");
        Matcher m = SUFFIX.matcher(title);
        if (m.find() && isArea(m.group(1))) {
            return CellText.name(m.group(1));
        }
        if (fromSheet && grid.sheet().isPresent() && isArea(grid.sheet().get())) {
            return CellText.name(grid.sheet().get());
        }
        return "";
    }

    private static boolean isArea(String text) {
        String t = CellText.clean(text);
        return t.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                && !NOT_AN_AREA.matcher(t).matches();
    }
}
