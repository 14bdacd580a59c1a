package org.zwgk.catalogue.server;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The server as the tests run it: on a random port, with limits small enough to reach in a test (a 1 MiB upload
 * limit, 2 MiB requests), and an in-memory database. Every test class with this annotation shares one running
 * server.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "zwgk.catalogue.limits.upload-size=1MB",
    "spring.servlet.multipart.max-file-size=2MB",
    "spring.servlet.multipart.max-request-size=2MB",
    "zwgk.server.frame-ancestors='self' https://portal.example.gov.cn",
    "spring.datasource.url=jdbc:h2:mem:server-test;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"})
public @interface ServerTest {
}
