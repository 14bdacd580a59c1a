package org.zwgk.catalogue.server.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.zwgk.catalogue.data.Editions;
import org.zwgk.catalogue.io.Format;
import org.zwgk.catalogue.io.ReadLimits;
import org.zwgk.catalogue.rules.Batch;
import org.zwgk.catalogue.rules.Checker;
import org.zwgk.catalogue.rules.Finding;
import org.zwgk.catalogue.rules.InputFile;
import org.zwgk.catalogue.rules.Report;
import org.zwgk.catalogue.rules.ReportRenderer;
import org.zwgk.catalogue.server.TestFiles;

/** How a checked submission's report is stored: Zstandard, gzip where the native library is missing, both read. */
class StoredReportTest {

    private static final byte[] ZSTD_MAGIC = {0x28, (byte) 0xb5, 0x2f, (byte) 0xfd};

    private final Report report = Batch.checkOne(Checker.against(Editions.national()).asOf(LocalDate.of(2026, 6,
            30)).build(), InputFile.of("甲县.json", TestFiles.edition(TestFiles.EXAMPLE, Format.JSON)),
            ReadLimits.defaults()).report().orElseThrow();

    @Test
    void aReportIsStoredAsZstandardAndReadsAsTheCompactJsonReport() throws IOException {
        StoredReport stored = StoredReport.of(report);

        assertThat(stored.packed()).startsWith(ZSTD_MAGIC);
        assertThat(StoredReport.json(stored.packed())).isEqualTo(compactJson());
        assertThat(stored.packed().length).as("compressed")
                .isLessThan(compactJson().getBytes(StandardCharsets.UTF_8).length / 4);
        assertThat(stored.fingerprints()).isNotEmpty()
                .isEqualTo(report.findings().stream().map(Finding::fingerprint).toList());
        assertThat(stored.registry()).isEqualTo(report.tool().registry().label());
        assertThat(stored.score()).isEqualTo(report.score());
    }

    @Test
    void withoutZstandardAReportIsGzippedAndReadsTheSame() throws IOException {
        StoredReport stored = StoredReport.of(report, false);

        assertThat(stored.packed()).startsWith(0x1f, 0x8b);
        assertThat(StoredReport.json(stored.packed())).isEqualTo(compactJson());
    }

    private String compactJson() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportRenderer.compactJson().render(report, Locale.SIMPLIFIED_CHINESE, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
