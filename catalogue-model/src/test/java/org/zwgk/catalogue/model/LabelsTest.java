package org.zwgk.catalogue.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The printed labels of levels, audiences and modes, with the header variants seen in local copies. */
class LabelsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            国家级          | NATIONAL
            省级            | PROVINCIAL
            市级            | MUNICIPAL
            地市级          | MUNICIPAL
            州级            | MUNICIPAL
            县级            | COUNTY
            区县级          | COUNTY
            区级            | COUNTY
            县(市、区)级     | COUNTY
            县（市、区）级    | COUNTY
            乡镇级          | TOWNSHIP
            镇(街)级        | TOWNSHIP
            乡镇(街道)级     | TOWNSHIP
            街道级          | TOWNSHIP
            镇街(园区)级     | TOWNSHIP
            村级            | VILLAGE
            村(社区)级       | VILLAGE
            社区级          | VILLAGE
            county         | COUNTY
            市 级           | MUNICIPAL
            """)
    void levelHeadersNameOneLevel(String header, AdministrativeLevel level) {
        assertThat(AdministrativeLevel.parseAll(header)).containsExactly(level);
        assertThat(AdministrativeLevel.parse(header)).contains(level);
    }

    @ParameterizedTest
    @EnumSource(AdministrativeLevel.class)
    void everyLevelReadsBackFromItsLabelAndItsEnglishName(AdministrativeLevel level) {
        assertThat(AdministrativeLevel.parse(level.label())).contains(level);
        assertThat(AdministrativeLevel.parse(level.englishName().toUpperCase(java.util.Locale.ROOT))).contains(level);
    }

    @ParameterizedTest
    @ValueSource(strings = {"乡、村级", "乡村级"})
    void aCombinedHeaderNamesTwoLevelsAndIsNoSingleLevel(String header) {
        assertThat(AdministrativeLevel.parseAll(header))
                .isEqualTo(EnumSet.of(AdministrativeLevel.TOWNSHIP, AdministrativeLevel.VILLAGE));
        assertThat(AdministrativeLevel.parse(header)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "级", "部门", "公开层级"})
    void otherTextNamesNoLevel(String header) {
        assertThat(AdministrativeLevel.parseAll(header)).isEqualTo(Set.of());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            全社会     | PUBLIC
            全 社 会   | PUBLIC
            社会公众    | PUBLIC
            特定群体    | SPECIFIC_GROUP
            特定群众    | SPECIFIC_GROUP
            特定对象    | SPECIFIC_GROUP
            """)
    void audienceLabels(String label, Audience audience) {
        assertThat(Audience.fromLabel(label)).contains(audience);
        assertThat(Audience.fromLabel(audience.label())).contains(audience);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            主动       | PROACTIVE
            主动公开    | PROACTIVE
            依申请      | ON_REQUEST
            依申请公开   | ON_REQUEST
            依 申 请    | ON_REQUEST
            """)
    void modeLabels(String label, DisclosureMode mode) {
        assertThat(DisclosureMode.fromLabel(label)).contains(mode);
        assertThat(DisclosureMode.fromLabel(mode.label())).contains(mode);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "公开", "不公开", "其他"})
    void otherTextIsNoAudienceAndNoMode(String label) {
        assertThat(Audience.fromLabel(label)).isEmpty();
        assertThat(DisclosureMode.fromLabel(label)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(CategoryField.class)
    void categoryFieldsAreFoundByTheirJsonName(CategoryField field) {
        assertThat(CategoryField.fromJsonName(field.jsonName())).contains(field);
    }

    @ParameterizedTest
    @EnumSource(Confidence.class)
    void confidenceKeysReadInAnyCase(Confidence confidence) {
        assertThat(Confidence.fromKey(" " + confidence.name() + " ")).contains(confidence);
    }
}
