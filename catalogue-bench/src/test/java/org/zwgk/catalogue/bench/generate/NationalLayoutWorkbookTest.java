package org.zwgk.catalogue.bench.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwgk.catalogue.bench.Checks;
import org.zwgk.catalogue.bench.Fixtures;
import org.zwgk.catalogue.bench.Floors;
import org.zwgk.catalogue.io.CatalogueReader;
import org.zwgk.catalogue.io.Format;
import org.zwgk.catalogue.io.ReadResult;
import org.zwgk.catalogue.model.AdministrativeLevel;
import org.zwgk.catalogue.rules.Report;

class NationalLayoutWorkbookTest {

    @Test
    void aThousandRowWorkbookReadsBackWithEveryRowAndNoProblem(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("county.xlsx");
        int written = NationalLayoutWorkbook.write(file, LocalityGenerator.workbookTitle(1_000),
                LocalityGenerator.standard().workbookRows(1_000));

        ReadResult read = CatalogueReader.read(file);
        assertThat(written).isEqualTo(1_000);
        assertThat(read.format()).isEqualTo(Format.XLSX);
        assertThat(read.problems()).isEmpty();
        assertThat(read.catalogue().categoryCount()).isEqualTo(1_000);
        assertThat(read.catalogue().level()).contains(AdministrativeLevel.COUNTY);
        assertThat(read.catalogue().categories()).extracting(c -> c.name()).doesNotHaveDuplicates()
                .contains("建设项目环境影响评价文件审批", "大气环境质量监测信息（第2片区）");
    }

    @Test
    void theWorkbookChecksWithTheNationalRowsPresentAndTheRestLocalAdditions(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("county.xlsx");
        NationalLayoutWorkbook.write(file, LocalityGenerator.workbookTitle(25),
                LocalityGenerator.standard().workbookRows(25));

        Report report = Checks.check(Fixtures.checker(), file);
        assertThat(report.findings("coverage.missing-category")).isEmpty();
        assertThat(report.findings("coverage.local-addition")).hasSize(25 - 9);
        assertThat(Floors.visitXlsx(file)).isPositive();
    }
}
