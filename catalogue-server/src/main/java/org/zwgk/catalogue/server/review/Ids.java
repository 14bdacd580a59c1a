package org.zwgk.catalogue.server.review;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.NoArgGenerator;

/**
 * The ids of rounds, localities and submissions: UUIDs of version 7 (RFC 9562), 48 bits of the time in milliseconds
 * then 74 random bits from a {@link java.security.SecureRandom}. Written as text they sort by the millisecond they were
 * made in (within one, at random), so each new row's key lands at the end of its primary-key index: a re-check's batch
 * of 256 versions adds to the last pages of the submissions' and reports' keys, where random (version 4) keys rewrote
 * pages all over both indexes at every commit. No id grants access on its own: links carry a secret token, and every
 * other id is checked against its owner.
 */
final class Ids {

    private static final NoArgGenerator GENERATOR = Generators.timeBasedEpochRandomGenerator();

    private Ids() {
    }

    /** A new id. */
    static String next() {
        return GENERATOR.generate().toString();
    }
}
