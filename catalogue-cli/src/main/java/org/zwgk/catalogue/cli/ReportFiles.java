package org.zwgk.catalogue.cli;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Input hashes (report names under {@code --output-dir} are {@link org.zwgk.catalogue.rules.Batch#reportNames}). */
final class ReportFiles {

    private ReportFiles() {
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
