package org.zwgk.catalogue.server.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.zwgk.catalogue.server.Http;
import org.zwgk.catalogue.server.TestFiles;

/**
 * The review API's contract (issue 18), on whichever database the implementing test class runs the server with:
 * accounts, rounds, upload links, submissions and their versions, exports, links revoked and renewed, closing,
 * deleting, the audit log, and sign-in throttling.
 */
interface ReviewFlowContract extends ReviewFixture {

    @Test
    default void theAdministratorExistsWithAHashedPasswordAndCreatesReviewers() {
        String hash = jdbc().sql("SELECT password_hash FROM users WHERE username = 'admin'").query(String.class)
                .single();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain(ADMIN_PASSWORD);
        assertThat(jdbc().sql("SELECT role FROM users WHERE username = 'admin'").query(String.class).single())
                .isEqualTo("ADMIN");

        ReviewClient reviewer = reviewer("reviewer");
        assertThat(reviewer.post("/api/v1/users", Map.of("username", "x" + run(), "password", "long enough password"))
                .status().value()).isEqualTo(403);
        assertThat(anonymous().post("/api/v1/users", Map.of("username", "y" + run(), "password",
                "long enough password")).status().value()).isEqualTo(401);
        assertThat(admin().post("/api/v1/users", Map.of("username", "z" + run(), "password", "short")).status()
                .value()).isEqualTo(400);
        assertThat(anonymous().as("admin", "wrong password").get("/api/v1/rounds").status().value()).isEqualTo(401);
    }

    @Test
    default void withoutCredentialsTheRoundsAre401AndTheQuickCheckerStillWorks() {
        assertThat(anonymous().post("/api/v1/rounds", Map.of("name", "x")).status().value()).isEqualTo(401);
        Http.Answer get = anonymous().get("/api/v1/rounds/" + UUID.randomUUID());
        assertThat(get.status().value()).isEqualTo(401);
        assertThat(get.headers().getFirst("WWW-Authenticate")).startsWith("Basic");

        Http.Answer check = new Http("http://localhost:" + port()).post("/api/v1/checks", Map.of("file",
                new Http.FilePart("county.csv", SHORTFALLS), "asOf", TestFiles.AS_OF));
        assertThat(check.status().value()).isEqualTo(200);
        assertThat(check.text()).contains("\"score\"");
    }

