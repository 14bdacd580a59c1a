package org.zwgk.catalogue.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import org.zwgk.catalogue.data.internal.BundledAdditions;
import org.zwgk.catalogue.data.internal.RegistryLoader;

/**
 * Reports name the bundled registry by the version in {@code legal-instruments-additions.json}, so the version must
 * change whenever the registry's data does. This test records the pair: when it fails after an edit of either data
 * file, set a new {@code version} in the additions file and record it here with the digest the failure prints.
 */
class RegistryVersionTest {

    private static final String VERSION = "2026-12-04";
    private static final String DIGEST = "395bef051207a11fa62a59dbc1b6eb4318fdac489c6d36b78357c645139dc5e6";

    @Test
    void theBundledVersionChangesWithTheData() throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update(bytes(RegistryLoader.RESOURCE));
        sha.update(bytes(BundledAdditions.RESOURCE));
        String digest = HexFormat.of().formatHex(sha.digest());
        assertThat(LegalRegistry.bundled().version().bundled() + " " + digest)
                .as("the registry's data changed: give legal-instruments-additions.json a new version and record "
                        + "it with this digest in RegistryVersionTest")
                .isEqualTo(VERSION + " " + DIGEST);
    }

    private static byte[] bytes(String resource) throws IOException {
        try (InputStream in = RegistryVersionTest.class.getClassLoader().getResourceAsStream(resource)) {
            return in.readAllBytes();
        }
    }
}
