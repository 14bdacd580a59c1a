package org.zwgk.catalogue.server.review;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zwgk.catalogue.rules.Report;
import org.zwgk.catalogue.rules.ReportRenderer;
import org.zwgk.catalogue.rules.Score;

import com.github.luben.zstd.Zstd;

/**
 * A checked submission's report as it is stored: the library's JSON report (zh-CN) on one line
 * ({@link ReportRenderer#compactJson()}), compressed, and what a later re-check compares against without reading the
 * report: its findings' fingerprints in report order and its registry's label; and its score, for the version's
 * summary. The score and the fingerprints are those the JSON printed, worked out once for both
 * ({@link ReportRenderer#writeCompactJson}).
 *
 * <p>Compressed with Zstandard at level 1: a generated county's report of 67 KB becomes 7.0 KB in 0.06 ms, where
 * gzip at its fastest level made 8.0 KB in 0.18 ms; a re-check of 3,000 localities took 9% less CPU and wall time
 * (A/B in one server, eight re-checks each: 3.86 against 4.25 s of CPU). Reports stored before 2026-12-05 are
 * gzipped, and where zstd-jni's native library cannot be loaded (a platform it does not build for, a temporary
 * directory mounted {@code noexec}: docs/operations.md) new ones are gzipped too; each is read by its magic number.
 *
 * @param packed       the JSON report, compressed
 * @param fingerprints the findings' fingerprints, in the report's order
 * @param registry     the label of the registry the report names
 * @param score        the report's score
 */
record StoredReport(byte[] packed, List<String> fingerprints, String registry, Score score) {

    private static final Logger LOG = LoggerFactory.getLogger(StoredReport.class);
    /** Whether zstd-jni's native library loads here; when not, reports are stored gzipped. */
    private static final boolean ZSTD = zstdLoads();
    private static final int ZSTD_LEVEL = 1;

    StoredReport {
        fingerprints = List.copyOf(fingerprints);
        Objects.requireNonNull(score, "score");
    }

    /** {@code report} rendered as JSON on one line and compressed, with its fingerprints and registry. */
    static StoredReport of(Report report) {
        return of(report, ZSTD);
    }

    /** {@code report} compressed with Zstandard, or with gzip when {@code zstd} is false. */
    static StoredReport of(Report report, boolean zstd) {
        ByteArrayOutputStream json = new ByteArrayOutputStream(64 * 1024);
        ReportRenderer.JsonFacts facts;
        try {
            facts = ReportRenderer.writeCompactJson(report, Locale.SIMPLIFIED_CHINESE, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new StoredReport(zstd ? Zstd.compress(json.toByteArray(), ZSTD_LEVEL) : gzip(json),
                facts.fingerprints(), report.tool().registry().label(), facts.score());
    }

    /** The fingerprints as stored: one per line. */
    String fingerprintLines() {
        return String.join("\n", fingerprints);
    }

    /** Fingerprints stored by {@link #fingerprintLines()}. */
    static List<String> fingerprints(String lines) {
        return lines.isEmpty() ? List.of() : List.of(lines.split("\n", -1));
    }

    /** The JSON text of a stored report, Zstandard or gzip. */
    static String json(byte[] packed) {
        if (isGzip(packed)) {
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(packed))) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        long size = Zstd.getFrameContentSize(packed);
        if (size < 0 || size > Integer.MAX_VALUE) {
            throw new IllegalStateException("a stored report neither gzip nor a Zstandard frame of known size");
        }
        return new String(Zstd.decompress(packed, (int) size), StandardCharsets.UTF_8);
    }

    private static boolean isGzip(byte[] packed) {
        return packed.length >= 2 && (packed[0] & 0xff) == 0x1f && (packed[1] & 0xff) == 0x8b;
    }

    private static byte[] gzip(ByteArrayOutputStream json) {
        ByteArrayOutputStream gzip = new ByteArrayOutputStream(16 * 1024);
        try (GZIPOutputStream out = new FastGzip(gzip)) {
            json.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return gzip.toByteArray();
    }

    private static boolean zstdLoads() {
        try {
            Zstd.compressBound(1);
            return true;
        } catch (LinkageError e) {
            LOG.warn("zstd-jni's native library could not be loaded ({}): review rounds store reports gzipped, "
                    + "which takes three times the CPU (docs/operations.md)", e.toString());
            return false;
        }
    }

    /** Gzip at {@link Deflater#BEST_SPEED}. */
    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(ByteArrayOutputStream out) throws IOException {
            super(out, 8192);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }
}
