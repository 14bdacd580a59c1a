package org.zwgk.catalogue.bench;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.zwgk.catalogue.data.Editions;
import org.zwgk.catalogue.data.LegalRegistry;
import org.zwgk.catalogue.io.CatalogueReader;
import org.zwgk.catalogue.io.ReadResult;
import org.zwgk.catalogue.rules.CheckInput;
import org.zwgk.catalogue.rules.Checker;
import org.zwgk.catalogue.rules.Report;
import org.zwgk.catalogue.rules.ReportRenderer;

/**
 * Where a cold start goes: in a fresh JVM, each stage of checking one file is timed the first time it runs (class
 * loading, static initialisation and interpretation included), then once more warm-ish. A diagnostic for the
 * cold-start ratio, not a benchmark: {@code java -cp benchmarks.jar org.zwgk.catalogue.bench.ColdStages FILE}.
 */
public final class ColdStages {

    private ColdStages() {
    }

    /** Times the stages of checking {@code args[0]}. */
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        for (String pass : new String[] {"first", "second"}) {
            var national = time(pass, "national edition (Editions.national)", Editions::national);
            time(pass, "legal registry (LegalRegistry.bundled)", LegalRegistry::bundled);
            Checker checker = time(pass, "checker built", () -> Checker.against(national).asOf(Fixtures.AS_OF).build());
            ReadResult read = time(pass, "file read (CatalogueReader.read)", () -> CatalogueReader.read(file));
            Report report = time(pass, "checked (Checker.check)",
                    () -> checker.check(CheckInput.of(read, file.toString(), "0")));
            time(pass, "json report rendered", () -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ReportRenderer.byName("json").orElseThrow().render(report, Locale.SIMPLIFIED_CHINESE, out);
                return out.size();
            });
        }
    }

    private static <T> T time(String pass, String stage, Callable<T> work) throws Exception {
        long start = System.nanoTime();
        T result = work.call();
        System.out.printf(Locale.ROOT, "%-6s %-40s %7.1f ms%n", pass, stage, (System.nanoTime() - start) / 1e6);
        return result;
    }
}
