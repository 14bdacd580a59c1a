package org.zwgk.catalogue.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.zwgk.catalogue.model.Category;

/**
 * The format is what the content is, whatever the extension says: WPS's .et and .wps, a Word file saved as .xls,
 * and every extension a folder walk must take is listed by {@link Format}.
 */
class FormatDetectionTest {

    @Test
    void everyFormatListsItsExtensionsAndIsFoundByEach() {
        assertThat(Format.DOCX.extensions()).containsExactly("docx", "docm");
        assertThat(Format.DOC.extensions()).containsExactly("doc", "wps");
        assertThat(Format.XLS.extensions()).containsExactly("xls", "et");
        assertThat(Format.HTML.extensions()).containsExactly("html", "htm");
        assertThat(Format.PDF.extension()).isEqualTo("pdf");
        assertThat(Format.allExtensions()).contains("json", "csv", "xlsx", "xlsm", "xls", "et", "html", "htm",
                "docx", "doc", "wps", "pdf");
        for (Format f : Format.values()) {
            f.extensions().forEach(e -> assertThat(Format.fromName(e.toUpperCase())).contains(f));
        }
        assertThat(Format.fromName("txt")).isEmpty();
    }

    @Test
    void anEtWorkbookAndAWpsDocumentAreReadAsWhatTheyHold() throws Exception {
        byte[] xls = WorkbookFixture.xls("Sheet1").row(LayoutVariantsTest.FLAT_HEADER)
                .row("1", "行政许可", "建设项目环境影响评价文件审批", "环评批复", "《环境影响评价法》", NationalLayoutTest.FORMED,
                        NationalLayoutTest.CITY, "政府网站", "√", "", "√", "")
                .bytes();
        ReadResult et = CatalogueReader.read(xls, "county.et", ReadLimits.defaults());
        assertThat(et.format()).isEqualTo(Format.XLS);
        assertThat(et.catalogue().categories()).extracting(Category::name).containsExactly("建设项目环境影响评价文件审批");

        ReadResult wps = CatalogueReader.read(PublishedLayouts.resource("doc-two-row-header.doc"), "county.wps",
                ReadLimits.defaults());
        assertThat(wps.format()).isEqualTo(Format.DOC);
        assertThat(wps.catalogue().categories()).hasSize(Published.ROWS.size());

        ReadResult docAsXls = CatalogueReader.read(PublishedLayouts.resource("doc-two-row-header.doc"), "county.xls",
                ReadLimits.defaults());
        assertThat(docAsXls.format()).isEqualTo(Format.DOC);
    }

    @Test
    void anOwnerCellStartingWithAHyphenKeepsIt() throws Exception {
        String csv = String.join(",", LayoutVariantsTest.FLAT_HEADER) + "\n"
                + "1,行政许可,建设项目环境影响评价文件审批,环评批复,《环境影响评价法》," + NationalLayoutTest.FORMED
                + ",-,政府网站,√,,√,\n"
                + "2,行政许可,防治污染设施拆除或闲置审批,审批结果,《固体废物污染环境防治法》," + NationalLayoutTest.FORMED
                + ",- 市级生态环境部门,政府网站,√,,√,\n";
        ReadResult read = CatalogueReader.read(csv.getBytes(StandardCharsets.UTF_8), "owners.csv",
                ReadLimits.defaults());
        assertThat(read.catalogue().categories()).extracting(c -> c.owner().orElse(""))
                .containsExactly("-", "-市级生态环境部门");
    }
}
