package org.zwgk.catalogue.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zwgk.catalogue.data.EditionInfo;
import org.zwgk.catalogue.data.Editions;
import org.zwgk.catalogue.model.Catalogue;

/**
 * Every bundled edition, written as JSON, CSV, xlsx and xls and read back, is the same catalogue: nothing is
 * lost, not the edition's information, codes and provenance (carried above the CSV table and on the xlsx's
 * 目录信息 sheet), nor the order of channels.
 */
class RoundTripTest {

    static Stream<Arguments> editionsAndFormats() {
        return Editions.list().stream().map(EditionInfo::id)
                .flatMap(id -> Stream.of(Format.JSON, Format.CSV, Format.XLSX, Format.XLS)
                        .map(f -> Arguments.of(id, f)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("editionsAndFormats")
    void everyBundledEditionReadsBackEqual(String id, Format format) throws Exception {
        Catalogue original = Editions.byId(id).orElseThrow();
        ReadResult back = roundTrip(original, format);
        assertThat(back.problems()).isEmpty();
        assertThat(back.format()).isEqualTo(format);
        assertThat(back.catalogue()).isEqualTo(original);
        assertThat(back.sources()).hasSize(original.categoryCount());
    }

    static ReadResult roundTrip(Catalogue catalogue, Format format) throws IOException, UnreadableInputException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CatalogueWriter.write(catalogue, format, out);
        return CatalogueReader.read(new ByteArrayInputStream(out.toByteArray()), "edition." + format.extension());
    }
}
