package org.zwgk.catalogue.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.zwgk.catalogue.data.Editions;
import org.zwgk.catalogue.io.CatalogueWriter;
import org.zwgk.catalogue.io.Format;
import org.zwgk.catalogue.model.Catalogue;
import org.zwgk.catalogue.model.CategoryField;
import org.zwgk.catalogue.model.Problem;

/**
 * A table without a required field's column: the reader reports it once ({@code io.column.missing}), and every
 * row's {@code structure.required-field} finding on that field says so and names where, so an officer reads one
 * cause (add the column) rather than one unexplained gap per row. The rows still each count against their
 * category: the field is missing from each of them.
 */
class MissingColumnTest {

    private static final String BOM = "\uFEFF";

    /** The conforming sample county as a bureau's CSV without its 主动 and 依申请 columns: no 公开方式 at all. */
    private static byte[] withoutModeColumns(Catalogue catalogue) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CatalogueWriter.write(catalogue, Format.CSV, out);
        String csv = out.toString(StandardCharsets.UTF_8);
        csv = csv.startsWith(BOM) ? csv.substring(1) : csv;
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(csv)).getRecords();
        List<Integer> dropped = new ArrayList<>();
        StringWriter text = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.DEFAULT)) {
            for (CSVRecord record : records) {
                List<String> values = new ArrayList<>(record.toList());
                if (dropped.isEmpty() && values.contains("二级事项")) {
                    for (int i = values.size() - 1; i >= 0; i--) {
                        if (values.get(i).equals("主动") || values.get(i).equals("依申请")) {
                            dropped.add(i);
                        }
                    }
                }
                for (int i : dropped) {
                    if (i < values.size()) {
                        values.remove(i);
                    }
                }
                printer.printRecord(values);
            }
        }
        assertThat(dropped).as("the 主动 and 依申请 columns").hasSize(2);
        return (BOM + text).getBytes(StandardCharsets.UTF_8);
    }

    private static Report check(Catalogue catalogue) throws Exception {
        CheckInput input = CheckInput.read(withoutModeColumns(catalogue), "county.csv");
        return Checker.against(Editions.national()).asOf(Fixtures.AS_OF).build().check(input);
    }

    @Test
    void everyRowsFindingOnTheFieldNamesTheOneMissingColumnProblem() throws Exception {
        Catalogue county = Editions.byId("sample-county-conforming").orElseThrow();
        Report report = check(county);
        List<Problem> missing = report.input().problems().stream()
                .filter(p -> p.messageId().equals("io.column.missing")).toList();
        assertThat(missing).singleElement().satisfies(p -> assertThat(p.arguments()).containsExactly("公开方式"));
        String where = missing.get(0).location().toString();

        List<Finding> mode = report.findings("structure.required-field").stream()
                .filter(f -> f.location().field().equals(java.util.Optional.of(CategoryField.MODE))).toList();
        assertThat(mode).hasSize(county.categories().size()).allSatisfy(f -> {
            assertThat(f.messageId()).isEqualTo("finding.structure.required-field.column-missing");
            assertThat(f.message(Locale.SIMPLIFIED_CHINESE)).contains("表格中没有“公开方式”列", where);
            assertThat(f.message(Locale.ENGLISH)).contains("the table has no “公开方式” column", where);
            assertThat(f.location().source()).as("each finding still points at its own row").isPresent();
        });
        assertThat(report.findings("structure.required-field")).as("no other field is missing")
                .allSatisfy(f -> assertThat(f.location().field()).contains(CategoryField.MODE));
        Fixtures.assertGolden("missing-mode-column.zh.txt", Fixtures.render(report, "text", Locale.SIMPLIFIED_CHINESE)
                .replace(report.input().sha256().orElseThrow(), "SHA256"));
    }

    @Test
    void aFieldLeftBlankInSomeRowsOfAColumnTheTableHasIsStillReportedPlainly() throws Exception {
        Catalogue county = Editions.byId("sample-county-conforming").orElseThrow();
        Report report = check(county);
        assertThat(report.findings("structure.required-field"))
                .noneMatch(f -> f.messageId().equals("finding.structure.required-field"));
        Report json = Checker.against(Editions.national()).asOf(Fixtures.AS_OF).build()
                .check(Fixtures.input("structure-problems"));
        assertThat(json.findings("structure.required-field")).isNotEmpty()
                .allSatisfy(f -> assertThat(f.messageId()).isEqualTo("finding.structure.required-field"));
    }
}
