package org.zwgk.catalogue.server.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.zwgk.catalogue.server.Http;

/**
 * The administrators' page of registry overlays ({@code /admin/registry}) as a browser uses it: signed in by the
 * form, every POST with the session's CSRF token. Same server (and context) as {@link ReviewOnH2Test}.
 */
@TestPropertySource(properties = "zwgk.data-dir=target/review-h2")
class RegistryPageTest extends ReviewServerTest {

    // Made up for the test (example.org, a date in 2027), as the library's own overlay tests do: no real law.
    private static final byte[] OVERLAY = """
            {"version": "2027-03-01", "about": "测试用更正", "instruments": [
              {"id": "prc-eia-law", "status": "已废止", "repealedOn": "2026-01-01",
               "sources": [{"url": "https://example.org/notice", "verifies": "made up for the test",
                            "kind": "test"}]}]}""".getBytes(StandardCharsets.UTF_8);
    private static final byte[] NO_SOURCES = """
            {"version": "2027-03-02", "instruments": [{"id": "prc-eia-law", "status": "已废止"}]}"""
            .getBytes(StandardCharsets.UTF_8);

    @AfterEach
    void backToTheBundledRegistry() {
        assertThat(admin().delete("/api/v1/registry/overlays").status().value()).isEqualTo(200);
    }

    @Test
    void anAdministratorSeesTheRegistryAndAReviewerDoesNot() {
        Browser admin = signedIn("admin", ADMIN_PASSWORD);
        Http.Answer page = admin.get("/admin/registry");
        assertThat(page.status().value()).isEqualTo(200);
        Document doc = Jsoup.parse(page.text());
        assertThat(doc.selectFirst("#registry-label").text()).isEqualTo(label());
        assertThat(doc.selectFirst("#no-overlays")).isNotNull();
        assertThat(doc.select("#overlay-form input[name=_csrf]")).hasSize(1);
        assertThat(Jsoup.parse(admin.get("/review").text()).selectFirst("#manage-registry").attr("href"))
                .isEqualTo("/admin/registry");

        reviewer("registry-page");
        Browser reviewer = signedIn("registry-page-" + run(), "password of registry-page-" + run());
        assertThat(reviewer.get("/admin/registry").status().value()).isEqualTo(403);
        assertThat(Jsoup.parse(reviewer.get("/review").text()).selectFirst("#manage-registry")).isNull();
        assertThat(reviewer.upload("/admin/registry", "更正.json", OVERLAY).status().value()).isEqualTo(403);
        assertThat(label()).doesNotContain("更正.json");
    }

    @Test
    void anUploadedOverlayChangesTheRegistryAndIsAudited() {
        Browser admin = signedIn("admin", ADMIN_PASSWORD);
        String before = label();
        Http.Answer up = admin.upload("/admin/registry", "更正.json", OVERLAY);
        assertThat(up.status().value()).as(up.text()).isEqualTo(302);

        assertThat(label()).startsWith(before + " + 更正.json 2027-03-01 (sha256 ");
        Document doc = Jsoup.parse(admin.get("/admin/registry").text());
        assertThat(doc.selectFirst("#added").text()).contains("更正.json");
        assertThat(doc.selectFirst("#registry-label").text()).isEqualTo(label());
        assertThat(doc.select("#overlays tbody tr")).singleElement().satisfies(row -> assertThat(row.text())
                .contains("更正.json", "2027-03-01", ReviewFixture.sha256(OVERLAY).substring(0, 12), "测试用更正",
                        "prc-eia-law"));
        assertThat(jdbc().sql("SELECT detail FROM audit_log WHERE action = 'registry.overlays' AND actor = 'admin' "
                + "ORDER BY id DESC FETCH FIRST 1 ROWS ONLY").query(String.class).single()).isEqualTo(label());
    }

