package org.zwgk.catalogue.rules.internal.render.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Workbook;

/**
 * Writes an .xlsx so that the same report and workbook give the same bytes: every zip entry gets one fixed time,
 * and the creation and modification times POI stamps into {@code docProps/core.xml} are pinned to it too.
 */
final class Zips {

    /** The project's reproducible-build timestamp. */
    static final java.time.LocalDateTime FIXED = java.time.LocalDateTime.of(2026, 1, 1, 0, 0);
    private static final Pattern DATES = Pattern.compile(
            "(<dcterms:(?:modified|created)[^>]*>)[^<]*(</dcterms:(?:modified|created)>)");

    private Zips() {
    }

    static void writeReproducibly(Workbook wb, OutputStream out) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        wb.write(raw);
        ZipOutputStream zip = new ZipOutputStream(out);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(raw.toByteArray()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals("docProps/core.xml")) {
                    bytes = DATES.matcher(new String(bytes, StandardCharsets.UTF_8))
                            .replaceAll("$12026-01-01T00:00:00Z$2").getBytes(StandardCharsets.UTF_8);
                }
                ZipEntry copy = new ZipEntry(e.getName());
                // A local date-time, so the DOS time in the entry does not depend on the JVM's time zone.
                copy.setTimeLocal(FIXED);
                zip.putNextEntry(copy);
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        zip.finish();
    }
}
