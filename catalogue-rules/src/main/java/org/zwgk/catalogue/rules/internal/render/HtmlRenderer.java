package org.zwgk.catalogue.rules.internal.render;

import static org.zwgk.catalogue.rules.internal.render.Lang.t;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.zwgk.catalogue.model.Area;
import org.zwgk.catalogue.model.Problem;
import org.zwgk.catalogue.rules.CategoryResult;
import org.zwgk.catalogue.rules.Finding;
import org.zwgk.catalogue.rules.MatchKind;
import org.zwgk.catalogue.rules.Report;
import org.zwgk.catalogue.rules.ReportRenderer;
import org.zwgk.catalogue.rules.RuleInfo;
import org.zwgk.catalogue.rules.Rules;
import org.zwgk.catalogue.rules.Score;
import org.zwgk.catalogue.rules.SkippedComparison;
import org.zwgk.catalogue.rules.internal.score.Scoring;

/**
 * The report as one self-contained HTML page (or, for a portal, an HTML fragment to place in its own page): the
 * summary with the score, a coverage grid of the parent's areas × categories, the findings grouped by rule and
 * then by category with parent and child values side by side and the legal reason, and the provenance. No
 * script, no external style sheet, font or image: the page works offline and leaks nothing. The page is built as
 * a jsoup document, so every text from the input is escaped by jsoup, never by hand.
 */
public final class HtmlRenderer implements ReportRenderer {

    private final boolean fragment;

    /** The full page ({@code fragment == false}) or a {@code <section>} with its scoped style. */
    public HtmlRenderer(boolean fragment) {
        this.fragment = fragment;
    }

    @Override
    public String name() {
        return fragment ? "html-fragment" : "html";
    }

    @Override
    public String extension() {
        return "html";
    }

    @Override
    public void render(Report report, Locale locale, OutputStream out) throws IOException {
        renderAll(List.of(report), locale, out);
    }

    @Override
    public void renderAll(List<Report> reports, Locale locale, OutputStream out) throws IOException {
        Document doc = HtmlPage.shell(locale, reports.size() == 1 ? t(locale, "report.title") + " — "
                + reports.get(0).input().path().orElse(reports.get(0).input().title()) : t(locale, "report.title"));
        Element container = fragment ? new Element("div").addClass("zwgk") : doc.body().addClass("zwgk");
        (fragment ? container : doc.head()).appendElement("style").appendChild(new DataNode(HtmlPage.STYLE));
        for (Report r : reports) {
            report(container, r, locale);
        }
        String html = fragment ? container.outerHtml() + "\n" : doc.outerHtml() + "\n";
        out.write(html.getBytes(StandardCharsets.UTF_8));
    }

    private static void report(Element parent, Report r, Locale locale) {
        Element section = parent.appendElement("section").addClass("zwgk-report")
                .attr("lang", Lang.tag(locale));
        section.appendElement("h1").text(t(locale, "report.title"));
        section.appendElement("p").addClass("zwgk-subject")
                .text(r.input().title() + r.input().path().map(p -> " · " + p).orElse(""));
        summary(section, r, locale);
        grid(section, r, locale);
        findings(section, r, locale);
        waivers(section, r, locale);
        if (!r.skipped().isEmpty()) {
            section.appendElement("h2").text(t(locale, "report.skipped", r.skipped().size()));
            Element ul = section.appendElement("ul").addClass("zwgk-skipped");
            for (SkippedComparison s : r.skipped()) {
                ul.appendElement("li").text(s.category().map(c -> c + " · ").orElse("") + s.ruleId() + "："
                        + s.reason(locale));
            }
        }
        if (!r.input().problems().isEmpty()) {
            section.appendElement("h2").text(t(locale, "report.problems", r.input().problems().size()));
            Element ul = section.appendElement("ul").addClass("zwgk-problems");
            for (Problem p : r.input().problems()) {
                ul.appendElement("li").text(p.describe(locale));
            }
        }
        provenance(section, r, locale);
    }

