package org.zwgk.catalogue.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zwgk.catalogue.io.CatalogueReader;
import org.zwgk.catalogue.io.ReadResult;
import org.zwgk.catalogue.model.AdministrativeLevel;
import org.zwgk.catalogue.model.Catalogue;

/**
 * Issue 20: a parent that marks its channels ■必选/□可选 (a legend) makes its □ options optional. The readers keep
 * only ■ boxes as channels, so a child that leaves a □ option out is never reported; one that leaves a ■ option out
 * is, with that option alone. The row is the national XK-01 row as a city prints it in the 13-box form.
 */
class LegendChannelsTest {

    private static final String HEADER = "序号,一级事项,二级事项,公开内容（要素）,公开依据,公开时限,公开主体,公开渠道和载体,公开对象,公开方式\n";
    private static final String ROW = "1,行政许可,建设项目环境影响评价文件审批,决定环节：环评批复,《中华人民共和国环境影响评价法》,"
            + "自该信息形成或者变更之日起20个工作日内,%s,\"%s\",全社会,主动\n";

    private static Catalogue read(String owner, String channels, String name) throws Exception {
        String csv = HEADER + ROW.formatted(owner, channels);
        ReadResult r = CatalogueReader.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), name);
        assertThat(r.problems()).as("%s reads cleanly", name).isEmpty();
        return r.catalogue();
    }

    @Test
    void aParentsOptionalBoxesAreNeverAskedFor() throws Exception {
        Catalogue parent = read("示例市生态环境局",
                "■政府网站 □两微一端 ■政务服务中心 □便民服务站 “■”为必选项，“□”为可选项", "city.csv");
        assertThat(parent.categories().get(0).channels()).extracting(c -> c.label())
                .containsExactly("政府网站", "政务服务中心");
        Checker checker = Checker.against(parent).asOf(Fixtures.AS_OF).level(AdministrativeLevel.COUNTY).build();

        Report keepsTheMandatory = checker.check(read("示例市生态环境局示例县分局", "■政府网站 ■政务服务中心", "county.csv"));
        assertThat(keepsTheMandatory.findings("channel.parent-channel-dropped")).isEmpty();

        Report dropsAMandatory = checker.check(read("示例市生态环境局示例县分局", "■政府网站 □政务服务中心", "county.csv"));
        assertThat(dropsAMandatory.findings("channel.parent-channel-dropped")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.arguments()).isEqualTo(List.of("建设项目环境影响评价文件审批", "政务服务中心"));
        });
    }
}
