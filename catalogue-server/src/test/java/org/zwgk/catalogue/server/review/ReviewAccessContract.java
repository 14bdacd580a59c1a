package org.zwgk.catalogue.server.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.zwgk.catalogue.server.Http;

/**
 * Lets no one in, loses nothing (issue 18): reviewer B can neither read nor change reviewer A's round; a
 * locality's link reads only its own submissions; guessed ids and tokens are 404; uploaded bytes are never served
 * inline; 50 uploads at once are all stored with gapless versions per locality.
 */
interface ReviewAccessContract extends ReviewFixture {

    @Test
    default void reviewerBCanNeitherReadNorChangeReviewerAsRound() {
        ReviewClient a = reviewer("owner-a");
        ReviewClient b = reviewer("other-b");
        JsonNode round = ReviewFixture.openRound(a, "渝北区", "江北区");
        String id = round.get("id").asText();
        String lid = round.get("localities").get(0).get("id").asText();
        Http.Answer up = anonymous().upload(round.get("localities").get(0).get("uploadUrl").asText(), "a.csv",
                SHORTFALLS);
        String sid = ReviewClient.json(up).get("id").asText();
        anonymous().upload(round.get("localities").get(0).get("uploadUrl").asText(), "a.xlsx", CONFORMING);

        String r = "/api/v1/rounds/" + id;
        List<Http.Answer> tries = List.of(b.get(r), b.get(r + "/export?format=xlsx"), b.get(r + "/export?format=csv"),
                b.get(r + "/export?format=zip"), b.get(r + "/audit"), b.get(r + "/submissions/" + sid),
                b.get(r + "/submissions/" + sid + "/report"), b.get(r + "/submissions/" + sid + "/file"),
                b.get(r + "/localities/" + lid + "/submissions"),
                b.get(r + "/localities/" + lid + "/compare?from=1&to=2"),
                b.post(r + "/close", null), b.post(r + "/reopen", null),
                b.post(r + "/localities/" + lid + "/revoke", null), b.post(r + "/localities/" + lid + "/renew", null),
                b.delete(r));
        assertThat(tries).allSatisfy(t -> assertThat(t.status().value()).as(t.text()).isEqualTo(404));
        assertThat(ReviewClient.json(b.get("/api/v1/rounds"))).isEmpty();

        JsonNode still = ReviewClient.json(a.get(r));
        assertThat(still.get("closed").asBoolean()).isFalse();
        assertThat(still.get("localities").get(0).get("linkActive").asBoolean()).isTrue();
        assertThat(a.get(r + "/submissions/" + sid).status().value()).isEqualTo(200);
        assertThat(ReviewClient.json(a.get(r + "/audit"))).noneMatch(e -> e.get("actor").asText()
                .startsWith("other-b"));
    }

    @Test
    default void aLocalitysLinkCannotReadAnotherLocalitysSubmissions() {
        JsonNode round = ReviewFixture.openRound(reviewer("links-owner"), "甲镇", "乙镇");
        String url1 = round.get("localities").get(0).get("uploadUrl").asText();
        String url2 = round.get("localities").get(1).get("uploadUrl").asText();
        String own = ReviewClient.json(anonymous().upload(url1, "甲.csv", SHORTFALLS)).get("id").asText();
        String theirs = ReviewClient.json(anonymous().upload(url2, "乙.csv", SHORTFALLS)).get("id").asText();

        assertThat(anonymous().get(url1 + "/submissions/" + own + "/report").status().value()).isEqualTo(200);
        assertThat(anonymous().get(url1 + "/submissions/" + theirs).status().value()).isEqualTo(404);
        assertThat(anonymous().get(url1 + "/submissions/" + theirs + "/report").status().value()).isEqualTo(404);
        assertThat(anonymous().get(url1 + "/submissions/" + theirs + "/file").status().value()).isEqualTo(404);
        JsonNode page = ReviewClient.json(anonymous().get(url1));
        assertThat(page.get("locality").asText()).isEqualTo("甲镇");
        assertThat(page.get("submissions")).extracting(s -> s.get("id").asText()).containsExactly(own);
    }

