package org.zwgk.catalogue.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * POI cannot write a .doc, so the corpus's .doc layouts are the .docx layouts converted by LibreOffice (Debian's
 * libreoffice-writer-nogui) and kept as files. With {@code -Dcorpus.doc=true} and LibreOffice installed, this
 * makes them again; otherwise it checks that the kept files are Word 97 documents.
 */
class DocFixturesTest {

    private static final Path RESOURCES = Path.of("src/test/resources/org/zwgk/catalogue/io/published");

    @Test
    void theDocLayoutsAreWord97FilesConvertedFromTheDocxLayouts(@TempDir Path dir) throws Exception {
        if (Boolean.getBoolean("corpus.doc")) {
            for (String name : List.of("docx-two-row-header", "docx-one-table-per-area")) {
                byte[] docx = PublishedLayouts.all().stream().filter(l -> l.name().equals(name)).findFirst()
                        .orElseThrow().bytes().get();
                Path in = dir.resolve(name.replace("docx-", "doc-") + ".docx");
                Files.write(in, docx);
                Process p = new ProcessBuilder("soffice", "--headless", "--convert-to", "doc", "--outdir",
                        RESOURCES.toAbsolutePath().toString(), in.toString()).inheritIO().start();
                assumeThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            }
        }
        for (String name : List.of("doc-two-row-header.doc", "doc-one-table-per-area.doc")) {
            byte[] doc = PublishedLayouts.resource(name);
            // An OLE2 compound file, the container of Word 97-2003 documents.
            assertThat(doc).startsWith(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1);
        }
    }
}
