package org.zwgk.catalogue.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.zwgk.catalogue.data.Editions;

/**
 * The rows of the national catalogue (环办厅函〔2019〕672号, the categories the reference transcribed) as the cells
 * of its published table: written by this library in the national columns and read back as text, so every layout
 * of the corpus carries real rows and no invented law.
 */
final class Published {

    static final String TITLE = "生态环境领域基层政务公开标准目录";

    /** The national columns: 序号 … 依申请. */
    static final List<String> HEADER;
    /** One row per category. */
    static final List<String[]> ROWS;

    static {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            CatalogueWriter.write(Editions.national(), Format.CSV, out);
            String csv = new String(out.toByteArray(), StandardCharsets.UTF_8).substring(1);
            List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(csv)).getRecords();
            int header = 0;
            while (!records.get(header).get(0).equals("序号")) {
                header++;
            }
            // The national columns only: the codes and provenance this library adds are no published column.
            List<String> all = records.get(header).toList();
            int width = all.contains("事项编码") ? all.indexOf("事项编码") : all.size();
            HEADER = all.subList(0, width);
            List<String[]> rows = new ArrayList<>();
            for (CSVRecord r : records.subList(header + 1, records.size())) {
                rows.add(r.toList().subList(0, width).toArray(String[]::new));
            }
            ROWS = List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Published() {
    }

    /** The index of a national column. */
    static int column(String label) {
        int i = HEADER.indexOf(label);
        if (i < 0) {
            throw new IllegalArgumentException(label + " not in " + HEADER);
        }
        return i;
    }

    /** The national table with a flat header: one header row, 一级事项 written on every row. */
    static Sheet flat() {
        Sheet s = new Sheet(HEADER.size());
        s.row(HEADER.toArray(String[]::new));
        ROWS.forEach(s::row);
        return s;
    }

    /**
     * The national table as the annex prints it: two header rows (公开事项 over 一级/二级事项, 公开对象 over
     * 全社会/特定群体, 公开方式 over 主动/依申请, the other headings merged down), 一级事项 merged down over its rows.
     */
    static Sheet twoRowHeader() {
        int n = HEADER.size();
        Sheet s = new Sheet(n);
        String[] top = new String[n];
        String[] sub = new String[n];
        for (int c = 0; c < n; c++) {
            String label = HEADER.get(c);
            switch (label) {
                case "一级事项", "二级事项" -> {
                    top[c] = label.equals("一级事项") ? "公开事项" : "";
                    sub[c] = label;
                }
                case "全社会", "特定群体" -> {
                    top[c] = label.equals("全社会") ? "公开对象" : "";
                    sub[c] = label;
                }
                case "主动", "依申请" -> {
                    top[c] = label.equals("主动") ? "公开方式" : "";
                    sub[c] = label;
                }
                default -> {
                    top[c] = label;
                    sub[c] = "";
                    s.merge(0, c, 1, c);
                }
            }
        }
        s.merge(0, column("一级事项"), 0, column("二级事项"));
        s.merge(0, column("全社会"), 0, column("特定群体"));
        s.merge(0, column("主动"), 0, column("依申请"));
        s.row(top).row(sub);
        int area = column("一级事项");
        int start = 2;
        for (int i = 0; i < ROWS.size(); i++) {
            String[] row = ROWS.get(i).clone();
            boolean sameAsAbove = i > 0 && ROWS.get(i - 1)[area].equals(row[area]);
            if (sameAsAbove) {
                row[area] = "";
            }
            s.row(row);
            boolean lastOfArea = i + 1 == ROWS.size() || !ROWS.get(i + 1)[area].equals(ROWS.get(i)[area]);
            if (lastOfArea) {
                int r = 2 + i;
                if (r > start) {
                    s.merge(start, area, r, area);
                }
                start = r + 1;
            }
        }
        return s;
    }

    /** The areas in order of first appearance. */
    static List<String> areas() {
        return ROWS.stream().map(r -> r[column("一级事项")]).distinct().toList();
    }
}