    private static void summary(Element section, Report r, Locale locale) {
        Score score = r.score();
        Element box = section.appendElement("div").addClass("zwgk-summary");
        Element s = box.appendElement("div").addClass("zwgk-score").addClass(band(score.value()));
        s.appendElement("span").addClass("zwgk-score-value").text(Integer.toString(score.value()));
        s.appendElement("span").addClass("zwgk-score-label").text(t(locale, "html.score"));
        Element c = box.appendElement("div").addClass("zwgk-coverage");
        c.appendElement("span").addClass("zwgk-coverage-value").text(score.coverageText() + "%");
        c.appendElement("span").addClass("zwgk-score-label").text(t(locale, "html.coverage"));
        Element counts = box.appendElement("ul").addClass("zwgk-counts");
        counts.appendElement("li").addClass("zwgk-error").text(t(locale, "html.count.ERROR", r.errors()));
        counts.appendElement("li").addClass("zwgk-warning").text(t(locale, "html.count.WARNING", r.warnings()));
        counts.appendElement("li").addClass("zwgk-info").text(t(locale, "html.count.INFO", r.infos()));
        box.appendElement("p").addClass("zwgk-score-text").text(t(locale, "report.score", score.value(),
                score.coverageText(), score.met(), score.expected()));
        box.appendElement("p").text(t(locale, "report.coverage", r.coverage().expected(), r.coverage().present(),
                r.coverage().notApplicable(), r.coverage().missing(), r.coverage().added()));
        r.parent().declared().filter(d -> d > r.parent().transcribed()).ifPresent(d -> box.appendElement("p")
                .addClass("zwgk-note").text(t(locale, "report.parent.partial", r.parent().transcribed(), d,
                        d - r.parent().transcribed())));
        box.appendElement("p").addClass("zwgk-suppressed").text(Lang.suppressed(locale, r));
        box.appendElement("p").addClass("zwgk-formula").text(t(locale, "html.formula", Score.POINTS_PER_CATEGORY,
                Score.ERROR_DEDUCTION, Score.WARNING_DEDUCTION));
    }

    private static String band(int score) {
        return score >= 90 ? "zwgk-good" : score >= 60 ? "zwgk-fair" : "zwgk-poor";
    }

