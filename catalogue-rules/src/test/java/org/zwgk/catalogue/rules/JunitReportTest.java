package org.zwgk.catalogue.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The junit report: a testsuite per input, a testcase per parent category, a failure per ERROR finding. */
class JunitReportTest {

    private static Document parse(List<Report> reports) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportRenderer.byName("junit").orElseThrow().renderAll(reports, Locale.SIMPLIFIED_CHINESE, out);
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void oneSuitePerInputOneCasePerParentCategoryOneFailurePerError() throws Exception {
        Report shortfalls = Fixtures.check("sample-county-shortfalls");
        Document doc = parse(List.of(Fixtures.check("conforming"), shortfalls));
        NodeList suites = doc.getElementsByTagName("testsuite");
        assertThat(suites.getLength()).isEqualTo(2);
        Element suite = (Element) suites.item(1);
        assertThat(suite.getAttribute("name")).isEqualTo("sample-county-shortfalls.json");
        int parentCategories = shortfalls.parent().transcribed();
        int additions = shortfalls.coverage().added();
        assertThat(suite.getElementsByTagName("testcase").getLength()).isEqualTo(parentCategories + additions);
        assertThat(suite.getElementsByTagName("failure").getLength()).isEqualTo(shortfalls.errors());
        Element first = (Element) suite.getElementsByTagName("failure").item(0);
        assertThat(first.getAttribute("type")).isEqualTo("coverage.missing-category");
        assertThat(((Element) first.getParentNode()).getAttribute("name")).isEqualTo("XK-01 建设项目环境影响评价文件审批");
        assertThat(((Element) first.getParentNode()).getAttribute("classname")).isEqualTo("行政许可");
    }

    @Test
    void theScoreIsASuiteProperty() throws Exception {
        Report report = Fixtures.check("sample-county-shortfalls");
        Document doc = parse(List.of(report));
        NodeList properties = doc.getElementsByTagName("property");
        boolean found = false;
        for (int i = 0; i < properties.getLength(); i++) {
            Element p = (Element) properties.item(i);
            if (p.getAttribute("name").equals("score")) {
                assertThat(p.getAttribute("value")).isEqualTo(Integer.toString(report.score().value()));
                found = true;
            }
        }
        assertThat(found).isTrue();
    }

    @Test
    void hostileTextIsEscapedByTheWriterAndStillParses() throws Exception {
        Document doc = parse(List.of(Fixtures.hostileReport()));
        String all = doc.getDocumentElement().getTextContent();
        NodeList cases = doc.getElementsByTagName("testcase");
        boolean named = false;
        for (int i = 0; i < cases.getLength(); i++) {
            named |= ((Element) cases.item(i)).getAttribute("name").contains("<script>alert('x')</script> & ]]>");
        }
        assertThat(named).isTrue();
        assertThat(all).doesNotContain("\u0001");
    }

    @Test
    void aCategoryNotExpectedAtTheLevelIsSkipped() throws Exception {
        for (String name : Fixtures.NAMES) {
            Report r = Fixtures.check(name);
            Document doc = parse(List.of(r));
            long notExpected = r.alignment().ofKind(MatchKind.NOT_EXPECTED).size();
            assertThat(doc.getElementsByTagName("skipped").getLength()).as(name).isEqualTo((int) notExpected);
        }
    }
}
