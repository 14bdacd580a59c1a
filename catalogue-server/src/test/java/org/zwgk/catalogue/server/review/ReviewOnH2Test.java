package org.zwgk.catalogue.server.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** The review contracts on the default database: an H2 file under {@code zwgk.data-dir}. */
@TestPropertySource(properties = "zwgk.data-dir=target/review-h2")
class ReviewOnH2Test extends ReviewServerTest implements ReviewFlowContract, ReviewAccessContract {

    @Test
    void theDefaultDatabaseIsAnH2FileInTheDataDirectory() {
        assertThat(Path.of("target", "review-h2", "zwgk.mv.db")).isRegularFile();
        assertThat(jdbc().sql("SELECT H2VERSION()").query(String.class).single()).isNotBlank();
    }
}
