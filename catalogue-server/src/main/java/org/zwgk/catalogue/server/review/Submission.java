package org.zwgk.catalogue.server.review;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One upload of a locality, without its bytes and report (those are read apart, when asked for).
 *
 * @param id          its id (a UUID of version 7: time-ordered, 74 random bits)
 * @param localityId  the locality
 * @param version     1, 2, 3 … per locality, gapless
 * @param fileName    the uploaded file's name
 * @param sha256      the bytes' SHA-256, hex
 * @param size        the bytes' length
 * @param submittedAt when it was stored
 * @param summary     the report's summary, when the catalogue could be read and checked
 * @param problems    why it could not be checked (a JSON array of located problems), when it could not
 * @param recheckOf   the version whose bytes this one checked again, when it is a re-check and not an upload
 */
public record Submission(String id, String localityId, int version, String fileName, String sha256, long size,
        Instant submittedAt, Optional<Summary> summary, Optional<String> problems, Optional<Integer> recheckOf) {
    public Submission {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(localityId, "localityId");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(submittedAt, "submittedAt");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(problems, "problems");
        Objects.requireNonNull(recheckOf, "recheckOf");
    }

    /** {@code at} in China's time, {@code yyyy-MM-dd HH:mm:ss}, as the pages show times. */
    public static String shown(Instant at) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                .format(at.atZone(org.zwgk.catalogue.rules.CheckRequest.ZONE));
    }

    /** When it was stored, as the pages show it. */
    public String submittedAtText() {
        return shown(submittedAt);
    }

    /** True when the upload was read and checked. */
    public boolean accepted() {
        return summary.isPresent();
    }

    /**
     * A report's summary.
     *
     * @param score    the library's score, 0-100
     * @param errors   findings of severity ERROR
     * @param warnings findings of severity WARNING
     * @param infos    findings of severity INFO
     */
    public record Summary(int score, int errors, int warnings, int infos) {
    }
}
