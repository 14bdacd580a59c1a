package org.zwgk.catalogue.data.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The project's own additions to the reference registry, {@code legal-instruments-additions.json}: an overlay in
 * the published form (so it is held to the same schema and checks as a user's), each entry with its sources and
 * how far they verify it. Its {@code version} is the bundled registry's version, named in every report.
 */
public final class BundledAdditions {

    /** Class-path resource of the additions. */
    public static final String RESOURCE = "org/zwgk/catalogue/data/legal-instruments-additions.json";

    private BundledAdditions() {
    }

    /** The additions; a bundled file that fails its own checks is a build error, not a user's. */
    public static OverlayReader.Overlay read() {
        try (InputStream in = BundledAdditions.class.getResourceAsStream("/" + RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            OverlayReader.Result result = OverlayReader.read(RESOURCE, in.readAllBytes());
            if (!result.problems().isEmpty()) {
                throw new IllegalStateException(RESOURCE + ": " + result.problems());
            }
            return result.overlay();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
