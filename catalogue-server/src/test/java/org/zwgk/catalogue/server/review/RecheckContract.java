package org.zwgk.catalogue.server.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.zwgk.catalogue.server.Http;
import org.zwgk.catalogue.server.TestFiles;

/**
 * A round re-checked with its localities checked at once (issue 18's re-check cost): every readable latest upload
 * becomes its locality's next version, versions stay gapless, a re-check stores no second copy of the bytes, and
 * each locality's changes are those between its two stored reports (counted here from the reports themselves).
 */
interface RecheckContract extends ReviewFixture {

    @Test
    default void localitiesRecheckedAtOnceKeepGaplessVersionsAndTheirOwnChanges() {
        ReviewClient reviewer = reviewer("parallel");
        JsonNode round = ReviewFixture.openRound(reviewer, "甲县", "乙县", "丙县", "丁县", "戊县", "己县");
        String id = round.get("id").asText();
        JsonNode locs = round.get("localities");
        upload(locs.get(0), "a.csv", SHORTFALLS);
        upload(locs.get(1), "b.xlsx", CONFORMING);
        upload(locs.get(2), "c.csv", SHORTFALLS);
        upload(locs.get(2), "c.xlsx", CONFORMING);
        upload(locs.get(3), "broken.xlsx", new byte[] {1, 2, 3});
        upload(locs.get(5), "f.csv", SHORTFALLS);
        // Made up for the test (example.org, a date in 2027), as the library's own overlay tests do: no real law.
        byte[] overlay = """
                {"version": "2027-03-03", "instruments": [
                  {"id": "prc-eia-law", "status": "已废止", "repealedOn": "2026-01-01",
                   "sources": [{"url": "https://example.org/notice", "verifies": "made up for the test",
                                "kind": "test"}]}]}""".getBytes(StandardCharsets.UTF_8);
        List<JsonNode> first;
        try {
            Http.Answer put = admin().put("/api/v1/registry/overlays", Map.of("并行.json", overlay));
            assertThat(put.status().value()).as(put.text()).isEqualTo(200);
            first = recheck(reviewer, id);
        } finally {
            assertThat(admin().delete("/api/v1/registry/overlays").status().value()).isEqualTo(200);
        }
        List<JsonNode> second = recheck(reviewer, id);

        for (List<JsonNode> changes : List.of(first, second)) {
            assertThat(changes).extracting(c -> c.get("locality").asText()).as("in the round's order, readable only")
                    .containsExactly("甲县", "乙县", "丙县", "己县");
            for (JsonNode c : changes) {
                assertChangesAreThoseOfTheStoredReports(reviewer, id, c);
            }
        }
        assertThat(first.get(0).get("added")).as("the overlay repeals a law the catalogue cites").isNotEmpty();
        assertThat(second.get(0).get("fixed")).hasSize(first.get(0).get("added").size());
        assertThat(second.get(0).get("fixed").get(0).get("ruleId").asText())
                .isEqualTo(first.get(0).get("added").get(0).get("rule").asText());

        assertThat(versions(reviewer, id, locs.get(0))).containsExactly("1 upload", "2 recheckOf 1", "3 recheckOf 2");
        assertThat(versions(reviewer, id, locs.get(2))).containsExactly("1 upload", "2 upload", "3 recheckOf 2",
                "4 recheckOf 3");
        assertThat(versions(reviewer, id, locs.get(3))).containsExactly("1 upload");
        assertThat(versions(reviewer, id, locs.get(4))).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM submission_contents c JOIN submissions s ON s.id = c.submission_id "
                + "JOIN localities l ON l.id = s.locality_id WHERE l.round_id = ?", id))
                .as("one copy of the bytes per upload").isEqualTo(6);
        JsonNode latest = ReviewClient.json(reviewer.get("/api/v1/rounds/" + id + "/localities/"
                + locs.get(2).get("id").asText() + "/submissions")).get(3);
        assertThat(reviewer.get("/api/v1/rounds/" + id + "/submissions/" + latest.get("id").asText() + "/file")
                .body()).isEqualTo(CONFORMING);
    }

    @Test
    default void aRecheckThatFailsPartwayKeepsWhatItStoredAndSaysSoInTheAuditLog() {
        ReviewClient reviewer = reviewer("failing");
        JsonNode round = ReviewFixture.openRound(reviewer, "甲县", "乙县", "丙县");
        String id = round.get("id").asText();
        JsonNode locs = round.get("localities");
        upload(locs.get(0), "a.csv", SHORTFALLS);
        upload(locs.get(1), "b.csv", SHORTFALLS);
        upload(locs.get(2), "c.xlsx", CONFORMING);
        // 乙县's bytes lost from the database (a damaged file or a bad restore): its re-check cannot read them.
        jdbc().sql("DELETE FROM submission_contents WHERE submission_id IN (SELECT s.id FROM submissions s "
                + "WHERE s.locality_id = ?)").param(locs.get(1).get("id").asText()).update();

        Http.Answer a = reviewer.post("/api/v1/rounds/" + id + "/recheck", Map.of("asOf", "2027-01-01"));

        assertThat(a.status().value()).as(a.text()).isEqualTo(500);
        assertThat(versions(reviewer, id, locs.get(0))).containsExactly("1 upload", "2 recheckOf 1");
        assertThat(versions(reviewer, id, locs.get(1))).containsExactly("1 upload");
        assertThat(versions(reviewer, id, locs.get(2))).containsExactly("1 upload", "2 recheckOf 1");
        JsonNode failed = null;
        for (JsonNode e : ReviewClient.json(reviewer.get("/api/v1/rounds/" + id + "/audit"))) {
            assertThat(e.get("action").asText()).isNotEqualTo("round.rechecked");
            if (e.get("action").asText().equals("round.recheck.failed")) {
                failed = e;
            }
        }
        assertThat(failed).as("the failed re-check's audit entry").isNotNull();
        assertThat(failed.get("actor").asText()).isEqualTo("failing-" + run());
        assertThat(failed.get("detail").asText()).contains("asOf " + TestFiles.AS_OF + " -> 2027-01-01")
                .contains("2 of 3 re-checked and stored, then failed");
    }

    private void upload(JsonNode locality, String name, byte[] bytes) {
        Http.Answer a = anonymous().upload(locality.get("uploadUrl").asText(), name, bytes);
        assertThat(a.status().value()).as(a.text()).isIn(201, 422);
    }

    private static List<JsonNode> recheck(ReviewClient reviewer, String id) {
        Http.Answer a = reviewer.post("/api/v1/rounds/" + id + "/recheck", Map.of());
        assertThat(a.status().value()).as(a.text()).isEqualTo(200);
        List<JsonNode> changes = new ArrayList<>();
        ReviewClient.json(a).forEach(changes::add);
        return changes;
    }

    /** Added, fixed and unchanged counted from the stored reports of the version re-checked and the new one. */
    private static void assertChangesAreThoseOfTheStoredReports(ReviewClient reviewer, String id, JsonNode c) {
        JsonNode versions = ReviewClient.json(reviewer.get("/api/v1/rounds/" + id + "/localities/"
                + c.get("localityId").asText() + "/submissions"));
        List<String> before = fingerprints(reviewer, id, versions.get(c.get("recheckOf").asInt() - 1));
        List<String> after = fingerprints(reviewer, id, versions.get(c.get("version").asInt() - 1));
        Map<String, Integer> left = new HashMap<>();
        before.forEach(f -> left.merge(f, 1, Integer::sum));
        int unchanged = 0;
        for (String f : after) {
            if (left.merge(f, -1, Integer::sum) >= 0) {
                unchanged++;
            }
        }
        assertThat(c.get("unchanged").asInt()).as(c.get("locality").asText()).isEqualTo(unchanged);
        assertThat(c.get("added").size()).isEqualTo(after.size() - unchanged);
        assertThat(c.get("fixed").size()).isEqualTo(before.size() - unchanged);
    }

    private static List<String> fingerprints(ReviewClient reviewer, String id, JsonNode submission) {
        JsonNode report = ReviewClient.json(reviewer.get("/api/v1/rounds/" + id + "/submissions/"
                + submission.get("id").asText() + "/report"));
        List<String> fingerprints = new ArrayList<>();
        report.get("findings").forEach(f -> fingerprints.add(f.get("fingerprint").asText()));
        return fingerprints;
    }

    private static List<String> versions(ReviewClient reviewer, String id, JsonNode locality) {
        List<String> versions = new ArrayList<>();
        ReviewClient.json(reviewer.get("/api/v1/rounds/" + id + "/localities/" + locality.get("id").asText()
                + "/submissions")).forEach(v -> versions.add(v.get("version").asInt()
                        + (v.get("recheckOf").isNull() ? " upload" : " recheckOf " + v.get("recheckOf").asInt())));
        return versions;
    }
}
