package org.zwgk.catalogue.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zwgk.catalogue.io.testing.HostileDocuments;

/**
 * Hostile Word and PDF files are refused with one located problem, before they cost memory or time: the same
 * {@link ReadLimits} bound them as every other format (the command line's run of them under a 256 MB heap is
 * catalogue-cli's BrokenInputIT).
 */
class HostileDocumentsTest {

    static Stream<Arguments> hostile() {
        return Stream.of(
                Arguments.of("zip-bomb.docx", (Supplier<byte[]>) HostileDocuments::zipBombDocx,
                        "io.limit.inflate-ratio", "zip-bomb.docx!word/document.xml"),
                Arguments.of("xxe.docx", (Supplier<byte[]>) HostileDocuments::externalEntityDocx, "io.xml-dtd",
                        "xxe.docx!word/document.xml"),
                Arguments.of("10000-pages.pdf", (Supplier<byte[]>) HostileDocuments::tenThousandPages,
                        "io.limit.pages", "10000-pages.pdf"),
                Arguments.of("deep.pdf", (Supplier<byte[]>) HostileDocuments::deeplyNested, "io.corrupt-pdf",
                        "deep.pdf"),
                Arguments.of("scanned.pdf", (Supplier<byte[]>) HostileDocuments::scanned, "io.pdf-no-text",
                        "scanned.pdf"),
                Arguments.of("encrypted.pdf", (Supplier<byte[]>) HostileDocuments::encrypted, "io.encrypted-pdf",
                        "encrypted.pdf"));
    }

    @ParameterizedTest(name = "{0} → {2}")
    @MethodSource("hostile")
    void isRefusedWithItsLocatedProblem(String name, Supplier<byte[]> bytes, String id, String at) {
        UnreadableInputException e = catchThrowableOfType(UnreadableInputException.class,
                () -> CatalogueReader.read(bytes.get(), name, ReadLimits.defaults()));
        assertThat(e).as(name).isNotNull();
        assertThat(e.problem().messageId()).isEqualTo(id);
        assertThat(e.problem().location()).hasToString(at);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void aTighterPageOrTableLimitIsTheCallersOwn(String name, Supplier<byte[]> bytes, String id, String at) {
        if (!name.endsWith("pages.pdf")) {
            return;
        }
        UnreadableInputException e = catchThrowableOfType(UnreadableInputException.class,
                () -> CatalogueReader.read(bytes.get(), name, ReadLimits.defaults().withMaxPages(20_000)
                        .withMaxTables(1)));
        // Within 20,000 pages the empty pages are read, and found to hold no text at all.
        assertThat(e.problem().messageId()).isEqualTo("io.pdf-no-text");
    }
}