    @Test
    default void guessedIdsAndTokensAre404() {
        ReviewClient reviewer = reviewer("guesser");
        JsonNode round = ReviewFixture.openRound(reviewer, "甲镇", "乙镇");
        String lid1 = round.get("localities").get(0).get("id").asText();
        String lid2 = round.get("localities").get(1).get("id").asText();
        String url1 = round.get("localities").get(0).get("uploadUrl").asText();
        String token1 = url1.substring(url1.lastIndexOf('/') + 1);
        String base = "http://localhost:" + port() + "/api/v1/upload/";

        assertThat(reviewer.get("/api/v1/rounds/" + UUID.randomUUID()).status().value()).isEqualTo(404);
        assertThat(reviewer.get("/api/v1/rounds/1").status().value()).isEqualTo(404);
        assertThat(reviewer.get("/api/v1/rounds/" + round.get("id").asText() + "/submissions/"
                + UUID.randomUUID()).status().value()).isEqualTo(404);
        String guessed = UploadTokens.issue();
        List<String> wrong = List.of(base + lid1 + "/" + guessed, base + lid2 + "/" + token1,
                base + UUID.randomUUID() + "/" + token1, base + lid1 + "/" + token1.substring(1),
                base + lid1 + "/" + token1.toUpperCase(java.util.Locale.ROOT));
        for (String url : wrong) {
            assertThat(anonymous().upload(url, "x.csv", SHORTFALLS).status().value()).as(url).isEqualTo(404);
            assertThat(anonymous().get(url).status().value()).as(url).isEqualTo(404);
        }
        assertThat(count("SELECT COUNT(*) FROM submissions s JOIN localities l ON l.id = s.locality_id "
                + "WHERE l.round_id = ?", round.get("id").asText())).isZero();
    }

    @Test
    default void uploadedBytesAreServedAsAnAttachmentNeverInline() {
        ReviewClient reviewer = reviewer("bytes");
        JsonNode round = ReviewFixture.openRound(reviewer, "甲镇");
        String url = round.get("localities").get(0).get("uploadUrl").asText();
        byte[] html = "<html><body><script>alert(document.cookie)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        Http.Answer up = anonymous().upload(url, "目录.html", html);
        assertThat(up.status().value()).isIn(201, 422);
        String sid = ReviewClient.json(up).get("id").asText();
        for (Http.Answer file : List.of(reviewer.get("/api/v1/rounds/" + round.get("id").asText()
                + "/submissions/" + sid + "/file"), anonymous().get(url + "/submissions/" + sid + "/file"))) {
            assertThat(file.status().value()).isEqualTo(200);
            assertThat(file.body()).isEqualTo(html);
            assertThat(file.headers().getContentType()).hasToString("application/octet-stream");
            assertThat(file.headers().getFirst("Content-Disposition")).startsWith("attachment;");
            assertThat(file.headers().get("X-Content-Type-Options")).containsOnly("nosniff");
        }
    }

    @Test
    default void fiftyUploadsAtOnceAreAllStoredWithGaplessVersionsPerLocality() throws Exception {
        JsonNode round = ReviewFixture.openRound(reviewer("crowd"), "一区", "二区", "三区", "四区", "五区");
        List<String> urls = new ArrayList<>();
        round.get("localities").forEach(l -> urls.add(l.get("uploadUrl").asText()));
        int uploads = 50;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(uploads);
        List<Future<Http.Answer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < uploads; i++) {
                String url = urls.get(i % urls.size());
                byte[] bytes = i % 2 == 0 ? SHORTFALLS : CONFORMING;
                String name = i % 2 == 0 ? "u" + i + ".csv" : "u" + i + ".xlsx";
                Callable<Http.Answer> upload = () -> {
                    start.await();
                    return anonymous().upload(url, name, bytes);
                };
                answers.add(pool.submit(upload));
            }
            start.countDown();
            Map<String, List<Integer>> versions = new TreeMap<>();
            for (Future<Http.Answer> f : answers) {
                Http.Answer a = f.get();
                assertThat(a.status().value()).as(a.text()).isEqualTo(201);
                JsonNode s = ReviewClient.json(a);
                String url = a.headers().getLocation().toString();
                versions.computeIfAbsent(url.substring(0, url.indexOf("/submissions/")), k -> new ArrayList<>())
                        .add(s.get("version").asInt());
                assertThat(count("SELECT COUNT(*) FROM submissions WHERE id = ?", s.get("id").asText()))
                        .isEqualTo(1);
            }
            assertThat(versions).hasSize(5);
            versions.values().forEach(v -> assertThat(v).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
        } finally {
            pool.shutdownNow();
        }
        round.get("localities").forEach(l -> assertThat(count("SELECT versions FROM localities WHERE id = ?",
                l.get("id").asText())).isEqualTo(10));
    }
}
