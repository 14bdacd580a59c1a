package org.zwgk.catalogue.rules;

import java.util.Objects;

/**
 * A file found in a folder being checked that was not checked, and why: {@code skip.format} (not a format the
 * readers take), {@code skip.hidden} (a hidden file) or {@code skip.lock-file} (an office suite's {@code ~$} lock
 * file). Every skipped file is listed, so that a summary never says "0 unreadable" over files it did not look at.
 *
 * @param path   the file's path as found
 * @param reason the stable id of the reason, a message id of the report bundle
 */
public record SkippedFile(String path, String reason) {

    public SkippedFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(reason, "reason");
    }
}
