package org.zwgk.catalogue.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.zwgk.catalogue.data.Editions;
import org.zwgk.catalogue.model.json.CatalogueJson;

/**
 * {@code check --registry FILE}: a registry overlay changes what the check knows of the law, and the report says which
 * registry it used. The repeal below is made up for the test (an example.org source, a date in 2026).
 */
class RegistryOverlayCliTest {

    @TempDir
    Path dir;

    private static final String REPEAL = """
            {"version": "测试-1", "instruments": [
              {"id": "sc-hazardous-waste-license-measures", "status": "已废止", "repealedOn": "2026-03-01",
               "sources": [{"url": "https://example.org/repeal", "verifies": "a made-up repeal", "kind": "test"}]}]}
            """;

    private long repealedFindings(JsonNode report) {
        long n = 0;
        for (JsonNode f : report.path("findings")) {
            if (f.path("ruleId").asText().equals("legal.instrument-repealed")) {
                n++;
            }
        }
        return n;
    }

    @Test
    void anOverlayChangesTheFindingsAndEveryReportNamesIt() throws Exception {
        Path catalogue = dir.resolve("county.json");
        Files.writeString(catalogue, CatalogueJson.write(Editions.byId("sample-county-shortfalls").orElseThrow()),
                StandardCharsets.UTF_8);
        Path overlay = dir.resolve("法规库补充.json");
        Files.writeString(overlay, REPEAL, StandardCharsets.UTF_8);
        ObjectMapper json = new ObjectMapper();

        CliRun plain = CliRun.of("check", catalogue.toString(), "--as-of", "2026-06-30", "--format", "json");
        CliRun with = CliRun.of("check", catalogue.toString(), "--as-of", "2026-06-30", "--format", "json",
                "--registry", overlay.toString());
        JsonNode before = json.readTree(plain.out());
        JsonNode after = json.readTree(with.out());
        assertThat(repealedFindings(after)).isEqualTo(repealedFindings(before) + 1);
        assertThat(before.at("/tool/registry/version").asText()).isEqualTo("2026-12-04");
        assertThat(before.at("/tool/registry/overlays")).isEmpty();
        assertThat(after.at("/tool/registry/overlays/0/name").asText()).isEqualTo(overlay.toString());
        assertThat(after.at("/tool/registry/overlays/0/version").asText()).isEqualTo("测试-1");
        assertThat(after.at("/tool/registry/overlays/0/sha256").asText()).hasSize(64);

        CliRun text = CliRun.of("check", catalogue.toString(), "--as-of", "2026-06-30", "--registry",
                overlay.toString());
        assertThat(text.out()).contains("法规库版本 2026-12-04 + " + overlay + " 测试-1 (sha256 ");
    }

    @Test
    void aBadOverlayIsAUsageErrorNamingEveryPointer() throws Exception {
        Path overlay = dir.resolve("bad.json");
        Files.writeString(overlay, """
                {"version": "1", "instruments": [{"id": "new-one", "repealedOn": "2026-13-01", "sources": []}]}
                """, StandardCharsets.UTF_8);
        CliRun run = CliRun.of("check", "--registry", overlay.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(overlay + "#/instruments/0/repealedOn", "registry.overlay.type.date",
                "/instruments/0/sources", "registry.overlay.sources.missing");

        CliRun missing = CliRun.of("check", "--registry", dir.resolve("none.json").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("registry.overlay.file-missing", "文件不存在");
    }
}
