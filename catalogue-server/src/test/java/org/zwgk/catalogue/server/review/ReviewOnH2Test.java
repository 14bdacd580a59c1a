package org.zwgk.catalogue.server.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.zwgk.catalogue.io.Format;
import org.zwgk.catalogue.server.TestFiles;
import org.zwgk.catalogue.server.accounts.Account;
import org.zwgk.catalogue.server.accounts.Accounts;
import org.zwgk.catalogue.spring.Upload;

/** The review contracts on the default database: an H2 file under {@code zwgk.data-dir}. */
@TestPropertySource(properties = "zwgk.data-dir=target/review-h2")
class ReviewOnH2Test extends ReviewServerTest implements ReviewFlowContract, ReviewAccessContract, RecheckContract {

    @Autowired
    Rounds rounds;

    @Autowired
    Accounts accounts;

    @Autowired
    RoundStore store;

    @Test
    void aRoundWithTheBureausOwnParentChecksEveryUploadAgainstIt() throws Exception {
        reviewer("bureau");
        Account owner = accounts.byName("bureau-" + run()).orElseThrow();
        byte[] parent = TestFiles.edition("sample-county-conforming", Format.JSON);
        RoundRequest request = new RoundRequest("市级目录审核", null, null, TestFiles.AS_OF, null,
                List.of(new RoundRequest.LocalityRequest("甲镇", null, null)));
        assertThatThrownBy(() -> rounds.open(owner, request, Optional.of(new Upload("市目录.xlsx", new byte[] {1}))))
                .isInstanceOfSatisfying(ReviewProblem.class, e -> assertThat(e.id())
                        .isEqualTo("review.parent.unreadable"));

        Rounds.Opened opened = rounds.open(owner, request, Optional.of(new Upload("市目录.json", parent)));
        assertThat(opened.round().parentName()).contains("市目录.json");
        assertThat(opened.round().edition()).isEmpty();
        String lid = opened.tokens().keySet().iterator().next();
        JsonNode up = ReviewClient.json(anonymous().upload("/api/v1/upload/" + lid + "/" + opened.tokens().get(lid),
                "甲镇.csv", SHORTFALLS));
        String report = store.reportJson(up.get("id").asText()).orElseThrow();
        // Stored on one line (ReportRenderer.compactJson): the parent of the report is the uploaded file.
        assertThat(new ObjectMapper().readTree(report).path("parent").path("edition").asText())
                .isEqualTo("sample-county-conforming");
        assertThat(report.strip()).doesNotContain("\n");
    }

    @Test
    void theDefaultDatabaseIsAnH2FileInTheDataDirectory() {
        assertThat(Path.of("target", "review-h2", "zwgk.mv.db")).isRegularFile();
        assertThat(jdbc().sql("SELECT H2VERSION()").query(String.class).single()).isNotBlank();
    }
}
