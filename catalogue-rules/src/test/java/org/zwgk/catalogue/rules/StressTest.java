package org.zwgk.catalogue.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.zwgk.catalogue.data.Editions;
import org.zwgk.catalogue.io.CatalogueReader;
import org.zwgk.catalogue.io.CatalogueWriter;
import org.zwgk.catalogue.io.Format;
import org.zwgk.catalogue.io.ReadResult;
import org.zwgk.catalogue.model.Catalogue;

import com.ibm.icu.text.Transliterator;

/**
 * Reading, checking and rendering under load: 16 threads run 1,000 whole checks between them, from the bytes of
 * every bundled sample as xlsx, csv and json (and one rewritten in traditional characters, so that the readers'
 * shared traditional-to-simplified conversion runs concurrently), rendered alternately as json and html. Every
 * report equals, byte for byte, the one the same input gave when run alone.
 */
class StressTest {

    private static final int THREADS = 16;
    private static final int CHECKS = 1_000;

    private record Input(String name, byte[] bytes) {
    }

    @Test
    void sixteenThreadsOfWholeChecksGiveTheSequentialReportsByteForByte() throws Exception {
        Checker checker = Checker.against(Editions.national()).asOf(Fixtures.AS_OF).build();
        List<Input> inputs = new ArrayList<>();
        for (String id : List.of("sample-county-shortfalls", "sample-county-conforming")) {
            Catalogue c = Editions.byId(id).orElseThrow();
            inputs.add(new Input(id + ".xlsx", write(c, Format.XLSX)));
            inputs.add(new Input(id + ".csv", write(c, Format.CSV)));
            inputs.add(new Input(id + ".json", write(c, Format.JSON)));
        }
        Transliterator traditional = Transliterator.getInstance("Simplified-Traditional");
        String csv = new String(write(Editions.byId("sample-county-shortfalls").orElseThrow(), Format.CSV),
                java.nio.charset.StandardCharsets.UTF_8);
        inputs.add(new Input("traditional.csv", traditional.transliterate(csv)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        List<byte[]> sequential = new ArrayList<>();
        for (int i = 0; i < inputs.size() * 2; i++) {
            sequential.add(run(checker, inputs.get(i % inputs.size()), i % 2 == 0 ? "json" : "html"));
        }
        // The traditional input was read as simplified: its report equals the simplified CSV's but for the name.
        String fromTraditional = new String(sequential.get(inputs.size() - 1), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(fromTraditional).contains("traditional.csv").contains("建设项目环境影响评价文件审批");

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<byte[]>> futures = new ArrayList<>();
            for (int i = 0; i < CHECKS; i++) {
                int k = i % sequential.size();
                futures.add(pool.submit(() -> run(checker, inputs.get(k % inputs.size()), k % 2 == 0 ? "json"
                        : "html")));
            }
            for (int i = 0; i < CHECKS; i++) {
                assertThat(futures.get(i).get()).as("check %d", i).isEqualTo(sequential.get(i % sequential.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static byte[] run(Checker checker, Input input, String format) throws Exception {
        ReadResult read = CatalogueReader.read(new ByteArrayInputStream(input.bytes()), input.name());
        Report report = checker.check(CheckInput.of(read, input.name(), "0".repeat(64)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportRenderer.byName(format).orElseThrow().render(report, Locale.SIMPLIFIED_CHINESE, out);
        return out.toByteArray();
    }

    private static byte[] write(Catalogue c, Format format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CatalogueWriter.write(c, format, out);
        return out.toByteArray();
    }
}
