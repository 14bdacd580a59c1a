package org.zwgk.catalogue.server.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.zwgk.catalogue.io.Format;
import org.zwgk.catalogue.server.Http;
import org.zwgk.catalogue.server.TestFiles;

/** What the review contracts need of the running server, and the steps they share. */
interface ReviewFixture {

    String ADMIN_PASSWORD = "admin-password-of-the-tests";
    String EDITION = "mee-2019-672";

    /** A conforming county catalogue (xlsx) and one with shortfalls (csv), as a county would upload them. */
    byte[] CONFORMING = TestFiles.edition("sample-county-conforming", Format.XLSX);
    byte[] SHORTFALLS = TestFiles.edition(TestFiles.EXAMPLE, Format.CSV);

    /** The server's port. */
    int port();

    /** The server's database. */
    JdbcClient jdbc();

    /** A client without credentials. */
    ReviewClient anonymous();

    /** The administrator's client. */
    ReviewClient admin();

    /** A suffix unique to the test, for account names. */
    String run();

    /** A reviewer account made by the administrator, and its client. */
    default ReviewClient reviewer(String name) {
        String user = name + "-" + run();
        String password = "password of " + user;
        Http.Answer a = admin().post("/api/v1/users", Map.of("username", user, "password", password));
        assertThat(a.status().value()).as(a.text()).isEqualTo(201);
        return anonymous().as(user, password);
    }

    /** A round with {@code localities}, opened by {@code reviewer}: the 201's body. */
    static JsonNode openRound(ReviewClient reviewer, String... localities) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < localities.length; i++) {
            rows.add(Map.of("name", localities[i], "code", "500" + (112 + i)));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "2026 年度区县目录审核");
        body.put("edition", EDITION);
        body.put("level", "县级");
        body.put("asOf", TestFiles.AS_OF);
        body.put("deadline", "2026-12-31");
        body.put("localities", rows);
        Http.Answer a = reviewer.post("/api/v1/rounds", body);
        assertThat(a.status().value()).as(a.text()).isEqualTo(201);
        return ReviewClient.json(a);
    }

    /** SHA-256, hex. */
    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(UploadTokens.sha256(bytes));
    }

    /** {@code SELECT COUNT(*) …} with one parameter. */
    default int count(String sql, String param) {
        return jdbc().sql(sql).param(param).query(Integer.class).single();
    }
}