    private static void grid(Element section, Report r, Locale locale) {
        section.appendElement("h2").text(t(locale, "html.grid"));
        Element legend = section.appendElement("ul").addClass("zwgk-legend");
        for (String status : List.of("present", "not-applicable", "missing", "added", "not-expected")) {
            legend.appendElement("li").addClass("zwgk-cell").addClass("zwgk-" + status)
                    .text(t(locale, "html.status." + status));
        }
        // Rows: the parent's areas in order; additions in their own area's row, or a row of their own.
        Map<String, List<CategoryResult>> rows = new LinkedHashMap<>();
        for (Area a : r.parent().areas()) {
            rows.put(a.name(), new ArrayList<>());
        }
        String other = t(locale, "html.status.added");
        for (CategoryResult c : r.categoryResults()) {
            String area = c.area().orElse(other);
            rows.computeIfAbsent(c.status() == MatchKind.ADDED && !rows.containsKey(area) ? other : area,
                    k -> new ArrayList<>()).add(c);
        }
        Element table = section.appendElement("table").addClass("zwgk-grid");
        Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").attr("scope", "col").text(t(locale, "html.col.area"));
        head.appendElement("th").attr("scope", "col").text(t(locale, "html.col.categories"));
        Element body = table.appendElement("tbody");
        for (Map.Entry<String, List<CategoryResult>> row : rows.entrySet()) {
            Element tr = body.appendElement("tr");
            tr.appendElement("th").attr("scope", "row").text(row.getKey());
            Element cells = tr.appendElement("td").appendElement("ul").addClass("zwgk-cells");
            if (row.getValue().isEmpty()) {
                cells.appendElement("li").addClass("zwgk-cell").addClass("zwgk-untranscribed")
                        .text(t(locale, "html.status.untranscribed"));
            }
            for (CategoryResult c : row.getValue()) {
                String status = status(c.status());
                Element cell = cells.appendElement("li").addClass("zwgk-cell").addClass("zwgk-" + status)
                        .attr("data-status", status);
                c.code().ifPresent(code -> cell.attr("data-code", code));
                cell.appendElement("span").addClass("zwgk-cell-name")
                        .text(c.code().map(code -> code + " ").orElse("") + c.category());
                String label = t(locale, "html.status." + status)
                        + c.reason().map(reason -> "：" + reason).orElse(c.status() == MatchKind.NOT_APPLICABLE
                                ? t(locale, "html.status.no-reason") : "")
                        + (c.counted() ? " · " + t(locale, "html.points", c.points(), Score.POINTS_PER_CATEGORY) : "");
                cell.appendElement("span").addClass("zwgk-cell-status").text(label);
                c.childCategory().filter(n -> !n.equals(c.category()))
                        .ifPresent(n -> cell.appendElement("span").addClass("zwgk-cell-child")
                                .text(t(locale, "report.child-value", n)));
                if (!c.findings().isEmpty()) {
                    cell.appendElement("span").addClass("zwgk-cell-findings").text(t(locale, "html.cell.findings",
                            c.count(org.zwgk.catalogue.rules.Severity.ERROR),
                            c.count(org.zwgk.catalogue.rules.Severity.WARNING)));
                }
            }
        }
    }

    private static String status(MatchKind kind) {
        return switch (kind) {
            case CODE, NAME, SIMILAR, DUPLICATE -> "present";
            case NOT_APPLICABLE -> "not-applicable";
            case MISSING -> "missing";
            case ADDED -> "added";
            case NOT_EXPECTED -> "not-expected";
        };
    }

    private static void findings(Element section, Report r, Locale locale) {
        section.appendElement("h2").text(t(locale, "report.findings") + "（" + r.findings().size() + "）");
        if (r.findings().isEmpty()) {
            section.appendElement("p").addClass("zwgk-none").text(t(locale, "report.none"));
            return;
        }
        List<Finding> rest = Scoring.unattributed(r, r.findings());
        for (RuleInfo rule : Rules.all()) {
            List<Finding> ofRule = r.findings(rule.id());
            if (ofRule.isEmpty()) {
                continue;
            }
            Element rs = section.appendElement("section").addClass("zwgk-rule").attr("data-rule", rule.id());
            Element h3 = rs.appendElement("h3");
            h3.appendElement("span").addClass("zwgk-rule-title").text(rule.title(locale));
            h3.appendElement("code").text(rule.id());
            h3.appendElement("span").addClass("zwgk-rule-count").text(t(locale, "html.rule.count", ofRule.size()));
            rs.appendElement("p").addClass("zwgk-rule-description").text(rule.description(locale));
            Map<String, List<Finding>> byCategory = new LinkedHashMap<>();
            for (Finding f : ofRule) {
                String key = rest.contains(f) ? t(locale, "junit.catalogue")
                        : f.location().area().map(a -> a + " › ").orElse("") + f.location().category().orElse("");
                byCategory.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
            }
            for (Map.Entry<String, List<Finding>> e : byCategory.entrySet()) {
                Element group = rs.appendElement("div").addClass("zwgk-category");
                group.appendElement("h4").text(e.getKey());
                Element table = group.appendElement("table").addClass("zwgk-findings");
                Element head = table.appendElement("thead").appendElement("tr");
                for (String col : List.of("severity", "field", "message", "parent", "child", "legal-basis",
                        "location")) {
                    head.appendElement("th").attr("scope", "col").text(t(locale, "html.col." + col));
                }
                Element body = table.appendElement("tbody");
                for (Finding f : e.getValue()) {
                    String sev = f.severity().name();
                    Element tr = body.appendElement("tr").addClass("zwgk-finding")
                            .addClass("zwgk-" + sev.toLowerCase(Locale.ROOT)).attr("data-rule", f.ruleId())
                            .attr("data-fingerprint", f.fingerprint());
                    tr.appendElement("td").addClass("zwgk-severity").text(t(locale, "severity." + sev));
                    tr.appendElement("td").addClass("zwgk-field")
                            .text(f.location().field().map(x -> Lang.field(locale, x)).orElse("—"));
                    tr.appendElement("td").addClass("zwgk-message").text(f.message(locale));
                    tr.appendElement("td").addClass("zwgk-parent-value").text(f.parentValue().orElse("—"));
                    tr.appendElement("td").addClass("zwgk-child-value").text(f.childValue().orElse("—"));
                    tr.appendElement("td").addClass("zwgk-legal-basis").text(f.legalBasis().orElse("—"));
                    tr.appendElement("td").addClass("zwgk-location")
                            .text(f.location().source().map(Object::toString).orElse("—"));
                }
            }
        }
    }

