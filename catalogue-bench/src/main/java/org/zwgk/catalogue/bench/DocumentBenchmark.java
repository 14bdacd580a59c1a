package org.zwgk.catalogue.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.zwgk.catalogue.io.CatalogueReader;
import org.zwgk.catalogue.io.ReadLimits;
import org.zwgk.catalogue.io.ReadResult;
import org.zwgk.catalogue.io.UnreadableInputException;

/**
 * read-docx against docx-floor and read-pdf against pdf-floor: a 1,000-row county catalogue published as a Word
 * table and as the PDF exported from it, read into the model by {@link CatalogueReader} vs merely loaded by the
 * library underneath: POI's XWPF document load alone, PDFBox's text extraction alone (the reader does both and
 * then finds the table: for the PDF, the ruling lines and each glyph's cell).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
public class DocumentBenchmark {

    private byte[] docx;
    private byte[] pdf;

    /** Reads the files bench/run.sh generated ahead. */
    @Setup
    public void setUp() throws IOException {
        docx = Files.readAllBytes(Fixtures.docx());
        Path pdfFile = Fixtures.pdf();
        pdf = Files.readAllBytes(pdfFile);
    }

    /** docx-floor: XWPF loads the document (every paragraph and table cell parsed), nothing more. */
    @Benchmark
    public int docxFloor() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            return doc.getTables().get(0).getNumberOfRows();
        }
    }

    /** read-docx: the catalogue read from the .docx, with locations. */
    @Benchmark
    public ReadResult readDocx() {
        return read(docx, "county.docx");
    }

    /** pdf-floor: PDFBox extracts the text of every page, nothing more. */
    @Benchmark
    public int pdfFloor() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).length();
        }
    }

    /** read-pdf: the catalogue read from the PDF, with locations. */
    @Benchmark
    public ReadResult readPdf() {
        return read(pdf, "county.pdf");
    }

    private static ReadResult read(byte[] bytes, String name) {
        try {
            return CatalogueReader.read(bytes, name, ReadLimits.defaults());
        } catch (UnreadableInputException e) {
            throw new UncheckedIOException(new IOException(e.getMessage()));
        }
    }
}
