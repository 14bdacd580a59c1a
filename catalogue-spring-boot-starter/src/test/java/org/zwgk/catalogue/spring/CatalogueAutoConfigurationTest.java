package org.zwgk.catalogue.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.zwgk.catalogue.data.Editions;
import org.zwgk.catalogue.model.AdministrativeLevel;
import org.zwgk.catalogue.model.json.CatalogueJson;
import org.zwgk.catalogue.spring.api.CheckApi;

/** What a portal gets from the starter: the service bean, configured by {@code zwgk.catalogue.*}, and the API. */
class CatalogueAutoConfigurationTest {

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CatalogueAutoConfiguration.class));

    private static Upload example() {
        return new Upload("example.json", CatalogueJson.write(Editions.byId("sample-county-shortfalls")
                .orElseThrow()).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theServiceIsABeanAndTheApiIsOffUntilEnabled() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(CheckService.class).doesNotHaveBean(CheckApi.class);
            CheckResult r = context.getBean(CheckService.class).check(CheckOrder.of(List.of(example())));
            assertThat(r.reports()).hasSize(1);
            assertThat(r.reports().get(0).parent().edition()).isEqualTo(Editions.NATIONAL_ID);
        });
        runner.withPropertyValues("zwgk.catalogue.api.enabled=true")
                .run(context -> assertThat(context).hasSingleBean(CheckApi.class));
    }

    @Test
    void theEditionLevelAndLimitsComeFromProperties() {
        runner.withPropertyValues("zwgk.catalogue.edition=sample-county-conforming", "zwgk.catalogue.level=township",
                "zwgk.catalogue.limits.upload-size=100KB", "zwgk.catalogue.limits.max-rows=5",
                "zwgk.catalogue.limits.concurrent-checks=3").run(context -> {
                    CheckService service = context.getBean(CheckService.class);
                    CatalogueProperties p = service.properties();
                    assertThat(p.limits().readLimits().maxRows()).isEqualTo(5);
                    assertThat(p.limits().readLimits().maxFileBytes()).isEqualTo(100 * 1024);
                    assertThat(p.limits().effectiveConcurrentChecks()).isEqualTo(3);
                    assertThat(p.limits().effectiveQueue()).isEqualTo(24);
                    var report = service.check(CheckOrder.of(List.of(example()))).reports().get(0);
                    assertThat(report.parent().edition()).isEqualTo("sample-county-conforming");
                    assertThat(report.level()).contains(AdministrativeLevel.TOWNSHIP);
                    assertThatThrownBy(() -> service.check(CheckOrder.of(List.of(new Upload("big.csv",
                            new byte[200 * 1024]))))).isInstanceOfSatisfying(CheckRefusedException.class,
                                    e -> assertThat(e.problem().messageId()).isEqualTo("upload.too-large"));
                });
    }

    @Test
    void whatWasReadIsKeptForOneCatalogueAndNotForABatch() {
        runner.run(context -> {
            CheckService service = context.getBean(CheckService.class);
            CheckResult one = service.check(CheckOrder.of(List.of(example())));
            var read = one.read(one.items().get(0)).orElseThrow();
            var example = Editions.byId("sample-county-shortfalls").orElseThrow();
            assertThat(read.catalogue().title()).isEqualTo(example.title());
            assertThat(read.catalogue().categoryCount()).isEqualTo(example.categoryCount());
            assertThat(read.sources()).hasSize(example.categoryCount());
            assertThat(read.sources().get(0).row().pointer()).isPresent();
            CheckResult batch = service.check(CheckOrder.of(List.of(example(), example())));
            assertThat(batch.items()).hasSize(2).allSatisfy(i -> assertThat(batch.read(i)).isEmpty());
        });
    }

    @Test
    void anUnknownEditionHasOneIdWhetherAskedForOrNamedAsTheParent() {
        runner.run(context -> {
            CheckService service = context.getBean(CheckService.class);
            assertThatThrownBy(() -> service.edition("no-such")).isInstanceOfSatisfying(CheckRefusedException.class,
                    e -> assertThat(e.problem().messageId()).isEqualTo("edition.unknown"));
            CheckOrder order = new CheckOrder(List.of(example()), java.util.Optional.of("no-such"),
                    java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(),
                    java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(), "json");
            assertThatThrownBy(() -> service.check(order)).isInstanceOfSatisfying(CheckRefusedException.class, e -> {
                assertThat(e.problem().messageId()).isEqualTo("edition.unknown");
                assertThat(e.reason().status()).isEqualTo(404);
            });
        });
    }

    @Test
    void registryOverlaysComeFromPropertiesAndABadOneStopsTheStart(@TempDir Path dir) throws Exception {
        // A made-up repeal (example.org source), laid over the bundled registry.
        Path overlay = dir.resolve("overlay.json");
        Files.writeString(overlay, """
                {"version": "t-1", "instruments": [{"id": "sc-hazardous-waste-license-measures", "status": "已废止",
                  "repealedOn": "2026-03-01",
                  "sources": [{"url": "https://example.org/r", "verifies": "made up", "kind": "test"}]}]}""");
        runner.withPropertyValues("zwgk.catalogue.registry=" + overlay).run(context -> {
            CatalogueRegistry registry = context.getBean(CatalogueRegistry.class);
            assertThat(registry.version().overlays()).singleElement()
                    .satisfies(o -> assertThat(o.version()).isEqualTo("t-1"));
            var report = context.getBean(CheckService.class).check(CheckOrder.of(List.of(example()))).reports()
                    .get(0);
            assertThat(report.tool().registry()).isEqualTo(registry.version());
        });
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"version\": \"1\", \"instruments\": [{\"id\": \"x\", \"sources\": []}]}");
        runner.withPropertyValues("zwgk.catalogue.registry=" + bad).run(context -> assertThat(context)
                .hasFailed().getFailure().rootCause().hasMessageContaining("/instruments/0/sources")
                .hasMessageContaining("registry.overlay.sources.missing"));
    }

    @Test
    void keptCheckersFollowTheParentFilesBytesAndTheCurrentRegistry(@TempDir Path dir) throws Exception {
        runner.run(context -> {
            CheckService service = context.getBean(CheckService.class);
            for (String edition : List.of("sample-county-conforming", "sample-county-shortfalls",
                    "sample-county-conforming")) {
                // The same file name each time, other bytes: the parent is the file's content, not its name.
                Upload parent = new Upload("city.json", CatalogueJson.write(Editions.byId(edition).orElseThrow())
                        .getBytes(StandardCharsets.UTF_8));
                CheckOrder order = new CheckOrder(List.of(example()), java.util.Optional.empty(),
                        java.util.Optional.of(parent), java.util.Optional.empty(), java.util.Optional.empty(),
                        java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(), "json");
                assertThat(service.checkAgainstStoredParent(order).reports().get(0).parent().title())
                        .isEqualTo(Editions.byId(edition).orElseThrow().title());
            }
            CatalogueRegistry registry = context.getBean(CatalogueRegistry.class);
            var before = service.check(CheckOrder.of(List.of(example()))).reports().get(0).tool().registry();
            Path overlay = dir.resolve("overlay.json");
            Files.writeString(overlay, """
                    {"version": "t-2", "instruments": [{"id": "sc-hazardous-waste-license-measures",
                      "status": "已废止", "repealedOn": "2026-03-01",
                      "sources": [{"url": "https://example.org/r", "verifies": "made up", "kind": "test"}]}]}""");
            registry.replaceOverlays(List.of(org.zwgk.catalogue.data.RegistryOverlay.read(overlay)));
            var after = service.check(CheckOrder.of(List.of(example()))).reports().get(0).tool().registry();
            assertThat(after).isNotEqualTo(before).isEqualTo(registry.version());
        });
    }

    @Test
    void everyServiceMessageExistsInChineseAndEnglish() throws Exception {
        java.util.Properties zh = new java.util.Properties();
        java.util.Properties en = new java.util.Properties();
        try (var a = getClass().getResourceAsStream("/org/zwgk/catalogue/spring/messages.properties");
                var b = getClass().getResourceAsStream("/org/zwgk/catalogue/spring/messages_en.properties")) {
            zh.load(new java.io.InputStreamReader(a, StandardCharsets.UTF_8));
            en.load(new java.io.InputStreamReader(b, StandardCharsets.UTF_8));
        }
        assertThat(zh.keySet()).isEqualTo(en.keySet());
    }
}
