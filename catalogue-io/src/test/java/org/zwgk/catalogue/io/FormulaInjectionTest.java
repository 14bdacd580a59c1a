package org.zwgk.catalogue.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.zwgk.catalogue.model.Area;
import org.zwgk.catalogue.model.Catalogue;
import org.zwgk.catalogue.model.Category;

/**
 * A catalogue whose cells look like formulas cannot make a spreadsheet run them: the CSV writer puts an
 * apostrophe before a cell starting with {@code = + - @}, tab or carriage return (and the reader takes it off, so
 * the round trip is exact); the workbook writers write every cell as a string, never as a formula.
 */
class FormulaInjectionTest {

    private static final List<String> PAYLOADS = List.of("=HYPERLINK(\"http://evil.example\",\"点我\")",
            "+1+cmd|' /C calc'!A0", "=-2+3", "@SUM(A1:A9)", "'=already quoted", "''=twice");

    static Catalogue hostile() {
        List<Category> categories = new ArrayList<>();
        for (int i = 0; i < PAYLOADS.size(); i++) {
            categories.add(Category.named("事项" + i + PAYLOADS.get(i)).content("内容" + i).owner(PAYLOADS.get(i))
                    .deadline("20个工作日").channels("政府网站").build());
        }
        return Catalogue.builder("hostile", "=cmd|' /C calc'!A0 目录").issuer("@示例县生态环境局")
                .areas(List.of(Area.of("-行政许可", categories))).build();
    }

    private static byte[] write(Catalogue c, Format format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CatalogueWriter.write(c, format, out);
        return out.toByteArray();
    }

    @Test
    void everyCsvCellAFormulaWouldStartWithIsWrittenWithAnApostrophe() throws Exception {
        String csv = new String(write(hostile(), Format.CSV), StandardCharsets.UTF_8).substring(1);
        List<String> cells = new ArrayList<>();
        for (CSVRecord r : CSVFormat.DEFAULT.parse(new StringReader(csv))) {
            r.forEach(cells::add);
        }
        assertThat(cells).isNotEmpty().allSatisfy(cell -> assertThat(cell).doesNotStartWith("=")
                .doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@").doesNotStartWith("\t"));
        assertThat(cells).contains("'" + PAYLOADS.get(1), "'=-2+3", "'@SUM(A1:A9)", "''=already quoted",
                "'''=twice", "'-行政许可", "'@示例县生态环境局");
    }

    @ParameterizedTest
    @EnumSource(value = Format.class, names = {"CSV", "XLSX", "XLS"})
    void theHostileCatalogueReadsBackEqual(Format format) throws Exception {
        Catalogue original = hostile();
        ReadResult back = CatalogueReader.read(new ByteArrayInputStream(write(original, format)),
                "hostile." + format.name().toLowerCase(java.util.Locale.ROOT));
        assertThat(back.catalogue().categories()).extracting(Category::owner)
                .containsExactlyElementsOf(original.categories().stream().map(Category::owner).toList());
        assertThat(back.catalogue().categories()).extracting(Category::name)
                .containsExactlyElementsOf(original.categories().stream().map(Category::name).toList());
    }

    @ParameterizedTest
    @EnumSource(value = Format.class, names = {"XLSX", "XLS"})
    void workbookCellsAreStringsNeverFormulas(Format format) throws Exception {
        boolean sawPayload = false;
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(write(hostile(), format)))) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).as(cell.getAddress().formatAsString())
                                .isNotEqualTo(CellType.FORMULA);
                        sawPayload |= cell.getCellType() == CellType.STRING
                                && cell.getStringCellValue().startsWith("=HYPERLINK");
                    }
                }
            }
        }
        assertThat(sawPayload).as("the payload is there, as text").isTrue();
    }
}
