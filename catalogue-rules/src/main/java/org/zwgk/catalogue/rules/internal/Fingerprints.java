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
        StringBuilder b = new StringBuilder("v1");
        b.append(SEPARATOR).append(f.ruleId());
        b.append(SEPARATOR).append(f.location().code().or(f.location()::category).orElse(""));
        b.append(SEPARATOR).append(f.location().field().map(x -> x.jsonName()).orElse(""));
        for (String a : f.arguments()) {
            b.append(SEPARATOR).append(a);
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(b.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