    @Test
    default void aRoundCollectsUploadsAndShowsEachLocalitysLatestScoreInOrder() throws Exception {
        ReviewClient reviewer = reviewer("collector");
        JsonNode round = ReviewFixture.openRound(reviewer, "渝北区", "江北区", "北碚区");
        String id = round.get("id").asText();
        JsonNode locs = round.get("localities");
        assertThat(locs).hasSize(3);
        assertThat(locs.get(0).get("name").asText()).isEqualTo("渝北区");
        String url0 = locs.get(0).get("uploadUrl").asText();
        assertThat(url0).startsWith("http://localhost:" + port() + "/api/v1/upload/" + locs.get(0).get("id").asText()
                + "/");
        String token0 = url0.substring(url0.lastIndexOf('/') + 1);
        assertThat(java.util.Base64.getUrlDecoder().decode(token0)).hasSizeGreaterThanOrEqualTo(16);
        String stored = jdbc().sql("SELECT token_hash FROM localities WHERE id = ?").param(locs.get(0).get("id")
                .asText()).query(String.class).single();
        assertThat(stored).isNotEqualTo(token0).isEqualTo(UploadTokens.hash(token0));

        Http.Answer first = reviewer.upload(url0, "渝北区目录.csv", SHORTFALLS);
        assertThat(first.status().value()).as(first.text()).isEqualTo(201);
        JsonNode v1 = ReviewClient.json(first);
        assertThat(v1.get("version").asInt()).isEqualTo(1);
        assertThat(v1.get("sha256").asText()).isEqualTo(ReviewFixture.sha256(SHORTFALLS));
        assertThat(v1.get("summary").get("score").isInt()).isTrue();
        int errorsV1 = v1.get("summary").get("errors").asInt();
        assertThat(errorsV1).isPositive();
        assertThat(jdbc().sql("SELECT report_packed FROM submission_reports WHERE submission_id = ?")
                .param(v1.get("id").asText()).query((rs, n) -> rs.getBytes(1)).single())
                .as("the report stored as Zstandard").startsWith(0x28, 0xb5, 0x2f, 0xfd);

        Http.Answer other = anonymous().upload(locs.get(1).get("uploadUrl").asText(), "江北区.xlsx", CONFORMING);
        assertThat(other.status().value()).as(other.text()).isEqualTo(201);
        Http.Answer second = anonymous().upload(url0, "渝北区目录-修改.xlsx", CONFORMING);
        assertThat(second.status().value()).isEqualTo(201);
        JsonNode v2 = ReviewClient.json(second);
        assertThat(v2.get("version").asInt()).isEqualTo(2);

        JsonNode shown = ReviewClient.json(reviewer.get("/api/v1/rounds/" + id));
        JsonNode rows = shown.get("localities");
        assertThat(rows).extracting(r -> r.get("name").asText()).containsExactly("渝北区", "江北区", "北碚区");
        assertThat(rows.get(0).get("version").asInt()).isEqualTo(2);
        assertThat(rows.get(0).get("score").asInt()).isEqualTo(v2.get("summary").get("score").asInt());
        assertThat(rows.get(0).get("status").asText()).isEqualTo(v2.get("summary").get("errors").asInt() == 0
                ? "CONFORMING" : "NONCONFORMING");
        assertThat(rows.get(0).get("submittedAt").asText()).isNotBlank();
        assertThat(rows.get(1).get("version").asInt()).isEqualTo(1);
        assertThat(rows.get(2).get("status").asText()).isEqualTo("NOT_SUBMITTED");
        assertThat(rows.get(2).get("score").isNull()).isTrue();
        assertThat(rows.get(0).has("uploadUrl")).as("a token is shown once, when made").isFalse();

        JsonNode compared = ReviewClient.json(reviewer.get("/api/v1/rounds/" + id + "/localities/"
                + locs.get(0).get("id").asText() + "/compare?from=1&to=2"));
        assertThat(compared.get("fixed").size()).as("the conforming version fixes the shortfalls").isPositive();
        assertThat(compared.get("fixed").get(0).get("rule").asText()).isNotBlank();

        Http.Answer csv = reviewer.get("/api/v1/rounds/" + id + "/export?format=csv");
        assertThat(csv.status().value()).isEqualTo(200);
        assertThat(csv.headers().getFirst("Content-Disposition")).startsWith("attachment");
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF序号,地区,").contains("渝北区").contains("未提交");
        assertThat(text.strip().split("\r\n")).hasSize(4);

        Http.Answer xlsx = reviewer.get("/api/v1/rounds/" + id + "/export?format=xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("渝北区");
            assertThat((int) sheet.getRow(1).getCell(6).getNumericCellValue())
                    .isEqualTo(v2.get("summary").get("score").asInt());
        }
        Http.Answer zip = reviewer.get("/api/v1/rounds/" + id + "/export?format=zip");
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            while (in.getNextEntry() != null) {
                entries++;
            }
        }
        assertThat(entries).isEqualTo(2);
        assertThat(reviewer.get("/api/v1/rounds/" + id + "/export?format=pdf").status().value()).isEqualTo(400);

