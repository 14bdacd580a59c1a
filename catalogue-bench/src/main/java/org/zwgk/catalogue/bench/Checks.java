package org.zwgk.catalogue.bench;

import java.nio.file.Path;
import org.zwgk.catalogue.rules.Batch;
import org.zwgk.catalogue.rules.BatchItem;
import org.zwgk.catalogue.rules.Checker;
import org.zwgk.catalogue.rules.Report;

/** The check as the command line runs it on one file: read the bytes, hash them, read the catalogue, check it. */
public final class Checks {

    private Checks() {
    }

    /** Checks {@code file}; a file that cannot be read is a broken fixture, not a measurement. */
    public static Report check(Checker checker, Path file) {
        BatchItem item = Batch.checkOne(checker, file);
        return item.report().orElseThrow(() -> new IllegalStateException(
                "cannot check " + file + ": " + item.failure().map(Object::toString).orElse("")));
    }
}
