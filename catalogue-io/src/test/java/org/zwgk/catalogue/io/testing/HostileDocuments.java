package org.zwgk.catalogue.io.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

/**
 * Hostile Word and PDF files, made at test time with the JDK's zip writer, PDFBox, or by hand: a zip bomb, an
 * external entity, 10,000 pages, an object graph nested 100,000 deep, a password. Shared with the command line's
 * tests through this module's test jar.
 */
public final class HostileDocuments {

    private HostileDocuments() {
    }

    /** A .docx whose document part inflates from about 100 KB to 100 MB of spaces. */
    public static byte[] zipBombDocx() {
        return docx(out -> {
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            out.write(head().getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 100; i++) {
                out.write(spaces);
            }
            out.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        });
    }

    /** A .docx whose document part declares an external entity and uses it in a paragraph. */
    public static byte[] externalEntityDocx() {
        return docx(out -> out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                + head().substring(head().indexOf("<w:document")) + "<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>"
                + "</w:body></w:document>").getBytes(StandardCharsets.UTF_8)));
    }

    /** A PDF of 10,000 empty pages. */
    public static byte[] tenThousandPages() {
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < 10_000; i++) {
                doc.addPage(new PDPage());
            }
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF whose catalogue holds an array nested 100,000 deep. */
    public static byte[] deeplyNested() {
        int depth = 100_000;
        String deep = "[".repeat(depth) + "]".repeat(depth);
        String pdf = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R /Deep " + deep + " >>\nendobj\n"
                + "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
                + "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>\nendobj\n"
                + "trailer\n<< /Root 1 0 R /Size 4 >>\n%%EOF\n";
        return pdf.getBytes(StandardCharsets.US_ASCII);
    }

    /** A one-page PDF that opens only with the password 672. */
    public static byte[] encrypted() {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "672", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF of one page holding a picture and no text, as a scanner makes it. */
    public static byte[] scanned() {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (org.apache.pdfbox.pdmodel.PDPageContentStream out = new org.apache.pdfbox.pdmodel
                    .PDPageContentStream(doc, page)) {
                out.addRect(72, 72, 400, 600);
                out.fill();
            }
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    private static String head() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w="
                + "\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>";
    }

    @FunctionalInterface
    private interface Part {
        void write(ZipOutputStream out) throws IOException;
    }

    /** A minimal Word package around a document part. */
    private static byte[] docx(Part document) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
                zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                        + "package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/"
                        + "vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType="
                        + "\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/"
                        + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
                        .getBytes(StandardCharsets.UTF_8));
                zip.putNextEntry(new ZipEntry("_rels/.rels"));
                zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas."
                        + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://"
                        + "schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target="
                        + "\"word/document.xml\"/></Relationships>").getBytes(StandardCharsets.UTF_8));
                zip.putNextEntry(new ZipEntry("word/document.xml"));
                document.write(zip);
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