    @Test
    void aRefusedOverlayShowsItsProblemsInThePagesLanguageAndChangesNothing() {
        Browser admin = signedIn("admin", ADMIN_PASSWORD);
        admin.upload("/admin/registry", "更正.json", OVERLAY);
        String before = label();

        Document zh = Jsoup.parse(admin.upload("/admin/registry", "坏.json", NO_SOURCES).text());
        assertThat(zh.selectFirst("#problems h2").text()).contains("坏.json");
        assertThat(zh.select("#problems dt").eachText()).contains("坏.json#/instruments/0");
        assertThat(zh.select("#problems dd").eachText()).contains("每个条目须至少注明一个来源（sources：url、verifies、kind）");
        assertThat(zh.selectFirst("#registry-label").text()).isEqualTo(before);

        Document en = Jsoup.parse(admin.upload("/admin/registry?lang=en", "坏.json", NO_SOURCES).text());
        assertThat(en.select("#problems dd").eachText())
                .contains("Every entry names at least one source (sources: url, verifies, kind)");
        assertThat(label()).isEqualTo(before);
        assertThat(jdbc().sql("SELECT COUNT(*) FROM registry_overlays").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void anAdministratorRemovesAnUploadedOverlay() {
        Browser admin = signedIn("admin", ADMIN_PASSWORD);
        String bundled = label();
        admin.upload("/admin/registry", "更正.json", OVERLAY);
        assertThat(Jsoup.parse(admin.get("/admin/registry").text()).select(".remove-form")).hasSize(1);

        Http.Answer removed = admin.post("/admin/registry/remove", Map.of("upload", "0"));
        assertThat(removed.status().value()).as(removed.text()).isEqualTo(302);
        assertThat(label()).isEqualTo(bundled);
        Document doc = Jsoup.parse(admin.get("/admin/registry").text());
        assertThat(doc.selectFirst("#removed").text()).contains("更正.json");
        assertThat(doc.selectFirst("#no-overlays")).isNotNull();
        assertThat(admin.post("/admin/registry/remove", Map.of("upload", "0")).status().value()).isEqualTo(404);
    }

    private String label() {
        return ReviewClient.json(admin().get("/api/v1/registry")).get("registry").asText();
    }

    private Browser signedIn(String user, String password) {
        Browser b = new Browser("http://localhost:" + port);
        Http.Answer in = b.post("/signin", Map.of("username", user, "password", password));
        assertThat(in.headers().getLocation()).as(in.text()).hasPath("/review");
        return b;
    }

    /** A browser without JavaScript: keeps its cookies, follows no redirect, sends each form's CSRF token. */
    private static final class Browser {

        private final String base;
        private final RestClient client;
        private String csrf;

        Browser(String base) {
            this.base = base;
            this.client = RestClient.builder().requestFactory(new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                    .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                    .followRedirects(HttpClient.Redirect.NEVER).build())).build();
            get("/signin");
        }

        Http.Answer get(String path) {
            Http.Answer a = client.get().uri(base + path).exchange((req, res) -> new Http.Answer(
                    res.getStatusCode(), res.getHeaders(), res.getBody().readAllBytes()));
            var token = Jsoup.parse(a.text()).selectFirst("input[name=_csrf]");
            if (token != null) {
                csrf = token.attr("value");
            }
            return a;
        }

        Http.Answer post(String path, Map<String, String> fields) {
            MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
            fields.forEach(form::add);
            form.add("_csrf", csrf);
            return client.post().uri(base + path).contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form)
                    .exchange((req, res) -> new Http.Answer(res.getStatusCode(), res.getHeaders(),
                            res.getBody().readAllBytes()));
        }

        Http.Answer upload(String path, String name, byte[] bytes) {
            get("/admin/registry");
            Map<String, Object> parts = new LinkedHashMap<>();
            parts.put("_csrf", csrf);
            parts.put("file", new Http.FilePart(name, bytes));
            return client.post().uri(base + path).contentType(MediaType.MULTIPART_FORM_DATA).body(Http.form(parts))
                    .exchange((req, res) -> new Http.Answer(res.getStatusCode(), res.getHeaders(),
                            res.getBody().readAllBytes()));
        }
    }
}
