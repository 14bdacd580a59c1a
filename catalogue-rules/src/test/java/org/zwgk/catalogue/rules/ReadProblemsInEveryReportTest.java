package org.zwgk.catalogue.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.zwgk.catalogue.data.Editions;
import org.zwgk.catalogue.model.json.CatalogueJson;

/** What the reader reported while reading an input is in every report form (issue 16), never only on stderr. */
class ReadProblemsInEveryReportTest {

    private static CheckRun runWithAReadWarning() throws Exception {
        String json = CatalogueJson.write(Editions.byId("sample-county-conforming").orElseThrow())
                .replaceFirst("\\{", "{\"unexpected\": \"x\", ");
        return CheckRun.of(CheckRequest.builder().asOf(Fixtures.AS_OF)
                .input(InputFile.of("county.json", json.getBytes(StandardCharsets.UTF_8))).build());
    }

    @Test
    void everyTextFormatNamesTheProblemById() throws Exception {
        CheckRun run = runWithAReadWarning();
        assertThat(run.reports().get(0).input().problems()).extracting(p -> p.messageId())
                .containsExactly("json.field.unknown");
        for (String format : List.of("text", "json", "html", "sarif", "junit", "csv")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            run.renderAll(format, Locale.SIMPLIFIED_CHINESE, out);
            assertThat(out.toString(StandardCharsets.UTF_8)).as(format).contains("json.field.unknown");
        }
    }

    @Test
    void theFindingsSheetListsTheProblemAsARow() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        runWithAReadWarning().renderAll("xlsx", Locale.SIMPLIFIED_CHINESE, out);
        DataFormatter text = new DataFormatter(Locale.ROOT);
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(out.toByteArray()))) {
            boolean found = false;
            for (Row row : wb.getSheetAt(0)) {
                if (row.getCell(2) != null && text.formatCellValue(row.getCell(2)).equals("json.field.unknown")) {
                    assertThat(text.formatCellValue(row.getCell(1))).isEqualTo("读取问题");
                    assertThat(text.formatCellValue(row.getCell(7))).isNotBlank();
                    found = true;
                }
            }
            assertThat(found).as("a row for json.field.unknown").isTrue();
        }
    }
}