        JsonNode audit = ReviewClient.json(reviewer.get("/api/v1/rounds/" + id + "/audit"));
        assertThat(audit).extracting(e -> e.get("action").asText()).containsExactly("round.created",
                "submission.stored", "submission.stored", "submission.stored");
        assertThat(audit.get(1).get("actor").asText()).isEqualTo("locality:渝北区");
    }

    @Test
    default void anUploadTheReaderRefusesIsStoredWithItsProblems() {
        ReviewClient reviewer = reviewer("refused");
        JsonNode round = ReviewFixture.openRound(reviewer, "示例县");
        String url = round.get("localities").get(0).get("uploadUrl").asText();
        byte[] broken = "not a catalogue at all".getBytes(StandardCharsets.UTF_8);
        Http.Answer a = anonymous().upload(url, "broken.xlsx", broken);
        assertThat(a.status().value()).as(a.text()).isEqualTo(422);
        JsonNode body = ReviewClient.json(a);
        assertThat(body.get("version").asInt()).isEqualTo(1);
        assertThat(body.get("accepted").asBoolean()).isFalse();
        assertThat(body.get("problems").get(0).get("id").asText()).isNotBlank();
        String sid = body.get("id").asText();
        assertThat(jdbc().sql("SELECT problems FROM submissions WHERE id = ?").param(sid).query(String.class).single())
                .contains(body.get("problems").get(0).get("id").asText());
        assertThat(jdbc().sql("SELECT content FROM submission_contents WHERE submission_id = ?").param(sid)
                .query((rs, n) -> rs.getBytes(1)).single()).isEqualTo(broken);
        JsonNode shown = ReviewClient.json(reviewer.get("/api/v1/rounds/" + round.get("id").asText()));
        assertThat(shown.get("localities").get(0).get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(shown.get("localities").get(0).get("score").isNull()).isTrue();
    }

    @Test
    default void linksAreRevokedRenewedAndVoidWhileTheRoundIsClosed() {
        ReviewClient reviewer = reviewer("links");
        JsonNode round = ReviewFixture.openRound(reviewer, "甲镇", "乙镇");
        String id = round.get("id").asText();
        String lid = round.get("localities").get(0).get("id").asText();
        String url = round.get("localities").get(0).get("uploadUrl").asText();
        assertThat(anonymous().get(url).status().value()).isEqualTo(200);

        assertThat(reviewer.post("/api/v1/rounds/" + id + "/localities/" + lid + "/revoke", null).status().value())
                .isEqualTo(204);
        assertThat(anonymous().upload(url, "a.csv", SHORTFALLS).status().value()).isEqualTo(404);
        assertThat(anonymous().get(url).status().value()).isEqualTo(404);

        JsonNode renewed = ReviewClient.json(reviewer.post("/api/v1/rounds/" + id + "/localities/" + lid
                + "/renew", null));
        String fresh = renewed.get("uploadUrl").asText();
        assertThat(fresh).isNotEqualTo(url);
        assertThat(anonymous().upload(fresh, "a.csv", SHORTFALLS).status().value()).isEqualTo(201);
        assertThat(anonymous().upload(url, "a.csv", SHORTFALLS).status().value()).isEqualTo(404);

        assertThat(ReviewClient.json(reviewer.post("/api/v1/rounds/" + id + "/close", null)).get("closed")
                .asBoolean()).isTrue();
        Http.Answer closed = anonymous().upload(fresh, "a.csv", SHORTFALLS);
        assertThat(closed.status().value()).isEqualTo(410);
        assertThat(ReviewClient.json(closed).get("id").asText()).isEqualTo("review.round.closed");
        reviewer.post("/api/v1/rounds/" + id + "/reopen", null);
        Http.Answer again = anonymous().upload(fresh, "a.csv", SHORTFALLS);
        assertThat(again.status().value()).isEqualTo(201);
        assertThat(ReviewClient.json(again).get("version").asInt()).as("no version lost or reused").isEqualTo(2);

        JsonNode audit = ReviewClient.json(reviewer.get("/api/v1/rounds/" + id + "/audit"));
        assertThat(audit).extracting(e -> e.get("action").asText()).contains("link.revoked", "link.renewed",
                "round.closed", "round.reopened");
        assertThat(audit).filteredOn(e -> e.get("action").asText().startsWith("link."))
                .allSatisfy(e -> assertThat(e.get("actor").asText()).startsWith("links-"));
    }

    @Test
    default void aRecheckWithANewDateStoresNewVersionsAndSaysWhatChanged() {
        ReviewClient reviewer = reviewer("rechecker");
        JsonNode round = ReviewFixture.openRound(reviewer, "甲县", "乙县", "丙县");
        String id = round.get("id").asText();
        JsonNode locs = round.get("localities");
        JsonNode v1 = ReviewClient.json(anonymous().upload(locs.get(0).get("uploadUrl").asText(), "a.csv",
                SHORTFALLS));
        anonymous().upload(locs.get(1).get("uploadUrl").asText(), "broken.xlsx", new byte[] {1, 2, 3});

        Http.Answer a = reviewer.post("/api/v1/rounds/" + id + "/recheck", Map.of("asOf", "2027-01-01"));
        assertThat(a.status().value()).as(a.text()).isEqualTo(200);
        JsonNode changes = ReviewClient.json(a);
        assertThat(changes).as("only readable latest uploads are re-checked").hasSize(1);
        JsonNode c = changes.get(0);
        assertThat(c.get("locality").asText()).isEqualTo("甲县");
        assertThat(c.get("recheckOf").asInt()).isEqualTo(1);
        assertThat(c.get("version").asInt()).isEqualTo(2);
        assertThat(c.get("scoreBefore").asInt()).isEqualTo(v1.get("summary").get("score").asInt());
        assertThat(c.get("added").size() + c.get("unchanged").asInt()).isPositive();

        JsonNode shown = ReviewClient.json(reviewer.get("/api/v1/rounds/" + id));
        assertThat(shown.get("asOf").asText()).isEqualTo("2027-01-01");
        assertThat(shown.get("localities").get(0).get("version").asInt()).isEqualTo(2);
        assertThat(shown.get("localities").get(0).get("score").asInt()).isEqualTo(c.get("scoreAfter").asInt());
        JsonNode versions = ReviewClient.json(reviewer.get("/api/v1/rounds/" + id + "/localities/"
                + locs.get(0).get("id").asText() + "/submissions"));
        assertThat(versions.get(1).get("recheckOf").asInt()).isEqualTo(1);
        assertThat(versions.get(1).get("sha256").asText()).isEqualTo(versions.get(0).get("sha256").asText());
        assertThat(ReviewClient.json(reviewer.get("/api/v1/rounds/" + id + "/audit")))
                .extracting(e -> e.get("action").asText()).contains("round.rechecked");
        assertThat(reviewer("intruder").post("/api/v1/rounds/" + id + "/recheck", Map.of()).status().value())
                .isEqualTo(404);
    }

    @Test
    default void anAdministratorsRegistryOverlayIsWhatTheNextRecheckJudgesBy() {
        ReviewClient reviewer = reviewer("registry");
        JsonNode round = ReviewFixture.openRound(reviewer, "甲县");
        String id = round.get("id").asText();
        anonymous().upload(round.get("localities").get(0).get("uploadUrl").asText(), "a.csv", SHORTFALLS);
        // Made up for the test (example.org, a date in 2027), as the library's own overlay tests do: no real law.
        byte[] overlay = """
                {"version": "2027-03-01", "instruments": [
                  {"id": "prc-eia-law", "status": "已废止", "repealedOn": "2026-01-01",
                   "sources": [{"url": "https://example.org/notice", "verifies": "made up for the test",
                                "kind": "test"}]}]}""".getBytes(StandardCharsets.UTF_8);
        try {
            assertThat(reviewer.put("/api/v1/registry/overlays", Map.of("更正.json", overlay)).status().value())
                    .isEqualTo(403);
            Http.Answer bad = admin().put("/api/v1/registry/overlays", Map.of("坏.json",
                    "{\"instruments\": 1}".getBytes(StandardCharsets.UTF_8)));
            assertThat(bad.status().value()).as(bad.text()).isEqualTo(422);
            Http.Answer put = admin().put("/api/v1/registry/overlays", Map.of("更正.json", overlay));
            assertThat(put.status().value()).as(put.text()).isEqualTo(200);
            assertThat(ReviewClient.json(reviewer.get("/api/v1/registry")).get("registry").asText())
                    .contains("更正.json 2027-03-01");

            JsonNode c = ReviewClient.json(reviewer.post("/api/v1/rounds/" + id + "/recheck", Map.of())).get(0);
            assertThat(c.get("registryBefore").asText()).doesNotContain("更正.json");
            assertThat(c.get("registryAfter").asText()).contains("更正.json 2027-03-01");
            assertThat(c.get("version").asInt()).isEqualTo(2);
        } finally {
            assertThat(admin().delete("/api/v1/registry/overlays").status().value()).isEqualTo(200);
        }
    }

    @Test
    default void deletingARoundDeletesItsFilesAndRows() {
        ReviewClient reviewer = reviewer("deleter");
        JsonNode round = ReviewFixture.openRound(reviewer, "丙县");
        String id = round.get("id").asText();
        anonymous().upload(round.get("localities").get(0).get("uploadUrl").asText(), "c.csv", SHORTFALLS);
        assertThat(count("SELECT COUNT(*) FROM submissions s JOIN localities l ON l.id = s.locality_id "
                + "WHERE l.round_id = ?", id)).isEqualTo(1);

        assertThat(reviewer.delete("/api/v1/rounds/" + id).status().value()).isEqualTo(204);
        assertThat(reviewer.get("/api/v1/rounds/" + id).status().value()).isEqualTo(404);
        assertThat(count("SELECT COUNT(*) FROM rounds WHERE id = ?", id)).isZero();
        assertThat(count("SELECT COUNT(*) FROM localities WHERE round_id = ?", id)).isZero();
        assertThat(count("SELECT COUNT(*) FROM submissions WHERE locality_id = ?",
                round.get("localities").get(0).get("id").asText())).isZero();
        assertThat(count("SELECT COUNT(*) FROM audit_log WHERE round_id = ?", id)).isZero();
        assertThat(anonymous().upload(round.get("localities").get(0).get("uploadUrl").asText(), "c.csv", SHORTFALLS)
                .status().value()).isEqualTo(404);
    }

    @Test
    default void signInIsThrottledAfterRepeatedFailures() {
        ReviewClient right = reviewer("throttled");
        ReviewClient wrong = anonymous().as("throttled-" + run(), "not the password");
        assertThat(right.get("/api/v1/rounds").status().value()).isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            assertThat(wrong.get("/api/v1/rounds").status().value()).isEqualTo(401);
        }
        assertThat(right.get("/api/v1/rounds").status().value()).as("locked even with the password")
                .isEqualTo(401);
        assertThat(reviewer("unrelated").get("/api/v1/rounds").status().value()).isEqualTo(200);
    }

    @Test
    default void aRoundOpenedOverTheApiWithTheBureausOwnCatalogueChecksAgainstIt() {
        ReviewClient reviewer = reviewer("own-parent");
        Map<String, Object> body = Map.of("name", "按本局目录审核", "level", "县级", "asOf", TestFiles.AS_OF,
                "localities", java.util.List.of(Map.of("name", "渝中区")));
        Http.Answer opened = reviewer.postJsonAndFile("/api/v1/rounds", "round", body, "parent", "本局目录.xlsx",
                CONFORMING);
        assertThat(opened.status().value()).as(opened.text()).isEqualTo(201);
        JsonNode round = ReviewClient.json(opened);
        assertThat(round.get("parentFile").asText()).isEqualTo("本局目录.xlsx");
        assertThat(round.get("edition").isNull()).isTrue();
        Http.Answer own = reviewer.upload(round.get("localities").get(0).get("uploadUrl").asText(), "渝中区.csv",
                SHORTFALLS);
        assertThat(own.status().value()).as(own.text()).isEqualTo(201);

        // The same catalogue as a bundled edition: the same score for the same upload.
        Map<String, Object> byId = new java.util.LinkedHashMap<>(body);
        byId.put("edition", "sample-county-conforming");
        Http.Answer bundled = reviewer.post("/api/v1/rounds", byId);
        assertThat(bundled.status().value()).as(bundled.text()).isEqualTo(201);
        Http.Answer same = reviewer.upload(ReviewClient.json(bundled).get("localities").get(0).get("uploadUrl")
                .asText(), "渝中区.csv", SHORTFALLS);
        assertThat(ReviewClient.json(own).get("summary")).isEqualTo(ReviewClient.json(same).get("summary"));

        Http.Answer unreadable = reviewer.postJsonAndFile("/api/v1/rounds", "round", body, "parent", "空.xlsx",
                new byte[0]);
        assertThat(unreadable.status().value()).isEqualTo(400);
        assertThat(ReviewClient.json(unreadable).get("id").asText()).isEqualTo("review.parent.unreadable");
        assertThat(anonymous().postJsonAndFile("/api/v1/rounds", "round", body, "parent", "本局目录.xlsx",
                CONFORMING).status().value()).isEqualTo(401);
    }
}
