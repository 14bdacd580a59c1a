package org.zwgk.catalogue.io.internal.source.ooxml;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.zwgk.catalogue.io.ReadLimits;
import org.zwgk.catalogue.io.internal.IoMessages;
import org.zwgk.catalogue.io.internal.LimitExceeded;

/**
 * Counts the bytes a package part inflates to: fails past the file-size limit, or past the inflate ratio once a
 * grace of 100 KiB is read (as POI's own guard does). This is the zip-bomb guard, applied per read: nothing here
 * changes a setting of POI or of the JVM.
 */
final class InflateGuard extends FilterInputStream {

    /** Uncompressed bytes a part may have before the inflate ratio is checked. */
    static final long GRACE = 100 * 1024;

    private final long compressed;
    private final String file;
    private final String part;
    private final ReadLimits limits;
    private long inflated;

    InflateGuard(InputStream in, long compressed, String file, String part, ReadLimits limits) {
        super(in);
        this.compressed = Math.max(1, compressed);
        this.file = file;
        this.part = part;
        this.limits = limits;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) {
        inflated += n;
        if (inflated > limits.maxFileBytes()) {
            throw new LimitExceeded(IoMessages.problem("io.limit.file-size", OoxmlPackage.at(file, part),
                    "> " + limits.maxFileBytes(), limits.maxFileBytes()));
        }
        if (inflated > GRACE && inflated > compressed * limits.maxInflateRatio()) {
            throw new LimitExceeded(IoMessages.problem("io.limit.inflate-ratio", OoxmlPackage.at(file, part),
                    compressed, limits.maxInflateRatio()));
        }
    }
}
