package org.zwgk.catalogue.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwgk.catalogue.bench.generate.LocalityGenerator;
import org.zwgk.catalogue.bench.generate.NationalLayoutWorkbook;
import org.zwgk.catalogue.data.Editions;
import org.zwgk.catalogue.io.CatalogueReader;
import org.zwgk.catalogue.io.ReadLimits;
import org.zwgk.catalogue.io.ReadResult;
import org.zwgk.catalogue.model.AdministrativeLevel;
import org.zwgk.catalogue.model.Catalogue;
import org.zwgk.catalogue.model.json.CatalogueJson;
import org.zwgk.catalogue.rules.CheckInput;
import org.zwgk.catalogue.rules.Checker;
import org.zwgk.catalogue.rules.Report;
import org.zwgk.catalogue.rules.ReportRenderer;

/**
 * Behaviour unchanged while the code is made plain (issue 15): the JSON and SARIF reports of the bundled example
 * (edition sample-county-shortfalls), of every rule fixture, of generated workbooks and of a tenth of the generated
 * batch, and the canonical JSON the writer gives for the example and the batch, hash exactly as main's own code
 * made them (first at 1ddcec0; regenerated from main at 20cffc9, whose rules changed reports and added fixtures).
 * Each input is read from its bytes as the command line reads it, so the readers, the JSON codec, the data, the
 * checker and the two renderers are all on the path. The golden file holds
 * one SHA-256 a line; {@code -Dzwgk.updateGolden=true} rewrites it, which only a deliberate change of behaviour
 * may do. The tool's version and a workbook's own hash (its zip entries carry the time they were written) are
 * replaced by placeholders before hashing.
 */
class ReportsUnchangedTest {

    private static final Path GOLDEN = Path.of("src/test/resources/reports-unchanged.sha256");
    private static final Path RULE_FIXTURES = Path.of("../catalogue-rules/src/test/resources/fixtures");
    private static final List<String> FORMATS = List.of("json", "sarif");
    /** Every tenth catalogue of the batch: municipal and county ones, every kind of variation. */
    private static final int BATCH_STEP = 10;

    @Test
    void reportsAndCanonicalJsonAreByteIdenticalToTheGoldenHashes(@TempDir Path dir) throws Exception {
        List<String> lines = new ArrayList<>();

        Catalogue sample = Editions.byId("sample-county-shortfalls").orElseThrow();
        String sampleJson = CatalogueJson.write(sample);
        lines.add(line("sample-county-shortfalls.canonical.json", sampleJson.getBytes(StandardCharsets.UTF_8)));
        reports(lines, "sample-county-shortfalls.json", sampleJson.getBytes(StandardCharsets.UTF_8),
                checker(new Properties()), false);

        try (var files = Files.list(RULE_FIXTURES)) {
            for (Path json : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                String name = json.getFileName().toString();
                reports(lines, name, Files.readAllBytes(json), checker(options(name)), false);
            }
        }

        for (int rows : List.of(25, 1_000)) {
            Path file = dir.resolve("county-" + rows + "-rows.xlsx");
            NationalLayoutWorkbook.write(file, LocalityGenerator.workbookTitle(rows),
                    LocalityGenerator.standard().workbookRows(rows));
            reports(lines, file.getFileName().toString(), Files.readAllBytes(file), Fixtures.checker(), true);
        }

        LocalityGenerator generator = LocalityGenerator.standard();
        Checker national = Fixtures.checker();
        for (int i = 0; i < generator.size(); i += BATCH_STEP) {
            byte[] json = Files.readAllBytes(generator.write(i, dir));
            String name = String.format("batch-%04d.json", i);
            lines.add(line(name.replace(".json", ".canonical.json"), json));
            reports(lines, name, json, national, false);
        }

        String actual = String.join("\n", lines) + "\n";
        if (Boolean.getBoolean("zwgk.updateGolden")) {
            Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }

    private static void reports(List<String> lines, String name, byte[] bytes, Checker checker, boolean workbook)
            throws Exception {
        ReadResult read = CatalogueReader.read(bytes, name, ReadLimits.defaults());
        String sha256 = sha256(bytes);
        Report report = checker.check(CheckInput.of(read, name, sha256));
        for (String format : FORMATS) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ReportRenderer.byName(format).orElseThrow().render(report, Locale.SIMPLIFIED_CHINESE, out);
            String text = out.toString(StandardCharsets.UTF_8).replace(report.tool().version(), "VERSION");
            if (workbook) {
                text = text.replace(sha256, "SHA256");
            }
            lines.add(line(name + "." + format, text.getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** The check options of a rule fixture ({@code NAME.properties}: parent, level, asOf), as its tests use them. */
    private static Properties options(String jsonName) throws IOException {
        Properties options = new Properties();
        Path file = RULE_FIXTURES.resolve(jsonName.replace(".json", ".properties"));
        if (Files.exists(file)) {
            options.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
        }
        return options;
    }

    private static Checker checker(Properties options) {
        Catalogue parent = Editions.byId(options.getProperty("parent", Editions.NATIONAL_ID)).orElseThrow();
        Checker.Builder b = Checker.against(parent)
                .asOf(LocalDate.parse(options.getProperty("asOf", Fixtures.AS_OF.toString())));
        if (options.getProperty("level") != null) {
            b.level(AdministrativeLevel.parse(options.getProperty("level")).orElseThrow());
        }
        return b.build();
    }

    private static String line(String name, byte[] bytes) {
        return name + " " + sha256(bytes);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
