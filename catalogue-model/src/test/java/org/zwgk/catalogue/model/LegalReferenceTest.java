package org.zwgk.catalogue.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * 公开依据 cells → citations. Each table row is one cell (line breaks written as \n) and the citations it must give,
 * each as title|number|article|version, citations separated by " ~ ", empty parts left empty.
 */
class LegalReferenceTest {

    private static String cell(String written) {
        return written.replace("\\n", "\n");
    }

    /** Reads "title|number|article|version ~ …" into the fields of each expected citation. */
    private static List<List<Optional<String>>> expected(String written) {
        List<List<Optional<String>>> out = new ArrayList<>();
        for (String one : written.split("~")) {
            String[] parts = (one.strip() + " ").split("\\|", -1);
            List<Optional<String>> fields = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String v = i < parts.length ? parts[i].strip() : "";
                fields.add(v.isEmpty() ? Optional.empty() : Optional.of(v));
            }
            out.add(fields);
        }
        return out;
    }

    private static List<List<Optional<String>>> fields(List<LegalReference> refs) {
        return refs.stream().map(r -> List.of(Optional.of(r.title()).filter(t -> !t.isEmpty()), r.documentNumber(),
                r.article(), r.versionHint())).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '@', textBlock = """
            # one citation
            《中华人民共和国环境影响评价法》 @ 中华人民共和国环境影响评价法
            《环境保护法》第五十四条 @ 环境保护法||第五十四条
            《中华人民共和国政府信息公开条例》（国令第711号）第二十六条 @ 中华人民共和国政府信息公开条例|国令第711号|第二十六条
            《中华人民共和国政府信息公开条例》(国令第711号)第二十六条 @ 中华人民共和国政府信息公开条例|国令第711号|第二十六条
            《关于全面推进政务公开工作的意见》(中办发〔2016〕8号) @ 关于全面推进政务公开工作的意见|中办发〔2016〕8号
            《关于全面推进政务公开工作的意见》（中办发[2016]8号） @ 关于全面推进政务公开工作的意见|中办发〔2016〕8号
            《开展基层政务公开标准化规范化试点工作方案》（国办发〔2017〕42号） @ 开展基层政务公开标准化规范化试点工作方案|国办发〔2017〕42号
            《中华人民共和国环境噪声污染防治法》（2018年修正） @ 中华人民共和国环境噪声污染防治法|||2018年修正
            《排污许可管理办法（试行）》（环境保护部令第48号） @ 排污许可管理办法(试行)|环境保护部令第48号
            〈政府信息公开条例〉 @ 政府信息公开条例
            《 环境影响评价法 》 @ 环境影响评价法
            《中华人民共和国固体废物\\n污染环境防治法》 @ 中华人民共和国固体废物污染环境防治法
            # missing 《》
            中华人民共和国环境保护法 @ 中华人民共和国环境保护法
            中华人民共和国环境保护法第五十四条 @ 中华人民共和国环境保护法||第五十四条
            排污许可管理办法(试行)(环境保护部令第48号) @ 排污许可管理办法(试行)|环境保护部令第48号
            《环境保护法 @ 环境保护法
            # separators: 、，；, full and half width, line breaks, numbered lists
            《环境影响评价法》、《建设项目环境保护管理条例》 @ 环境影响评价法 ~ 建设项目环境保护管理条例
            《环境影响评价法》，《建设项目环境保护管理条例》 @ 环境影响评价法 ~ 建设项目环境保护管理条例
            《环境影响评价法》,《建设项目环境保护管理条例》 @ 环境影响评价法 ~ 建设项目环境保护管理条例
            《环境影响评价法》；《建设项目环境保护管理条例》 @ 环境影响评价法 ~ 建设项目环境保护管理条例
            环境影响评价法；建设项目环境保护管理条例 @ 环境影响评价法 ~ 建设项目环境保护管理条例
            环境影响评价法、建设项目环境保护管理条例 @ 环境影响评价法 ~ 建设项目环境保护管理条例
            《环境影响评价法》\\n《建设项目环境保护管理条例》 @ 环境影响评价法 ~ 建设项目环境保护管理条例
            《环境影响评价法》《建设项目环境保护管理条例》 @ 环境影响评价法 ~ 建设项目环境保护管理条例
            依据《环境保护法》和《大气污染防治法》 @ 环境保护法 ~ 大气污染防治法
            《水污染防治法》及《土壤污染防治法》 @ 水污染防治法 ~ 土壤污染防治法
            1.《环境保护法》第五十四条\\n2.《政府信息公开条例》 @ 环境保护法||第五十四条 ~ 政府信息公开条例
            1、环境保护法\\n2、大气污染防治法 @ 环境保护法 ~ 大气污染防治法
            一、《环境保护法》\\n二、《大气污染防治法》 @ 环境保护法 ~ 大气污染防治法
            (1)《环境保护法》(2)《大气污染防治法》 @ 环境保护法 ~ 大气污染防治法
            ①《环境保护法》②《核安全法》 @ 环境保护法 ~ 核安全法
            # separators inside 《》 or parentheses do not split
            《中华人民共和国固体废 、物污染环境防治法》 @ 中华人民共和国固体废、物污染环境防治法
            《国务院关于取消和下放一批行政审批项目的决定》 @ 国务院关于取消和下放一批行政审批项目的决定
            # more about the citation before
            《环境保护法》第五十四条、第五十五条 @ 环境保护法||第五十四条
            《政府信息公开条例》\\n（国令第711号） @ 政府信息公开条例|国令第711号
            # regression (a): an unbracketed title on the next line is a citation of its own
            《关于全面推进政务公开工作的意见》(中办发〔2016〕8号)\\n环境保护法 @ 关于全面推进政务公开工作的意见|中办发〔2016〕8号 ~ 环境保护法
            《环境保护法》\\n大气污染防治法\\n《水污染防治法》 @ 环境保护法 ~ 大气污染防治法 ~ 水污染防治法
            # regression (b): a version word before 《》 is a hint, not a citation
            新《环境保护法》 @ 环境保护法|||新
            新修订的《大气污染防治法》、《水法》 @ 大气污染防治法|||新修订的 ~ 水法
            《环境保护法》、新《环境保护法》 @ 环境保护法 ~ 环境保护法|||新
            # regression (c): a document number alone is a citation by number
            国令第711号 @ |国令第711号
            国务院令第711号第二十六条 @ |国务院令第711号|第二十六条
            《政府信息公开条例》(国令第711号)、国令第492号 @ 政府信息公开条例|国令第711号 ~ |国令第492号
            中办发[2016]8号 @ |中办发〔2016〕8号
            主席令第九号 @ |主席令第九号
            """)
    void readsEveryCitationOfACell(String cell, String expected) {
        List<LegalReference> refs = LegalReference.parseAll(cell(cell));
        assertThat(fields(refs)).isEqualTo(expected(expected));
        for (LegalReference r : refs) {
            assertThat(LegalReference.parseAll(r.text())).as("the text of %s parses back to it", r).containsExactly(r);
        }
    }

    @Test
    void eachCitationKeepsTheTextItWasReadFrom() {
        assertThat(LegalReference.parseAll("依据新《环境保护法》；《中华人民共和国政府信息公开条例》（国令第711号）第二十六条\n国令第492号"))
                .extracting(LegalReference::text)
                .containsExactly("新《环境保护法》", "《中华人民共和国政府信息公开条例》(国令第711号)第二十六条", "国令第492号");
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"", "  ", "\n\n", "、、；", "第二十六条", "1.", "一、", "123"})
    void cellsWithoutACitationGiveNone(String cell) {
        assertThat(LegalReference.parseAll(cell)).isEmpty();
        assertThat(LegalReference.parse(cell)).isEmpty();
    }

    @Test
    void nullCellGivesNone() {
        assertThat(LegalReference.parseAll(null)).isEmpty();
    }

    @Test
    void parseGivesTheFirstCitation() {
        assertThat(LegalReference.parse("《环境保护法》、《核安全法》").map(LegalReference::title)).contains("环境保护法");
    }

    @Test
    void aReferenceNeedsATitleOrANumber() {
        assertThatThrownBy(() -> new LegalReference("", Optional.empty(), Optional.empty(), Optional.empty(), ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LegalReference(" ", Optional.of("国令第711号"), Optional.empty(),
                Optional.empty(), "")).isInstanceOf(IllegalArgumentException.class);
        LegalReference byNumber = LegalReference.ofDocumentNumber("国令第711号");
        assertThat(byNumber.hasTitle()).isFalse();
        assertThat(byNumber.printed()).isEqualTo("国令第711号");
        assertThat(LegalReference.ofTitle("环境保护法").hasTitle()).isTrue();
    }

    @Test
    void printedFormIsCanonical() {
        assertThat(LegalReference.parse("《中华人民共和国政府信息公开条例》（国令第711号）第二十六条").orElseThrow().printed())
                .isEqualTo("《中华人民共和国政府信息公开条例》(国令第711号)第二十六条");
        assertThat(LegalReference.parse("新《环境保护法》").orElseThrow().printed()).isEqualTo("《环境保护法》(新)");
        assertThat(LegalReference.ofTitle("核安全法").text()).isEqualTo("《核安全法》");
    }
}
