package org.zwgk.catalogue.bench;

import java.nio.file.Path;
import org.zwgk.catalogue.io.ReadLimits;
import org.zwgk.catalogue.rules.Batch;
import org.zwgk.catalogue.rules.BatchItem;
import org.zwgk.catalogue.rules.Checker;
import org.zwgk.catalogue.rules.Report;

/** The check as the command line runs it on one file: read the bytes, hash them, read the catalogue, check it. */
public final class Checks {

    private Checks() {
    }

    /**
     * The default read limits with room for the 100,000-row workbook (the defaults stop at 10,000 rows and 200,000
     * cells, as a portal should); the limits are counters, so raising them costs nothing in the smaller runs.
     */
    public static final ReadLimits LIMITS = ReadLimits.defaults().withMaxRows(200_000).withMaxCells(5_000_000)
            .withMaxInflateRatio(1_000);

    /** Checks {@code file}; a file that cannot be read is a broken fixture, not a measurement. */
    public static Report check(Checker checker, Path file) {
        BatchItem item = Batch.checkOne(checker, file, LIMITS);
        return item.report().orElseThrow(() -> new IllegalStateException(
                "cannot check " + file + ": " + item.failure().map(Object::toString).orElse("")));
    }
}
