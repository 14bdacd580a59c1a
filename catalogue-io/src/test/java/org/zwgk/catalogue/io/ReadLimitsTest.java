package org.zwgk.catalogue.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zwgk.catalogue.io.LayoutVariantsTest.FLAT_HEADER;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwgk.catalogue.model.Problem;

/**
 * Every read limit stops the read with its own located, bilingual {@code io.limit.*} problem, in every format it
 * applies to; the limits are lowered here so that the inputs stay small.
 */
class ReadLimitsTest {

    private static final String CSV_HEADER = String.join(",", FLAT_HEADER);

    @TempDir
    Path dir;

    @Test
    void theDefaultsAreTheDocumentedOnes() throws Exception {
        ReadLimits d = ReadLimits.defaults();
        assertThat(d).isEqualTo(new ReadLimits(100L * 1024 * 1024, 10_000, 256, 200_000, 32_767, 64, 1_000, 100));
        assertThat(d.withMaxRows(5).maxRows()).isEqualTo(5);
        assertThat(d.withMaxRows(5).withMaxRows(10_000)).isEqualTo(d);
        assertThat(d.json().maxDepth()).isEqualTo(64);
        assertThatThrownBy(() -> d.withMaxCells(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tooManyRowsIsLocatedAtTheFirstRowOverTheLimitInCsvAndWorkbooks() throws Exception {
        StringBuilder csv = new StringBuilder(CSV_HEADER).append('\n');
        for (int i = 1; i <= 20; i++) {
            csv.append(i).append(",行政许可,审批").append(i).append('\n');
        }
        Problem p = refused(csv.toString().getBytes(StandardCharsets.UTF_8), "rows.csv",
                ReadLimits.defaults().withMaxRows(10), "io.limit.rows");
        assertThat(p.location().row()).isEqualTo(OptionalInt.of(11));

        WorkbookFixture xlsx = WorkbookFixture.xlsx("目录").row(FLAT_HEADER);
        for (int i = 1; i <= 20; i++) {
            xlsx.row(String.valueOf(i), "行政许可", "审批" + i);
        }
        Problem x = refused(xlsx.bytes(), "rows.xlsx", ReadLimits.defaults().withMaxRows(10), "io.limit.rows");
        assertThat(x.location().sheet()).contains("目录");
        assertThat(x.location().row()).isEqualTo(OptionalInt.of(11));
    }

    @Test
    void tooManyColumnsIsLocatedAtTheFirstColumnOverTheLimit() throws Exception {
        String[] wide = new String[40];
        java.util.Arrays.fill(wide, "x");
        byte[] xlsx = WorkbookFixture.xlsx("目录").row(FLAT_HEADER).row(wide).bytes();
        Problem p = refused(xlsx, "wide.xlsx", ReadLimits.defaults().withMaxColumns(30), "io.limit.columns");
        assertThat(p.location().column()).contains("AE");
        assertThat(p.location().row()).isEqualTo(OptionalInt.of(2));

        String html = "<table><tr>" + "<td>x</td>".repeat(40) + "</tr></table>";
        refused(html.getBytes(StandardCharsets.UTF_8), "wide.html", ReadLimits.defaults().withMaxColumns(30),
                "io.limit.columns");
        refused((CSV_HEADER + "\n" + "x,".repeat(40) + "\n").getBytes(StandardCharsets.UTF_8), "wide.csv",
                ReadLimits.defaults().withMaxColumns(30), "io.limit.columns");
    }

    @Test
    void tooManyCellsCountsEverySheetAndMergedRegionsToo() throws Exception {
        WorkbookFixture xlsx = WorkbookFixture.xlsx("目录").row(FLAT_HEADER);
        for (int i = 1; i <= 10; i++) {
            xlsx.row(String.valueOf(i), "行政许可", "审批" + i, "内容");
        }
        refused(xlsx.bytes(), "cells.xlsx", ReadLimits.defaults().withMaxCells(40), "io.limit.cells");
        String html = "<table><tr><td rowspan=\"100\" colspan=\"200\">x</td></tr></table>";
        refused(html.getBytes(StandardCharsets.UTF_8), "span.html", ReadLimits.defaults().withMaxCells(1000),
                "io.limit.cells");
    }

    @Test
    void anOverlongCellIsRefusedInEveryFormat() throws Exception {
        String longText = "长".repeat(200);
        refused(WorkbookFixture.xlsx("目录").row(FLAT_HEADER).row("1", "行政许可", longText).bytes(), "long.xlsx",
                ReadLimits.defaults().withMaxCellLength(100), "io.limit.cell-length");
        refused(WorkbookFixture.xls("目录").row(FLAT_HEADER).row("1", "行政许可", longText).bytes(), "long.xls",
                ReadLimits.defaults().withMaxCellLength(100), "io.limit.cell-length");
        Problem csv = refused((CSV_HEADER + "\n1,行政许可,\"" + longText + "\"\n").getBytes(StandardCharsets.UTF_8),
                "long.csv", ReadLimits.defaults().withMaxCellLength(100), "io.limit.cell-length");
        assertThat(csv.location().row()).isEqualTo(OptionalInt.of(2));
        assertThat(csv.location().column()).contains("C");
        refused(("<table><tr><td>" + longText + "</td></tr></table>").getBytes(StandardCharsets.UTF_8), "long.html",
                ReadLimits.defaults().withMaxCellLength(100), "io.limit.cell-length");
    }

    @Test
    void jsonDepthAndStringLengthAreLocatedByPointer() throws Exception {
        String deep = "{\"edition\":\"e\",\"title\":\"t\",\"categories\":[{\"content\":" + "[".repeat(100)
                + "]".repeat(100) + "}]}";
        Problem d = refused(deep.getBytes(StandardCharsets.UTF_8), "deep.json", ReadLimits.defaults(),
                "io.limit.json-depth");
        assertThat(d.location().pointer().orElseThrow()).startsWith("/categories/0/content/0");
        String longString = "{\"edition\":\"e\",\"title\":\"" + "长".repeat(200) + "\"}";
        Problem s = refused(longString.getBytes(StandardCharsets.UTF_8), "long.json",
                ReadLimits.defaults().withMaxCellLength(100), "io.limit.json-string");
        assertThat(s.location().pointer()).contains("/title");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedByItsSizeAlone() throws Exception {
        Path big = dir.resolve("big.csv");
        Files.writeString(big, CSV_HEADER + "\n" + "1,行政许可,审批\n".repeat(100));
        String size = String.valueOf(Files.size(big));
        assertThatThrownBy(() -> CatalogueReader.read(big, ReadLimits.defaults().withMaxFileBytes(1000)))
                .isInstanceOfSatisfying(UnreadableInputException.class, e -> {
                    assertThat(e.problem().messageId()).isEqualTo("io.limit.file-size");
                    assertThat(e.problem().arguments()).containsExactly(size, "1000");
                });
        refused(Files.readAllBytes(big), "big.csv", ReadLimits.defaults().withMaxFileBytes(1000), "io.limit.file-size");
    }

    @Test
    void zipEntriesAndInflateRatioGuardTheXlsxPackage() throws Exception {
        byte[] xlsx = WorkbookFixture.xlsx("目录").row(FLAT_HEADER).row("1", "行政许可", "审批").bytes();
        refused(xlsx, "entries.xlsx", ReadLimits.defaults().withMaxZipEntries(3), "io.limit.zip-entries");
        WorkbookFixture padded = WorkbookFixture.xlsx("目录").row(FLAT_HEADER);
        for (int i = 0; i < 3000; i++) {
            padded.row(String.valueOf(i), "行政许可", "审批");
        }
        Problem p = refused(padded.bytes(), "ratio.xlsx", ReadLimits.defaults().withMaxInflateRatio(2),
                "io.limit.inflate-ratio");
        assertThat(p.location().sheet().orElseThrow()).startsWith("xl/");
    }

    @Test
    void aCsvMixingUtf8AndGbkLinesIsRefusedAtTheFirstLineInTheOtherEncoding() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.write((CSV_HEADER + "\n1,行政许可,审批\n").getBytes(StandardCharsets.UTF_8));
        out.write("2,行政处罚,处罚决定\n".getBytes(Charset.forName("GBK")));
        Problem p = refused(out.toByteArray(), "mixed.csv", ReadLimits.defaults(), "io.mixed-encoding");
        assertThat(p.location().row()).isEqualTo(OptionalInt.of(3));
        // One encoding throughout is no problem, whichever it is.
        byte[] gbk = (CSV_HEADER + "\n1,行政许可,审批,内容\n").getBytes(Charset.forName("GBK"));
        ReadResult read = CatalogueReader.read(new ByteArrayInputStream(gbk), "gbk.csv");
        assertThat(read.catalogue().categories()).hasSize(1);
        assertThat(read.problems()).extracting(Problem::messageId).doesNotContain("io.mixed-encoding");
    }

    private static Problem refused(byte[] bytes, String name, ReadLimits limits, String id) {
        try {
            ReadResult r = CatalogueReader.read(new ByteArrayInputStream(bytes), name, limits);
            throw new AssertionError("read " + name + " with " + r.problems() + "; expected " + id);
        } catch (UnreadableInputException e) {
            Problem p = e.problem();
            assertThat(p.messageId()).as(p.describe(Locale.ENGLISH)).isEqualTo(id);
            assertThat(p.location().file()).isEqualTo(name);
            assertThat(p.message(Locale.SIMPLIFIED_CHINESE)).isNotBlank().isNotEqualTo(p.message(Locale.ENGLISH));
            // Bytes already in memory (the batch's way) meet the same limit at the same place (a stream's size is
            // only known to exceed the limit, so the arguments may differ).
            assertThatThrownBy(() -> CatalogueReader.read(bytes, name, limits))
                    .isInstanceOfSatisfying(UnreadableInputException.class, again -> {
                        assertThat(again.problem().messageId()).isEqualTo(id);
                        assertThat(again.problem().location()).isEqualTo(p.location());
                    });
            return p;
        }
    }
}
