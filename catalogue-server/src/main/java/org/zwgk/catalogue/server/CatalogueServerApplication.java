package org.zwgk.catalogue.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The web checker: {@code java -jar catalogue-server.jar} serves the upload pages, the editions and rules, the
 * {@code /api/v1} endpoints, the OpenAPI document and the actuator on port 8080 ({@code --server.port=N}). It is
 * the starter plus its pages; it keeps nothing of what is uploaded.
 */
@SpringBootApplication
public class CatalogueServerApplication {

    /** Starts the server. */
    public static void main(String[] args) {
        SpringApplication.run(CatalogueServerApplication.class, args);
    }
}
