package org.zwgk.catalogue.server.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The review contracts on a real PostgreSQL ({@code spring.datasource.url}), started by the tests. Fails under
 * {@code CI=true} when PostgreSQL cannot start; skipped elsewhere then.
 */
@ExtendWith(Postgres.class)
class ReviewOnPostgresTest extends ReviewServerTest implements ReviewFlowContract, ReviewAccessContract,
        RecheckContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", Postgres::url);
    }

    @Test
    void theDatabaseIsPostgresql() {
        assertThat(jdbc().sql("SELECT version()").query(String.class).single()).startsWith("PostgreSQL");
    }
}
