package org.zwgk.catalogue.spring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.zwgk.catalogue.io.ReadLimits;
import org.zwgk.catalogue.spring.CheckRefusedException;
import org.zwgk.catalogue.spring.Upload;

class ZipUploadsTest {

    private static Upload zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return new Upload("batch.zip", bytes.toByteArray());
    }

    private static String refusal(Upload zip, ReadLimits limits) {
        try {
            ZipUploads.open(zip, limits);
            throw new AssertionError("not refused");
        } catch (CheckRefusedException e) {
            assertThat(e.reason()).isEqualTo(CheckRefusedException.Reason.UNREADABLE);
            return e.problem().messageId();
        }
    }

    @Test
    void catalogueEntriesAreTakenSortedAndTheRestLeft() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("b/县.csv", "x".getBytes(StandardCharsets.UTF_8));
        entries.put("a.xlsx", "y".getBytes(StandardCharsets.UTF_8));
        entries.put("readme.txt", "z".getBytes(StandardCharsets.UTF_8));
        entries.put("__MACOSX/._a.xlsx", "m".getBytes(StandardCharsets.UTF_8));
        entries.put("b/~$县.xlsx", "lock".getBytes(StandardCharsets.UTF_8));
        assertThat(ZipUploads.open(zip(entries), ReadLimits.defaults())).extracting(Upload::name)
                .containsExactly("a.xlsx", "b/县.csv");
    }

    @Test
    void aBombTooManyEntriesAnEmptyAndACorruptZipAreRefusedWithTheirIds() throws IOException {
        assertThat(refusal(zip(Map.of("bomb.csv", new byte[5_000_000])), ReadLimits.defaults()))
                .isEqualTo("upload.zip.inflate-ratio");
        Map<String, byte[]> many = new LinkedHashMap<>();
        for (int i = 0; i < 11; i++) {
            many.put(i + ".csv", new byte[] {'x'});
        }
        assertThat(refusal(zip(many), ReadLimits.defaults().withMaxZipEntries(10))).isEqualTo("upload.zip.entries");
        assertThat(refusal(zip(Map.of("notes.txt", new byte[] {'x'})), ReadLimits.defaults()))
                .isEqualTo("upload.zip.empty");
        assertThat(refusal(new Upload("broken.zip", "PK\u0003\u0004 not a zip".getBytes(StandardCharsets.ISO_8859_1)),
                ReadLimits.defaults())).isEqualTo("upload.zip.corrupt");
        assertThat(refusal(zip(Map.of("big.csv", new byte[2_000])), ReadLimits.defaults().withMaxFileBytes(1_000)
                .withMaxInflateRatio(1_000_000))).isEqualTo("upload.zip.entry-size");
    }
}
