package org.zwgk.catalogue.rules.internal.render;

import static org.zwgk.catalogue.rules.internal.render.Lang.t;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.zwgk.catalogue.rules.BatchSummary;
import org.zwgk.catalogue.rules.SkippedFile;
import org.zwgk.catalogue.rules.SummaryRenderer;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/** The batch summary as a terminal table, JSON, or an HTML index page. */
public final class SummaryRenderers {

    private static final JsonFactory FACTORY = new JsonFactory();

    private SummaryRenderers() {
    }

    public static List<SummaryRenderer> all() {
        return List.of(new Text(), new Json(), new Html());
    }

    private static List<String> headers(Locale locale) {
        List<String> h = new ArrayList<>();
        for (String c : List.of("rank", "score", "coverage", "errors", "warnings", "infos", "suppressed", "input",
                "title")) {
            h.add(t(locale, "summary.column." + c));
        }
        return h;
    }

    private static List<String> cells(BatchSummary.Entry e) {
        return List.of(Integer.toString(e.rank()), Integer.toString(e.score()), e.coverage().toPlainString() + "%",
                Integer.toString(e.errors()), Integer.toString(e.warnings()), Integer.toString(e.infos()),
                Integer.toString(e.suppressed()), e.input(), e.title());
    }

    /** A table aligned by display width (a Chinese character takes two columns). */
    static final class Text implements SummaryRenderer {
        @Override
        public String name() {
            return "text";
        }

        @Override
        public void render(BatchSummary s, Locale locale, OutputStream out) throws IOException {
            List<List<String>> rows = new ArrayList<>();
            rows.add(headers(locale));
            s.entries().forEach(e -> rows.add(cells(e)));
            int columns = rows.get(0).size();
            int[] widths = new int[columns];
            for (List<String> row : rows) {
                for (int i = 0; i < columns - 1; i++) {
                    widths[i] = Math.max(widths[i], width(row.get(i)));
                }
            }
            StringBuilder b = new StringBuilder();
            b.append(t(locale, "summary.title", s.entries().size(), s.failures().size())).append('\n');
            for (int r = 0; r < rows.size(); r++) {
                List<String> row = rows.get(r);
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < columns; i++) {
                    String cell = row.get(i);
                    line.append(cell);
                    if (i < columns - 1) {
                        line.append(" ".repeat(widths[i] - width(cell) + 2));
                    }
                }
                b.append(line.toString().stripTrailing()).append('\n');
                if (r == 0) {
                    b.append("-".repeat(Math.max(40, width(line.toString().stripTrailing())))).append('\n');
                }
            }
            for (BatchSummary.Failure f : s.failures()) {
                b.append(t(locale, "summary.failure", f.input(), f.message(locale))).append('\n');
            }
            if (!s.skipped().isEmpty()) {
                b.append(t(locale, "summary.skipped", s.skipped().size())).append('\n');
                for (SkippedFile f : s.skipped()) {
                    b.append("  ").append(f.path()).append("：").append(t(locale, f.reason())).append('\n');
                }
            }
            out.write(b.toString().getBytes(StandardCharsets.UTF_8));
        }

        static int width(String text) {
            return DisplayWidth.of(text);
        }
    }

    static final class Json implements SummaryRenderer {
        @Override
        public String name() {
            return "json";
        }

        @Override
        public void render(BatchSummary s, Locale locale, OutputStream out) throws IOException {
            try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
                g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
                g.useDefaultPrettyPrinter();
                g.writeStartObject();
                g.writeStringField("format", "zwgk-catalogue-summary/1");
                g.writeArrayFieldStart("catalogues");
                for (BatchSummary.Entry e : s.entries()) {
                    g.writeStartObject();
                    g.writeNumberField("rank", e.rank());
                    g.writeStringField("input", e.input());
                    g.writeStringField("title", e.title());
                    g.writeNumberField("score", e.score());
                    g.writeNumberField("coverage", e.coverage());
                    g.writeNumberField("errors", e.errors());
                    g.writeNumberField("warnings", e.warnings());
                    g.writeNumberField("infos", e.infos());
                    g.writeNumberField("suppressed", e.suppressed());
                    if (e.link().isPresent()) {
                        g.writeStringField("report", e.link().get());
                    } else {
                        g.writeNullField("report");
                    }
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeArrayFieldStart("failures");
                for (BatchSummary.Failure f : s.failures()) {
                    g.writeStartObject();
                    g.writeStringField("input", f.input());
                    g.writeStringField("message", f.message(locale));
                    g.writeEndObject();
                }
                g.writeEndArray();
                if (!s.skipped().isEmpty()) {
                    g.writeArrayFieldStart("skipped");
                    for (SkippedFile f : s.skipped()) {
                        g.writeStartObject();
                        g.writeStringField("input", f.path());
                        g.writeStringField("reason", f.reason());
                        g.writeStringField("message", t(locale, f.reason()));
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
            }
            out.write('\n');
        }
    }

    /** An index page: the ranking, each row linking to its catalogue's own report. */
    static final class Html implements SummaryRenderer {
        @Override
        public String name() {
            return "html";
        }

        @Override
        public void render(BatchSummary s, Locale locale, OutputStream out) throws IOException {
            Document doc = HtmlPage.shell(locale, t(locale, "summary.page-title"));
            doc.head().appendElement("style").appendChild(new DataNode(HtmlPage.STYLE));
            Element body = doc.body().addClass("zwgk");
            Element section = body.appendElement("section").addClass("zwgk-summary-page");
            section.appendElement("h1").text(t(locale, "summary.page-title"));
            section.appendElement("p").text(t(locale, "summary.title", s.entries().size(), s.failures().size()));
            Element table = section.appendElement("table").addClass("zwgk-ranking");
            Element head = table.appendElement("thead").appendElement("tr");
            headers(locale).forEach(h -> head.appendElement("th").attr("scope", "col").text(h));
            Element tbody = table.appendElement("tbody");
            for (BatchSummary.Entry e : s.entries()) {
                Element tr = tbody.appendElement("tr").addClass("zwgk-ranked");
                List<String> cells = cells(e);
                for (int i = 0; i < cells.size(); i++) {
                    Element td = tr.appendElement("td");
                    if (i == 1) {
                        td.addClass("zwgk-score-cell").addClass(e.score() >= 90 ? "zwgk-good"
                                : e.score() >= 60 ? "zwgk-fair" : "zwgk-poor");
                    }
                    if (i == 7 && e.link().isPresent()) {
                        td.appendElement("a").attr("href", e.link().get()).text(cells.get(i));
                    } else {
                        td.text(cells.get(i));
                    }
                }
            }
            if (!s.failures().isEmpty()) {
                section.appendElement("h2").text(t(locale, "summary.failures", s.failures().size()));
                Element ul = section.appendElement("ul").addClass("zwgk-failures");
                s.failures().forEach(f -> ul.appendElement("li").text(f.input() + "：" + f.message(locale)));
            }
            if (!s.skipped().isEmpty()) {
                section.appendElement("h2").text(t(locale, "summary.skipped", s.skipped().size()));
                Element ul = section.appendElement("ul").addClass("zwgk-skipped");
                s.skipped().forEach(f -> ul.appendElement("li").text(f.path() + "：" + t(locale, f.reason())));
            }
            out.write((doc.outerHtml() + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }
}
