package org.zwgk.catalogue.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reports against golden files. To accept a deliberate change, run the tests with {@code -Dzwgk.updateGolden=true}
 * and review the diff of {@code src/test/resources/golden}.
 */
class ReportRenderingTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
            "sample-county-shortfalls, text, zh",
            "sample-county-shortfalls, text, en",
            "sample-county-shortfalls, json, zh",
            "deadlines-beyond-statute, text, zh",
            "conforming, json, en"})
    void reportsMatchTheirGoldenFiles(String fixture, String format, String language) throws IOException {
        Locale locale = language.equals("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        String actual = Fixtures.render(Fixtures.check(fixture), format, locale)
                .replace(Fixtures.check(fixture).tool().version(), "VERSION");
        Path golden = GOLDEN.resolve(fixture + "." + language + "." + (format.equals("text") ? "txt" : format));
        if (Boolean.getBoolean("zwgk.updateGolden")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    @Test
    void theJsonReportCarriesTheFieldsPipelinesRelyOn() throws IOException {
        JsonNode root = new ObjectMapper().readTree(
                Fixtures.render(Fixtures.check("sample-county-shortfalls"), "json", Locale.SIMPLIFIED_CHINESE));
        assertThat(root.at("/tool/name").asText()).isEqualTo("zwgk-catalogue");
        assertThat(root.at("/tool/version").asText()).isNotBlank();
        assertThat(root.at("/parent/edition").asText()).isEqualTo("mee-2019-672");
        assertThat(root.at("/parent/title").asText()).isEqualTo("生态环境领域基层政务公开标准目录");
        assertThat(root.at("/input/path").asText()).isEqualTo("sample-county-shortfalls.json");
        assertThat(root.at("/input").has("sha256")).isTrue();
        assertThat(root.at("/checkedOn").asText()).isEqualTo("2026-06-30");
        // Issue 20: 11 ERRORs, 18 WARNINGs and 2 INFOs before; channel, owner and content findings are one per
        // category and lighter, deadline triggers compare, pending repeals and 国办发〔2018〕118号 add notices.
        assertThat(root.at("/summary/errors").asInt()).isEqualTo(3);
        assertThat(root.at("/summary/warnings").asInt()).isEqualTo(12);
        assertThat(root.at("/summary/infos").asInt()).isEqualTo(11);
        assertThat(root.at("/summary/coverage/expected").asInt()).isEqualTo(9);
        assertThat(root.at("/summary/coverage/present").asInt()).isEqualTo(6);
        assertThat(root.at("/summary/coverage/notApplicable").asInt()).isEqualTo(1);
        assertThat(root.at("/summary/coverage/missing").asInt()).isEqualTo(2);
        assertThat(root.at("/summary/coverage/added").asInt()).isEqualTo(1);
        JsonNode first = root.at("/findings/0");
        assertThat(first.get("ruleId").asText()).isEqualTo("coverage.missing-category");
        assertThat(first.get("severity").asText()).isEqualTo("ERROR");
        for (String key : new String[] {"area", "category", "field", "sheet", "row", "column"}) {
            assertThat(first.get("location").has(key)).as(key).isTrue();
        }
        for (String key : new String[] {"message", "parentValue", "childValue", "legalBasis"}) {
            assertThat(first.has(key)).as(key).isTrue();
        }
        assertThat(first.at("/location/category").asText()).isEqualTo("建设项目环境影响评价文件审批");
    }

    @Test
    void theSameInputGivesTheSameBytesWhateverTheJvmLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            String us = Fixtures.render(Fixtures.check("sample-county-shortfalls"), "json", Locale.SIMPLIFIED_CHINESE);
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            String tr = Fixtures.render(Fixtures.check("sample-county-shortfalls"), "json", Locale.SIMPLIFIED_CHINESE);
            assertThat(tr).isEqualTo(us);
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void everyRendererGivesTheSameBytesWhateverTheJvmLocaleAndZone() throws IOException {
        Report report = Fixtures.checker("only-government-website").check(Fixtures.sheetInput("only-government-website"));
        Locale locale = Locale.getDefault();
        java.util.TimeZone zone = java.util.TimeZone.getDefault();
        try {
            java.util.List<ReportRenderer> renderers = new java.util.ArrayList<>(ReportRenderer.all());
            renderers.add(ReportRenderer.htmlFragment());
            renderers.add(ReportRenderer.compactJson());
            for (ReportRenderer r : renderers) {
                for (Locale language : java.util.List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                    Locale.setDefault(Locale.US);
                    java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("America/New_York"));
                    java.io.ByteArrayOutputStream a = new java.io.ByteArrayOutputStream();
                    r.render(report, language, a);
                    Locale.setDefault(Locale.forLanguageTag("tr-TR"));
                    java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Asia/Shanghai"));
                    java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
                    r.render(report, language, b);
                    assertThat(b.toByteArray()).as(r.name() + " " + language).isEqualTo(a.toByteArray());
                }
            }
        } finally {
            Locale.setDefault(locale);
            java.util.TimeZone.setDefault(zone);
        }
    }

    @Test
    void compactJsonIsTheJsonReportOnOneLine() throws IOException {
        Report report = Fixtures.check("sample-county-shortfalls");
        String indented = Fixtures.render(report, "json", Locale.SIMPLIFIED_CHINESE);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        ReportRenderer.compactJson().render(report, Locale.SIMPLIFIED_CHINESE, out);
        String compact = out.toString(StandardCharsets.UTF_8);

        assertThat(compact).endsWith("\n");
        assertThat(compact.strip()).doesNotContain("\n");
        assertThat(new ObjectMapper().readTree(compact)).isEqualTo(new ObjectMapper().readTree(indented));
        assertThat(compact.length()).isLessThan(indented.length() * 9 / 10);
        assertThat(ReportRenderer.compactJson().name()).isEqualTo("json");
    }

    @Test
    void writeCompactJsonWritesTheCompactReportAndReturnsTheScoreAndFingerprintsItPrinted() throws IOException {
        Report report = Fixtures.check("sample-county-shortfalls");
        java.io.ByteArrayOutputStream compact = new java.io.ByteArrayOutputStream();
        ReportRenderer.compactJson().render(report, Locale.SIMPLIFIED_CHINESE, compact);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

        ReportRenderer.JsonFacts facts = ReportRenderer.writeCompactJson(report, Locale.SIMPLIFIED_CHINESE, out);

        assertThat(out.toByteArray()).isEqualTo(compact.toByteArray());
        JsonNode json = new ObjectMapper().readTree(out.toByteArray());
        assertThat(facts.score()).isEqualTo(report.score());
        assertThat(facts.score().value()).isEqualTo(json.at("/summary/score/value").asInt());
        assertThat(facts.fingerprints()).isNotEmpty().hasSize(json.get("findings").size())
                .isEqualTo(report.findings().stream().map(Finding::fingerprint).toList());
        for (int i = 0; i < facts.fingerprints().size(); i++) {
            assertThat(json.get("findings").get(i).get("fingerprint").asText())
                    .isEqualTo(facts.fingerprints().get(i));
        }
    }

    @Test
    void everyFormatIsRegisteredByItsShortName() {
        assertThat(ReportRenderer.all()).extracting(ReportRenderer::name)
                .containsExactly("text", "json", "html", "xlsx", "sarif", "junit", "csv");
        for (ReportRenderer r : ReportRenderer.all()) {
            assertThat(ReportRenderer.byName(r.name())).hasValueSatisfying(x -> assertThat(x.name()).isEqualTo(r.name()));
        }
        assertThat(ReportRenderer.byName("pdf")).isEmpty();
    }
}
