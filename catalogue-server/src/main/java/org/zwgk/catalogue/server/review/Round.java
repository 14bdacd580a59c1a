package org.zwgk.catalogue.server.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A review round as stored.
 *
 * @param id        its id (a UUID of version 7: time-ordered, 74 random bits)
 * @param ownerId   the reviewer's account id
 * @param name      e.g. 2026 年度区县生态环境政务公开目录审核
 * @param edition   the bundled parent edition's id, when the parent is an edition
 * @param parentName the file name of the bureau's own parent catalogue, when one was stored instead
 * @param level     the localities' administrative level, when the round states one
 * @param asOf      the check date
 * @param deadline  the deadline for uploads, when set
 * @param closed    true when uploads are refused
 * @param createdAt when it was opened
 */
public record Round(String id, long ownerId, String name, Optional<String> edition, Optional<String> parentName,
        Optional<String> level, LocalDate asOf, Optional<LocalDate> deadline, boolean closed, Instant createdAt) {
    public Round {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(parentName, "parentName");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
