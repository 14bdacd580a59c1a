package org.zwgk.catalogue.rules.internal.render;

import static org.zwgk.catalogue.rules.internal.render.Lang.t;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.zwgk.catalogue.model.Problem;
import org.zwgk.catalogue.model.SourceLocation;
import org.zwgk.catalogue.rules.Finding;
import org.zwgk.catalogue.rules.Report;
import org.zwgk.catalogue.rules.ReportRenderer;
import org.zwgk.catalogue.rules.Score;
import org.zwgk.catalogue.rules.SuppressedFinding;

/**
 * One row per finding, for a spreadsheet: UTF-8 with a byte-order mark (so Excel opens Chinese correctly), CRLF
 * line ends as RFC 4180 has them, the header in the report's language. Every text cell that a spreadsheet would
 * read as a formula (starting with = + - @, tab or CR) gets a leading apostrophe: catalogue text comes from
 * users' files and must never run as a formula in the reader's spreadsheet.
 */
public final class CsvRenderer implements ReportRenderer {

    static final List<String> COLUMNS = List.of("input", "rule", "severity", "area", "category", "code", "field",
            "sheet", "row", "column", "pointer", "message", "parent-value", "child-value", "legal-basis",
            "fingerprint", "suppressed", "score", "coverage");

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public void render(Report report, Locale locale, OutputStream out) throws IOException {
        renderAll(List.of(report), locale, out);
    }

    @Override
    public void renderAll(List<Report> reports, Locale locale, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180);
        List<String> header = new ArrayList<>();
        for (String c : COLUMNS) {
            header.add(t(locale, "csv.column." + c));
        }
        csv.printRecord(header);
        for (Report r : reports) {
            Score score = r.score();
            List<Finding> all = new ArrayList<>(r.findings());
            List<String> why = new ArrayList<>(java.util.Collections.nCopies(all.size(), ""));
            for (SuppressedFinding s : r.suppressed()) {
                all.add(s.finding());
                why.add(t(locale, "suppressed." + s.kind().name())
                        + s.waiver().map(x -> "：" + x.reason() + "（" + x.approver() + "，" + x.expires() + "）").orElse(""));
            }
            for (int i = 0; i < all.size(); i++) {
                Finding f = all.get(i);
                Optional<SourceLocation> s = f.location().source();
                List<Object> row = new ArrayList<>();
                row.add(text(r.input().path().orElse(r.input().title())));
                row.add(text(f.ruleId()));
                row.add(text(f.severity().label(locale)));
                row.add(text(f.location().area().orElse("")));
                row.add(text(f.location().category().orElse("")));
                row.add(text(f.location().code().orElse("")));
                row.add(text(f.location().field().map(x -> Lang.field(locale, x)).orElse("")));
                row.add(text(s.flatMap(SourceLocation::sheet).orElse("")));
                row.add(s.isPresent() && s.get().row().isPresent() ? Integer.toString(s.get().row().getAsInt()) : "");
                row.add(text(s.flatMap(SourceLocation::column).orElse("")));
                row.add(text(s.flatMap(SourceLocation::pointer).orElse("")));
                row.add(text(f.message(locale)));
                row.add(text(f.parentValue().orElse("")));
                row.add(text(f.childValue().orElse("")));
                row.add(text(f.legalBasis().orElse("")));
                row.add(f.fingerprint());
                row.add(text(why.get(i)));
                row.add(Integer.toString(score.value()));
                row.add(score.coverageText());
                csv.printRecord(row);
            }
            for (Problem p : r.input().problems()) {
                csv.printRecord(problemRow(r, p, locale));
            }
        }
        csv.flush();
    }

    /** A reading problem as a row: its id in the rule column, 读取问题 as its kind, its location and message. */
    private static List<Object> problemRow(Report r, Problem p, Locale locale) {
        SourceLocation at = p.location();
        Score score = r.score();
        List<Object> row = new ArrayList<>(java.util.Collections.nCopies(COLUMNS.size(), ""));
        row.set(COLUMNS.indexOf("input"), text(r.input().path().orElse(r.input().title())));
        row.set(COLUMNS.indexOf("rule"), text(p.messageId()));
        row.set(COLUMNS.indexOf("severity"), t(locale, "report.read-problem"));
        row.set(COLUMNS.indexOf("sheet"), text(at.sheet().orElse("")));
        row.set(COLUMNS.indexOf("row"), at.row().isPresent() ? Integer.toString(at.row().getAsInt()) : "");
        row.set(COLUMNS.indexOf("column"), text(at.column().orElse("")));
        row.set(COLUMNS.indexOf("pointer"), text(at.pointer().orElse("")));
        row.set(COLUMNS.indexOf("message"), text(p.message(locale)));
        row.set(COLUMNS.indexOf("score"), Integer.toString(score.value()));
        row.set(COLUMNS.indexOf("coverage"), score.coverageText());
        return row;
    }

    /** Neutralises a cell a spreadsheet would otherwise evaluate (CSV injection). */
    static String text(String value) {
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }
}
