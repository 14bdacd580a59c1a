package org.zwgk.catalogue.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.zwgk.catalogue.data.Editions;
import org.zwgk.catalogue.model.AdministrativeLevel;
import org.zwgk.catalogue.model.Catalogue;

/** The README's portal example, compiled and run here so that the README cannot lie. */
class PortalExampleTest {

    @Test
    void aPortalGetsTheReportTheScoreAndTheCatalogueTableWithoutTheCommandLine() throws IOException {
        // README: portal example (begin)
        Checker checker = Checker.against(Editions.national()).level(AdministrativeLevel.COUNTY)
                .asOf(LocalDate.of(2026, 6, 30)).build();
        Catalogue county = Editions.byId("sample-county-shortfalls").orElseThrow();
        Report report = checker.check(county);
        int score = report.score().value();

        ByteArrayOutputStream reportHtml = new ByteArrayOutputStream();
        ReportRenderer.htmlFragment().render(report, Locale.SIMPLIFIED_CHINESE, reportHtml);
        ByteArrayOutputStream tableHtml = new ByteArrayOutputStream();
        CatalogueHtml.fragment(county, Locale.SIMPLIFIED_CHINESE, tableHtml);
        // README: portal example (end)

        assertThat(score).isBetween(0, 100);
        assertThat(reportHtml.toString(StandardCharsets.UTF_8)).startsWith("<div class=\"zwgk\">")
                .contains("zwgk-grid");
        assertThat(tableHtml.toString(StandardCharsets.UTF_8)).startsWith("<div class=\"zwgk\">")
                .contains("zwgk-catalogue-table");
    }
}
