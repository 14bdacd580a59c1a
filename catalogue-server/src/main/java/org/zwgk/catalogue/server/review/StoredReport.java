package org.zwgk.catalogue.server.review;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.zwgk.catalogue.rules.Finding;
import org.zwgk.catalogue.rules.Report;
import org.zwgk.catalogue.rules.ReportRenderer;

/**
 * A checked submission's report as it is stored: the library's JSON report (zh-CN) on one line
 * ({@link ReportRenderer#compactJson()}), gzipped, and what a later re-check compares against without reading the
 * report: its findings' fingerprints in report order and its registry's label. Gzip at its fastest level: a report
 * of 82 KB becomes 8.8 KB in 0.3 ms (level 6: 7.1 KB in 0.6 ms), so a round of 3,000 localities stores 26 MB per
 * re-check instead of 250 MB. Without the indentation, rendering and gzip had a quarter fewer bytes to write: gzip
 * alone was 27% of a re-check worker's CPU (perf; JFR does not see native code).
 *
 * @param gzip         the JSON report, gzipped
 * @param fingerprints the findings' fingerprints, in the report's order
 * @param registry     the label of the registry the report names
 */
record StoredReport(byte[] gzip, List<String> fingerprints, String registry) {

    StoredReport {
        fingerprints = List.copyOf(fingerprints);
    }

    /** {@code report} rendered as JSON on one line and gzipped, with its fingerprints and registry. */
    static StoredReport of(Report report) {
        ByteArrayOutputStream gzip = new ByteArrayOutputStream(16 * 1024);
        try (GZIPOutputStream out = new FastGzip(gzip)) {
            ReportRenderer.compactJson().render(report, Locale.SIMPLIFIED_CHINESE, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new StoredReport(gzip.toByteArray(), report.findings().stream().map(Finding::fingerprint).toList(),
                report.tool().registry().label());
    }

    /** The fingerprints as stored: one per line. */
    String fingerprintLines() {
        return String.join("\n", fingerprints);
    }

    /** Fingerprints stored by {@link #fingerprintLines()}. */
    static List<String> fingerprints(String lines) {
        return lines.isEmpty() ? List.of() : List.of(lines.split("\n", -1));
    }

    /** The JSON text of a gzipped report. */
    static String json(byte[] gzip) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
