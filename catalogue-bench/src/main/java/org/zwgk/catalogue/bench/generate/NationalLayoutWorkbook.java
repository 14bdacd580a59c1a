package org.zwgk.catalogue.bench.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.zwgk.catalogue.model.Audience;
import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.Channel;
import org.zwgk.catalogue.model.ChannelOption;
import org.zwgk.catalogue.model.ContentElement;
import org.zwgk.catalogue.model.Deadline;
import org.zwgk.catalogue.model.DisclosureMode;
import org.zwgk.catalogue.model.LegalReference;

/**
 * Writes large catalogues as .xlsx in the national table layout with POI's streaming SXSSF API, so that a
 * workbook of 100,000 rows is written in bounded memory: a title row, the two header rows with the group headers
 * 公开事项, 公开对象 and 公开方式 merged over their columns, then one row per category with the full 13-box
 * ■/□ channel list and √ marks, as bureaus fill in the national template. Strings go to a shared-strings table,
 * as Excel writes them (inline strings would make the sheet's XML three times larger).
 *
 * <p>catalogue-io's own writer builds the whole workbook in memory, which is right for real catalogues but not
 * for a 100,000-row stress input; this one writes only what the benchmarks need (no 目录信息 sheet, no codes).
 */
public final class NationalLayoutWorkbook {

    /** One row of the table: the area it is filed under and the category. */
    public record TableRow(String area, Category category) {
    }

    static final String SHEET = "标准目录";
    private static final List<String> GROUPS = List.of("", "公开事项", "公开事项", "", "", "", "", "",
            "公开对象", "公开对象", "公开方式", "公开方式");
    private static final List<String> LABELS = List.of("序号", "一级事项", "二级事项", "公开内容（要素）", "公开依据",
            "公开时限", "公开主体", "公开渠道和载体", Audience.PUBLIC.label(), Audience.SPECIFIC_GROUP.label(),
            DisclosureMode.PROACTIVE.label(), DisclosureMode.ON_REQUEST.label());
    private static final int FIRST_DATA_ROW = 3;
    private static final String MARK = "√";

    private NationalLayoutWorkbook() {
    }

    /** Writes {@code rows} under {@code title} to {@code file} (replaced if it exists); returns the row count. */
    public static int write(Path file, String title, Iterator<TableRow> rows) throws IOException {
        // 100 rows in memory at a time; the rest is flushed to a temporary file by SXSSF.
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 100, true, true);
                OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet(SHEET);
            CellStyle header = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle body = wb.createCellStyle();
            body.setWrapText(true);

            set(sheet.createRow(0), 0, title, header);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, LABELS.size() - 1));
            Row groups = sheet.createRow(1);
            Row labels = sheet.createRow(2);
            for (int c = 0; c < LABELS.size(); c++) {
                boolean grouped = !GROUPS.get(c).isEmpty();
                set(groups, c, grouped ? GROUPS.get(c) : LABELS.get(c), header);
                set(labels, c, grouped ? LABELS.get(c) : "", header);
                if (!grouped) {
                    sheet.addMergedRegion(new CellRangeAddress(1, 2, c, c));
                } else if (c + 1 < LABELS.size() && GROUPS.get(c + 1).equals(GROUPS.get(c))
                        && (c == 0 || !GROUPS.get(c - 1).equals(GROUPS.get(c)))) {
                    sheet.addMergedRegion(new CellRangeAddress(1, 1, c, c + 1));
                }
            }
            int count = 0;
            while (rows.hasNext()) {
                TableRow row = rows.next();
                List<String> cells = cells(count + 1, row);
                Row r = sheet.createRow(FIRST_DATA_ROW + count);
                for (int c = 0; c < cells.size(); c++) {
                    set(r, c, cells.get(c), body);
                }
                count++;
            }
            wb.write(out);
            wb.dispose();
            return count;
        }
    }

    private static List<String> cells(int seq, TableRow row) {
        Category c = row.category();
        List<String> cells = new ArrayList<>(LABELS.size());
        cells.add(Integer.toString(seq));
        cells.add(row.area());
        cells.add(c.name());
        cells.add(String.join("\n", c.content().stream().map(ContentElement::printed).toList()));
        cells.add(String.join("\n", c.legalBasis().stream().map(LegalReference::text).toList()));
        cells.add(c.deadline().map(Deadline::text).orElse(""));
        cells.add(c.owner().orElse(""));
        cells.add(boxes(c.channels()));
        cells.add(c.audience().contains(Audience.PUBLIC) ? MARK : "");
        cells.add(c.audience().contains(Audience.SPECIFIC_GROUP) ? MARK : "");
        cells.add(c.mode().contains(DisclosureMode.PROACTIVE) ? MARK : "");
        cells.add(c.mode().contains(DisclosureMode.ON_REQUEST) ? MARK : "");
        return cells;
    }

    /** The national template's 13 boxes, ■ before each channel kept, □ before the others. */
    private static String boxes(List<Channel> channels) {
        List<String> boxes = new ArrayList<>();
        for (ChannelOption option : ChannelOption.values()) {
            boolean ticked = channels.stream().anyMatch(ch -> ch.option() == option);
            boxes.add((ticked ? "■" : "□") + option.label());
        }
        return String.join(" ", boxes);
    }

    private static void set(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        if (!text.isEmpty()) {
            cell.setCellValue(text);
        }
        cell.setCellStyle(style);
    }
}
