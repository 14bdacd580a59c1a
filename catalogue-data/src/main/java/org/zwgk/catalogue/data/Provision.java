package org.zwgk.catalogue.data;

import java.util.Objects;
import java.util.Optional;

/**
 * A key provision of an instrument, verbatim where verified.
 *
 * @param version  the version it belongs to, e.g. 2019
 * @param article  the article, e.g. 第二十六条, where known
 * @param text     the text
 * @param verified whether the text was checked against a source
 */
public record Provision(String version, Optional<String> article, String text, boolean verified) {
    public Provision {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(text, "text");
    }
}
