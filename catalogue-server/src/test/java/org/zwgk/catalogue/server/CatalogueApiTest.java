package org.zwgk.catalogue.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.zwgk.catalogue.data.Editions;
import org.zwgk.catalogue.model.json.CatalogueJson;
import org.zwgk.catalogue.rules.Rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The editions and rules endpoints, the OpenAPI document, and the headers every page carries. */
@ServerTest
class CatalogueApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http("http://localhost:" + port);
    }

    @Test
    void editionsListsEveryBundledEdition() throws IOException {
        JsonNode list = JSON.readTree(http.get("/api/v1/editions").body());
        assertThat(list).hasSize(Editions.list().size());
        assertThat(list.get(0).get("id").asText()).isEqualTo(Editions.list().get(0).id());
        assertThat(list.findValuesAsText("id")).contains(Editions.NATIONAL_ID);
    }

    @Test
    void anEditionIsItsCanonicalJson() {
        Http.Answer a = http.get("/api/v1/editions/" + Editions.NATIONAL_ID);
        assertThat(a.status().value()).isEqualTo(200);
        assertThat(a.headers().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
        assertThat(a.text()).isEqualTo(CatalogueJson.write(Editions.national()));
    }

    @Test
    void anUnknownEditionIsA404Problem() throws IOException {
        Http.Answer a = http.get("/api/v1/editions/no-such-edition");
        assertThat(a.status().value()).isEqualTo(404);
        assertThat(a.headers().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(JSON.readTree(a.body()).get("id").asText()).isEqualTo("edition.unknown");
    }

    @Test
    void rulesListsEveryRuleInBothLanguages() throws IOException {
        JsonNode rules = JSON.readTree(http.get("/api/v1/rules").body());
        assertThat(rules).hasSize(Rules.all().size());
        JsonNode first = rules.get(0);
        assertThat(first.get("id").asText()).isEqualTo(Rules.all().get(0).id());
        assertThat(first.at("/title/zh-CN").asText()).isNotBlank();
        assertThat(first.at("/title/en").asText()).isNotBlank().isNotEqualTo(first.at("/title/zh-CN").asText());
    }

    @Test
    void theOpenApiDocumentIs31AndSwaggerUiIsServedFromTheJar() throws IOException {
        JsonNode doc = JSON.readTree(http.get("/v3/api-docs").body());
        assertThat(doc.get("openapi").asText()).startsWith("3.1");
        assertThat(doc.at("/paths").fieldNames()).toIterable().contains("/api/v1/checks", "/api/v1/editions",
                "/api/v1/editions/{id}", "/api/v1/rules");
        Http.Answer ui = http.get("/swagger-ui/index.html");
        assertThat(ui.status().value()).isEqualTo(200);
        assertThat(ui.text()).doesNotContain("https://", "http://cdn").contains("swagger-initializer.js");
    }

    @Test
    void pagesCarryTheSecurityHeaders() {
        Http.Answer page = http.get("/");
        String csp = page.headers().getFirst("Content-Security-Policy");
        assertThat(csp).startsWith("default-src 'self'").contains("script-src 'self';")
                .contains("frame-ancestors 'self' https://portal.example.gov.cn").doesNotContain("unsafe-inline");
        assertThat(page.headers().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.headers().getFirst("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(page.text()).contains("name=\"_csrf\"").doesNotContain("<script");
    }

    @Test
    void theFormRefusesAPostWithoutItsCsrfToken() {
        Http.Answer a = http.post("/check", java.util.Map.of("file", new Http.FilePart("a.json",
                "{}".getBytes())));
        assertThat(a.status().value()).isEqualTo(403);
    }

    @Test
    void anUnknownPageIs404() {
        assertThat(http.get("/no-such-page").status().value()).isEqualTo(404);
        assertThat(http.get("/editions/no-such-edition").status().value()).isEqualTo(404);
    }
}
