package org.zwgk.catalogue.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** The sarif report is valid SARIF 2.1.0 (the official schema, src/test/resources/sarif) and says what it should. */
class SarifReportTest {

    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = SarifReportTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in, config);
        }
    }

    private static JsonNode validated(String sarif) throws IOException {
        JsonNode node = new ObjectMapper().readTree(sarif);
        Set<ValidationMessage> errors = schema.validate(node);
        assertThat(errors).as("SARIF 2.1.0 schema violations").isEmpty();
        return node;
    }

    @Test
    void everyFixtureGivesValidSarifInBothLanguagesAndBothKindsOfLocation() throws IOException {
        for (String name : Fixtures.NAMES) {
            for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                validated(Fixtures.render(Fixtures.check(name), "sarif", locale));
                validated(Fixtures.render(Fixtures.checker(name).check(Fixtures.sheetInput(name)), "sarif", locale));
            }
        }
    }

    @Test
    void readProblemsAreToolExecutionNotificationsWithTheirLocation() throws Exception {
        String json = org.zwgk.catalogue.model.json.CatalogueJson.write(
                org.zwgk.catalogue.data.Editions.byId("sample-county-conforming").orElseThrow())
                .replaceFirst("\\{", "{\"unexpected\": \"x\", ");
        CheckRun run = CheckRun.of(CheckRequest.builder().asOf(Fixtures.AS_OF)
                .input(InputFile.of("county.json", json.getBytes(java.nio.charset.StandardCharsets.UTF_8))).build());
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        run.renderAll("sarif", Locale.SIMPLIFIED_CHINESE, out);
        JsonNode log = validated(out.toString(java.nio.charset.StandardCharsets.UTF_8));
        JsonNode notification = log.at("/runs/0/invocations/0/toolExecutionNotifications/0");
        assertThat(notification.at("/descriptor/id").asText()).isEqualTo("json.field.unknown");
        assertThat(notification.at("/level").asText()).isEqualTo("warning");
        assertThat(notification.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("county.json");
    }

    @Test
    void severalInputsAreOneLogWithARunEach() throws IOException {
        List<Report> reports = List.of(Fixtures.check("conforming"), Fixtures.check("sample-county-shortfalls"));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        ReportRenderer.byName("sarif").orElseThrow().renderAll(reports, Locale.SIMPLIFIED_CHINESE, out);
        JsonNode log = validated(out.toString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(log.at("/runs")).hasSize(2);
        assertThat(log.at("/runs/1/artifacts/0/location/uri").asText()).isEqualTo("sample-county-shortfalls.json");
    }

    @Test
    void rulesCarryTheirMetadataAndLegalBasis() throws IOException {
        JsonNode run = validated(Fixtures.render(Fixtures.check("sample-county-shortfalls"), "sarif",
                Locale.SIMPLIFIED_CHINESE)).at("/runs/0");
        JsonNode rules = run.at("/tool/driver/rules");
        assertThat(rules).hasSize(Rules.all().size());
        JsonNode missing = rules.get(2);
        assertThat(missing.get("id").asText()).isEqualTo("coverage.missing-category");
        assertThat(missing.get("name").asText()).isEqualTo("CoverageMissingCategory");
        assertThat(missing.at("/shortDescription/text").asText()).isEqualTo("缺少上级目录事项");
        assertThat(missing.at("/fullDescription/text").asText()).contains("不得低于上级目录");
        assertThat(missing.at("/defaultConfiguration/level").asText()).isEqualTo("error");
        assertThat(missing.at("/help/text").asText()).contains("环办厅函〔2019〕672号");
        JsonNode english = new ObjectMapper().readTree(Fixtures.render(Fixtures.check("sample-county-shortfalls"),
                "sarif", Locale.ENGLISH)).at("/runs/0/tool/driver/rules/2/shortDescription/text");
        assertThat(english.asText()).isNotEqualTo("缺少上级目录事项").isNotBlank();
    }

    @Test
    void aResultPointsAtTheCellByRowAndColumnNumber() throws IOException {
        Report report = Fixtures.checker("only-government-website").check(Fixtures.sheetInput("only-government-website"));
        JsonNode run = validated(Fixtures.render(report, "sarif", Locale.SIMPLIFIED_CHINESE)).at("/runs/0");
        JsonNode channel = null;
        for (JsonNode r : run.get("results")) {
            if (r.get("ruleId").asText().equals("channel.parent-channel-dropped")) {
                channel = r;
                break;
            }
        }
        assertThat(channel).isNotNull();
        JsonNode physical = channel.at("/locations/0/physicalLocation");
        assertThat(physical.at("/artifactLocation/uri").asText()).isEqualTo("only-government-website.xlsx");
        assertThat(physical.at("/region/startLine").asInt()).isEqualTo(3);
        // channels is the 8th field: column H, number 8.
        assertThat(physical.at("/region/startColumn").asInt()).isEqualTo(8);
        // A county that keeps 政府网站 but drops other channels is a WARNING since issue 20.
        assertThat(channel.get("level").asText()).isEqualTo("warning");
        assertThat(channel.at("/partialFingerprints").size()).isEqualTo(1);
        assertThat(run.at("/properties/score").isInt()).isTrue();
        assertThat(run.at("/properties/coverage").isNumber()).isTrue();
    }

    @Test
    void suppressedFindingsAreResultsWithSuppressions() throws IOException {
        Waiver w = new Waiver("channel.parent-channel-dropped", "XK-01", java.util.Optional.empty(), "理由", "张三",
                java.time.LocalDate.of(2030, 1, 1));
        Report today = Fixtures.check("sample-county-shortfalls");
        Report r = Fixtures.checker("only-government-website").toBuilder().waivers(new Waivers(List.of(w)))
                .baseline(Baseline.of(List.of(today))).build().check(Fixtures.input("only-government-website"));
        JsonNode run = validated(Fixtures.render(r, "sarif", Locale.SIMPLIFIED_CHINESE)).at("/runs/0");
        int suppressed = 0;
        for (JsonNode result : run.get("results")) {
            suppressed += result.has("suppressions") ? 1 : 0;
        }
        assertThat(suppressed).isEqualTo(r.suppressed().size()).isPositive();
    }

    @Test
    void hostileTextStaysValidJson() throws IOException {
        JsonNode run = validated(Fixtures.render(Fixtures.hostileReport(), "sarif", Locale.SIMPLIFIED_CHINESE));
        assertThat(run.toString()).contains("<script>alert('x')</script>");
    }
}
