package org.zwgk.catalogue.rules;

import java.util.Objects;
import java.util.Optional;

import org.zwgk.catalogue.model.Problem;

/**
 * One input of a batch: its report, or the problem that kept it from being read.
 *
 * @param path    the input's path as collected
 * @param report  the report, when the input could be read
 * @param failure why the input could not be read at all
 */
public record BatchItem(String path, Optional<Report> report, Optional<Problem> failure) {

    public BatchItem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(failure, "failure");
        if (report.isPresent() == failure.isPresent()) {
            throw new IllegalArgumentException("a batch item has a report or a failure, not both");
        }
    }
}
