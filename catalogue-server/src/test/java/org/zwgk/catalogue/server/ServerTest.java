package org.zwgk.catalogue.server;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The server as the tests run it: on a random port, with limits small enough to reach in a test (a 1 MiB upload
 * limit, 2 MiB requests). Every test class with this annotation shares one running server.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "zwgk.catalogue.limits.upload-size=1MB",
    "spring.servlet.multipart.max-file-size=2MB",
    "spring.servlet.multipart.max-request-size=2MB",
    "zwgk.server.frame-ancestors='self' https://portal.example.gov.cn"})
public @interface ServerTest {
}
