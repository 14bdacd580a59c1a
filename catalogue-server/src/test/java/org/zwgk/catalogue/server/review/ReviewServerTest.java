package org.zwgk.catalogue.server.review;

import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The server as the review tests run it: on a random port, with the first administrator from
 * {@code zwgk.admin.password}, and a queue long enough that 50 uploads at once all wait for their check. A subclass
 * names the database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "zwgk.admin.password=" + ReviewFixture.ADMIN_PASSWORD,
    "zwgk.catalogue.limits.queue=200",
    "zwgk.signin.max-failures=5"})
abstract class ReviewServerTest implements ReviewFixture {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private ReviewClient anonymous;
    private ReviewClient admin;
    private String run;

    @BeforeEach
    void clients() {
        anonymous = ReviewClient.anonymous("http://localhost:" + port);
        admin = anonymous.as("admin", ADMIN_PASSWORD);
        run = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public JdbcClient jdbc() {
        return jdbc;
    }

    @Override
    public ReviewClient anonymous() {
        return anonymous;
    }

    @Override
    public ReviewClient admin() {
        return admin;
    }

    @Override
    public String run() {
        return run;
    }
}
