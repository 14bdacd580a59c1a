package org.zwgk.catalogue.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.zwgk.catalogue.io.CatalogueReader;
import org.zwgk.catalogue.io.ReadLimits;
import org.zwgk.catalogue.io.ReadResult;
import org.zwgk.catalogue.io.UnreadableInputException;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Every reader takes any bytes: it gives a catalogue (with located problems) or one located, bilingual
 * {@link UnreadableInputException}, and nothing else: no other exception, no error, no hang. The limits are
 * smaller than the defaults so that a campaign spends its time on parsing, not on big grids. In the normal test
 * run each target replays its corpus under
 * {@code src/test/resources/org/zwgk/catalogue/fuzz/ReaderFuzzTestInputs/<target>/} (seeds are small real files);
 * {@code fuzz.sh} fuzzes each for two minutes.
 */
class ReaderFuzzTest {

    private static final ReadLimits LIMITS = ReadLimits.defaults().withMaxFileBytes(2 * 1024 * 1024)
            .withMaxRows(2_000).withMaxCells(20_000).withMaxPages(50).withMaxTables(50);
    private static final byte[] BASE_XLSX = resource("base.xlsx");
    private static final byte[] BASE_DOCX = resource("base.docx");

    @FuzzTest(maxDuration = "2m")
    void jsonReaderNeverFails(byte[] data) {
        readsOrRefuses(data, "fuzz.json");
    }

    @FuzzTest(maxDuration = "2m")
    void csvReaderNeverFails(byte[] data) {
        readsOrRefuses(data, "fuzz.csv");
    }

    @FuzzTest(maxDuration = "2m")
    void htmlReaderNeverFails(byte[] data) {
        readsOrRefuses(data, "fuzz.html");
    }

    @FuzzTest(maxDuration = "2m")
    void xlsReaderNeverFails(byte[] data) {
        readsOrRefuses(data, "fuzz.xls");
    }

    /** Mutates the package bytes themselves: zip structure, compression, every part at once. */
    @FuzzTest(maxDuration = "2m")
    void xlsxReaderNeverFails(byte[] data) {
        readsOrRefuses(data, "fuzz.xlsx");
    }

    /** Mutates the worksheet XML inside an intact package, so that the streaming reader's XML side is reached. */
    @FuzzTest(maxDuration = "2m")
    void xlsxSheetXmlNeverFails(byte[] sheetXml) {
        readsOrRefuses(withPart(BASE_XLSX, "xl/worksheets/sheet1.xml", sheetXml), "fuzz.xlsx");
    }

    /** Mutates the .docx package bytes: zip structure, every part, what POI's XWPF is handed. */
    @FuzzTest(maxDuration = "2m")
    void docxReaderNeverFails(byte[] data) {
        readsOrRefuses(data, "fuzz.docx");
    }

    /** Mutates word/document.xml inside an intact package, so that XWPF's parsing and the table walk are reached. */
    @FuzzTest(maxDuration = "2m")
    void docxDocumentXmlNeverFails(byte[] documentXml) {
        readsOrRefuses(withPart(BASE_DOCX, "word/document.xml", documentXml), "fuzz.docx");
    }

    /** Mutates a Word 97 file (OLE2, read by HWPF). */
    @FuzzTest(maxDuration = "2m")
    void docReaderNeverFails(byte[] data) {
        readsOrRefuses(data, "fuzz.doc");
    }

    /** Mutates a PDF exported with a ruled table (PDFBox's parser, the text and ruling extraction). */
    @FuzzTest(maxDuration = "2m")
    void pdfReaderNeverFails(byte[] data) {
        readsOrRefuses(data, "fuzz.pdf");
    }

    private static void readsOrRefuses(byte[] data, String name) {
        try {
            ReadResult read = CatalogueReader.read(new ByteArrayInputStream(data), name, LIMITS);
            assertThat(read.sources()).hasSize(read.catalogue().categories().size());
            read.problems().forEach(p -> assertThat(p.describe(Locale.SIMPLIFIED_CHINESE)).contains(p.messageId()));
        } catch (UnreadableInputException refused) {
            assertThat(refused.problem().messageId()).matches("(io|json)\\.[a-z.-]+");
            assertThat(refused.problem().message(Locale.ENGLISH)).isNotBlank();
            assertThat(refused.problem().message(Locale.SIMPLIFIED_CHINESE)).isNotBlank();
        }
    }

    /** The package with one part replaced (or added). */
    static byte[] withPart(byte[] xlsx, String part, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(e.getName().equals(part) ? content : in.readAllBytes());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] resource(String name) {
        try (InputStream in = ReaderFuzzTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