    private static void waivers(Element section, Report r, Locale locale) {
        if (!r.waiversUsed().isEmpty()) {
            section.appendElement("h2").text(t(locale, "report.waivers-used", r.waiversUsed().size()));
            Element ul = section.appendElement("ul").addClass("zwgk-waivers");
            r.waiversUsed().forEach(w -> ul.appendElement("li").text(Lang.waiver(locale, w)));
        }
        if (!r.waiversExpired().isEmpty()) {
            section.appendElement("h2").text(t(locale, "report.waivers-expired", r.waiversExpired().size()));
            Element ul = section.appendElement("ul").addClass("zwgk-waivers-expired");
            r.waiversExpired().forEach(w -> ul.appendElement("li").text(Lang.waiver(locale, w)));
        }
        if (!r.suppressed().isEmpty()) {
            section.appendElement("h2").text(t(locale, "report.suppressed-list", r.suppressed().size()));
            Element ul = section.appendElement("ul").addClass("zwgk-suppressed-list");
            for (org.zwgk.catalogue.rules.SuppressedFinding s : r.suppressed()) {
                ul.appendElement("li").attr("data-fingerprint", s.finding().fingerprint())
                        .text("[" + t(locale, "suppressed." + s.kind().name()) + "] " + s.finding().ruleId() + " · "
                                + s.finding().message(locale));
            }
        }
    }

    private static void provenance(Element section, Report r, Locale locale) {
        section.appendElement("h2").text(t(locale, "html.provenance"));
        Element dl = section.appendElement("dl").addClass("zwgk-provenance");
        entry(dl, t(locale, "html.prov.input"), r.input().path().orElse(r.input().title()));
        entry(dl, t(locale, "html.prov.title"), r.input().title() + " [" + r.input().edition() + "]");
        r.input().sha256().ifPresent(h -> entry(dl, "SHA-256", h));
        entry(dl, t(locale, "html.prov.parent"), r.parent().title() + " [" + r.parent().edition() + "]");
        entry(dl, t(locale, "html.prov.checked-on"), r.checkedOn().toString());
        entry(dl, t(locale, "html.prov.level"), r.level().map(l -> Lang.en(locale) ? l.englishName() : l.label())
                .orElse("—"));
        entry(dl, t(locale, "html.prov.profile"), r.profile());
        entry(dl, t(locale, "html.prov.tool"), r.tool().name() + " " + r.tool().version());
        entry(dl, t(locale, "html.prov.registry"), r.tool().registry().label());
        entry(dl, t(locale, "html.prov.locale"), Lang.tag(locale));
    }

    private static void entry(Element dl, String term, String value) {
        dl.appendElement("dt").text(term);
        dl.appendElement("dd").text(value);
    }
}
