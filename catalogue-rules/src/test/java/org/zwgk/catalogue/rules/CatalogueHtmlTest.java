package org.zwgk.catalogue.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.zwgk.catalogue.data.Editions;
import org.zwgk.catalogue.model.Area;
import org.zwgk.catalogue.model.Catalogue;
import org.zwgk.catalogue.model.Category;

/** A catalogue as the standard HTML table for a 政务公开 column. */
class CatalogueHtmlTest {

    static String page(Catalogue c) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CatalogueHtml.page(c, Locale.SIMPLIFIED_CHINESE, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theNationalEditionMatchesItsGoldenPage() throws IOException {
        Fixtures.assertGolden("mee-2019-672.catalogue.zh.html", page(Editions.national()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CatalogueHtml.fragment(Editions.byId("sample-county-shortfalls").orElseThrow(), Locale.ENGLISH, out);
        Fixtures.assertGolden("sample-county-shortfalls.catalogue.en.fragment.html", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aPageWithSeveralTablesEmitsTheStyleOnce() throws IOException {
        ByteArrayOutputStream with = new ByteArrayOutputStream();
        ByteArrayOutputStream without = new ByteArrayOutputStream();
        CatalogueHtml.fragment(Editions.national(), Locale.SIMPLIFIED_CHINESE, with);
        CatalogueHtml.fragmentWithoutStyle(Editions.national(), Locale.SIMPLIFIED_CHINESE, without);
        String styled = with.toString(StandardCharsets.UTF_8);
        String bare = without.toString(StandardCharsets.UTF_8);
        assertThat(styled).contains("<style>").contains(CatalogueHtml.style().strip().lines().findFirst().orElseThrow());
        assertThat(bare).doesNotContain("<style").contains("class=\"zwgk\"", "zwgk-catalogue");
        assertThat(bare.length()).isLessThan(styled.length() - CatalogueHtml.style().length() / 2);
    }

    @Test
    void severitiesHaveChineseAndEnglishLabels() {
        assertThat(Severity.ERROR.label(Locale.SIMPLIFIED_CHINESE)).isEqualTo("错误");
        assertThat(Severity.WARNING.label(Locale.SIMPLIFIED_CHINESE)).isEqualTo("警告");
        assertThat(Severity.INFO.label(Locale.SIMPLIFIED_CHINESE)).isEqualTo("提示");
        assertThat(Severity.ERROR.label(Locale.ENGLISH)).isEqualTo("error");
    }

    @Test
    void eachAreaSpansItsCategoriesAndChannelsAreBoxes() throws IOException {
        Catalogue national = Editions.national();
        Document doc = Jsoup.parse(page(national));
        assertThat(doc.select("tr.zwgk-category-row")).hasSize(national.categoryCount());
        assertThat(doc.select("th.zwgk-area")).hasSize(national.areas().size());
        for (Area a : national.areas()) {
            Element cell = doc.select("th.zwgk-area").stream().filter(e -> e.text().equals(a.name())).findFirst()
                    .orElseThrow();
            assertThat(cell.attr("rowspan")).isEqualTo(Integer.toString(a.categories().size()));
        }
        Category first = national.categories().get(0);
        Element row = doc.selectFirst("tr.zwgk-category-row[data-code=" + first.code().orElseThrow() + "]");
        assertThat(row.select(".zwgk-box-ticked")).hasSize(first.channels().size());
        assertThat(row.select(".zwgk-box-ticked").first().text()).startsWith("■");
        assertThat(row.select(".zwgk-box-empty").first().text()).startsWith("□");
        assertThat(row.select(".zwgk-box-ticked, .zwgk-box-empty")).hasSize(13);
        assertThat(doc.select("script, link, img, [src]")).isEmpty();
    }

    @Test
    void textFromTheCatalogueIsEscaped() throws IOException {
        Catalogue hostile = Fixtures.hostileInput().catalogue();
        String html = page(hostile);
        assertThat(Jsoup.parse(html).select("script")).isEmpty();
        assertThat(html).contains("&lt;script&gt;alert('x')&lt;/script&gt;");
    }
}
