package org.zwgk.catalogue.rules.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.zwgk.catalogue.rules.Finding;

/** The stable fingerprint of a finding (see {@link Finding#fingerprint()}). */
public final class Fingerprints {

    /** Separates the parts, so that no two different lists of parts hash the same text. */
    private static final char SEPARATOR = '\u001f';

    private Fingerprints() {
    }

    public static String of(Finding f) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
        // The parts' UTF-8 fed to the digest one by one: the same bytes as their text joined, without the text.
        sha.update("v1".getBytes(StandardCharsets.UTF_8));
        part(sha, f.ruleId());
        part(sha, f.location().code().or(f.location()::category).orElse(""));
        part(sha, f.location().field().map(x -> x.jsonName()).orElse(""));
        for (String a : f.arguments()) {
            part(sha, a);
        }
        return HexFormat.of().formatHex(sha.digest(), 0, 8);
    }

    private static void part(MessageDigest sha, String part) {
        sha.update((byte) SEPARATOR);
        sha.update(part.getBytes(StandardCharsets.UTF_8));
    }
}
