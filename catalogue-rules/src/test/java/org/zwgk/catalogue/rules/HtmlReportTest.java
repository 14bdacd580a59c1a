package org.zwgk.catalogue.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The html report: self-contained, escaped, complete; the fragment fits in a portal's page. */
class HtmlReportTest {

    private static String page(Report report, Locale locale) {
        return Fixtures.render(report, "html", locale);
    }

    private static String fragment(Report report, Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportRenderer.htmlFragment().render(report, locale, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void pagesMatchTheirGoldenFiles() throws IOException {
        Fixtures.assertGolden("sample-county-shortfalls.json.zh.html",
                page(Fixtures.check("sample-county-shortfalls"), Locale.SIMPLIFIED_CHINESE));
        Fixtures.assertGolden("not-applicable.sheet.en.fragment.html",
                fragment(Fixtures.checker("not-applicable").check(Fixtures.sheetInput("not-applicable")),
                        Locale.ENGLISH));
    }

    @Test
    void thePageIsSelfContainedAndChineseByDefault() {
        String html = page(Fixtures.check("sample-county-shortfalls"), Locale.SIMPLIFIED_CHINESE);
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(doc.select("script, link, img, iframe, object, embed, [src], [href]")).isEmpty();
        String style = doc.select("style").html();
        assertThat(style).doesNotContain("url(", "@import", "@font-face", "http");
        assertThat(html).doesNotContain("http://", "https://");
    }

    @Test
    void summaryGridFindingsAndProvenanceAreThere() {
        Report r = Fixtures.check("sample-county-shortfalls");
        Document doc = Jsoup.parse(page(r, Locale.SIMPLIFIED_CHINESE));
        assertThat(doc.select(".zwgk-score-value").text()).isEqualTo(Integer.toString(r.score().value()));
        assertThat(doc.select(".zwgk-coverage-value").text()).isEqualTo(r.score().coverageText() + "%");
        assertThat(doc.select(".zwgk-grid .zwgk-cell[data-status]")).hasSize(r.categoryResults().size());
        assertThat(doc.select(".zwgk-grid .zwgk-missing")).hasSize(r.coverage().missing());
        assertThat(doc.select(".zwgk-grid .zwgk-not-applicable")).hasSize(r.coverage().notApplicable());
        assertThat(doc.select(".zwgk-grid .zwgk-added")).hasSize(r.coverage().added());
        assertThat(doc.select(".zwgk-grid .zwgk-present")).hasSize(r.coverage().present());
        Element missing = doc.selectFirst(".zwgk-grid .zwgk-missing[data-code=XK-01]");
        assertThat(missing).isNotNull();
        assertThat(missing.text()).contains("建设项目环境影响评价文件审批", "缺失");
        assertThat(doc.select("tr.zwgk-finding")).hasSize(r.findings().size());
        assertThat(doc.select("section.zwgk-rule")).hasSize(r.countsByRule().size());
        Element channel = doc.selectFirst("section.zwgk-rule[data-rule=channel.parent-channel-dropped] tr.zwgk-finding");
        assertThat(channel.selectFirst(".zwgk-parent-value").text()).isEqualTo("精准推送");
        assertThat(channel.selectFirst(".zwgk-child-value").text()).isEqualTo("政府网站");
        assertThat(channel.selectFirst(".zwgk-legal-basis").text()).contains("环办厅函〔2019〕672号");
        assertThat(doc.select(".zwgk-provenance dd").eachText()).contains("sample-county-shortfalls.json",
                "2026-06-30", "县级");
    }

    @Test
    void everyTextFromTheInputIsEscaped() {
        String html = page(Fixtures.hostileReport(), Locale.SIMPLIFIED_CHINESE);
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("script")).isEmpty();
        assertThat(html).contains("&lt;script&gt;alert('x')&lt;/script&gt; &amp; ]]&gt;");
        assertThat(doc.select(".zwgk-grid .zwgk-added").text()).contains("<script>alert('x')</script>");
    }

    @Test
    void theFragmentHasNoDocumentShellAndCarriesItsStyle() throws IOException {
        String html = fragment(Fixtures.check("sample-county-shortfalls"), Locale.SIMPLIFIED_CHINESE);
        assertThat(html).startsWith("<div class=\"zwgk\">").doesNotContain("<html", "<head", "<body", "<!doctype");
        Document doc = Jsoup.parseBodyFragment(html);
        assertThat(doc.select("div.zwgk > style")).hasSize(1);
        assertThat(doc.select("section.zwgk-report")).hasSize(1);
    }

    @Test
    void severalReportsAreOnePageWithASectionEach() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportRenderer.byName("html").orElseThrow().renderAll(
                List.of(Fixtures.check("conforming"), Fixtures.check("not-applicable")), Locale.ENGLISH, out);
        Document doc = Jsoup.parse(out.toString(StandardCharsets.UTF_8));
        assertThat(doc.select("section.zwgk-report")).hasSize(2);
        assertThat(doc.select("html").attr("lang")).isEqualTo("en");
    }

    @Test
    void theSameReportGivesTheSameBytes() {
        assertThat(page(Fixtures.check("sample-county-shortfalls"), Locale.SIMPLIFIED_CHINESE))
                .isEqualTo(page(Fixtures.check("sample-county-shortfalls"), Locale.SIMPLIFIED_CHINESE));
    }
}
