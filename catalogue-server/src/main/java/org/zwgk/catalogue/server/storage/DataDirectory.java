package org.zwgk.catalogue.server.storage;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The embedded default database: when no {@code spring.datasource.url} is set, an H2 file database
 * {@code zwgk.mv.db} in {@code zwgk.data-dir} (default {@code ./data} of the working directory), in H2's PostgreSQL
 * mode so that one set of migrations serves both databases. The directory is made absolute here because H2 refuses
 * a path that is only implicitly relative. {@code WRITE_DELAY=0}: H2 writes each commit to the file before the
 * commit returns (its default holds commits in memory for up to 500 ms), so an upload acknowledged with 201 survives
 * the process being killed.
 */
public final class DataDirectory implements EnvironmentPostProcessor {

    /** The property naming the data directory. */
    public static final String PROPERTY = "zwgk.data-dir";

    /** H2's settings: PostgreSQL's dialect and lower-case names (as the migrations are written), commits written. */
    public static final String H2_MODE = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
            + ";WRITE_DELAY=0";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty("spring.datasource.url")) {
            return;
        }
        Path dir = Path.of(environment.getProperty(PROPERTY, "./data")).toAbsolutePath().normalize();
        String url = "jdbc:h2:file:" + dir.resolve("zwgk") + H2_MODE;
        environment.getPropertySources().addLast(new MapPropertySource("zwgk-data-dir",
                Map.of("spring.datasource.url", url)));
    }
}
