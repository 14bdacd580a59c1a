package org.zwgk.catalogue.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zwgk.catalogue.model.AdministrativeLevel;
import org.zwgk.catalogue.model.Catalogue;

/**
 * What the file does not state is derived only where the file shows it: the level from a title that names it
 * unambiguously, the edition id from the file name, the title from the title row (else the file name).
 */
class CatalogueInformationTest {

    static Catalogue readWithTitle(String title, String file) throws Exception {
        String csv = (title.isEmpty() ? "" : title + "\n")
                + "序号,一级事项,二级事项,公开内容,公开时限\n"
                + "1,行政许可,建设项目环境影响评价文件审批,环评批复,自该信息形成或者变更之日起20个工作日内\n";
        return CsvReadingTest.read(csv.getBytes(StandardCharsets.UTF_8), file).catalogue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            示例省生态环境厅生态环境领域基层政务公开标准指引         | PROVINCIAL
            宁夏回族自治区生态环境领域基层政务公开标准目录           | PROVINCIAL
            银川市生态环境局生态环境领域基层政务公开标准目录         | MUNICIPAL
            重庆市九龙坡区生态环境领域基层政务公开标准目录（2022年） | COUNTY
            示例市示例县生态环境领域基层政务公开标准目录             | COUNTY
            中山市横栏镇生态环境领域基层政务公开标准目录             | TOWNSHIP
            县级生态环境领域基层政务公开标准目录                     | COUNTY
            县级和乡镇级生态环境领域基层政务公开标准目录             | -
            生态环境领域基层政务公开标准目录                         | -
            """)
    void levelComesFromTheTitleOnlyWhenItIsUnambiguous(String title, AdministrativeLevel level) throws Exception {
        Catalogue c = readWithTitle(title, "catalogue.csv");
        assertThat(c.title()).isEqualTo(title);
        assertThat(c.level()).isEqualTo(Optional.ofNullable(level));
    }

    @Test
    void editionIdAndTitleComeFromTheFileNameWhenTheFileHasNone() throws Exception {
        Catalogue c = readWithTitle("", "exports/2022/jiulongpo-2022.csv");
        assertThat(c.editionId()).isEqualTo("jiulongpo-2022");
        assertThat(c.title()).isEqualTo("jiulongpo-2022");
        assertThat(c.level()).isEmpty();
        assertThat(c.issuer()).isEmpty();
        assertThat(c.parentEdition()).isEmpty();
    }

    @Test
    void catalogueInformationAboveTheTableIsRead() throws Exception {
        String csv = """
                版本标识,baoan-2021
                标题,示例区生态环境领域基层政务公开标准目录
                发布机关,示例区生态环境局
                发布日期,2021-06-30
                目录层级,县级
                上级目录,mee-2019-672
                发布日期错,x

                序号,一级事项,二级事项,公开内容
                1,行政许可,建设项目环境影响评价文件审批,环评批复
                """;
        ReadResult result = CsvReadingTest.read(csv.getBytes(StandardCharsets.UTF_8), "any.csv");
        Catalogue c = result.catalogue();
        assertThat(result.problems()).isEmpty();
        assertThat(c.editionId()).isEqualTo("baoan-2021");
        assertThat(c.issuer()).contains("示例区生态环境局");
        assertThat(c.issuedOn()).contains(java.time.LocalDate.of(2021, 6, 30));
        assertThat(c.level()).contains(AdministrativeLevel.COUNTY);
        assertThat(c.parentEdition()).contains("mee-2019-672");
    }

    @Test
    void anUnreadableInformationValueIsReportedAndLeftOut() throws Exception {
        String csv = "版本标识,x\n发布日期,2021年6月30日\n目录层级,不详\n\n序号,一级事项,二级事项,公开内容\n1,行政许可,甲,乙\n";
        ReadResult result = CsvReadingTest.read(csv.getBytes(StandardCharsets.UTF_8), "x.csv");
        assertThat(result.catalogue().issuedOn()).isEmpty();
        assertThat(result.problems()).extracting(p -> p.messageId(), p -> p.location().toString()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("io.bad-metadata", "x.csv!B2"),
                org.assertj.core.groups.Tuple.tuple("io.bad-metadata", "x.csv!B3"));
    }
}
