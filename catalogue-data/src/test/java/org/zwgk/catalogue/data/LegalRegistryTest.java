package org.zwgk.catalogue.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Iterator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import org.zwgk.catalogue.data.Resolution.Outcome;
import org.zwgk.catalogue.data.internal.RegistryLoader;
import org.zwgk.catalogue.model.Confidence;
import org.zwgk.catalogue.model.LegalReference;

class LegalRegistryTest {

    private final LegalRegistry registry = LegalRegistry.bundled();

    private LegalInstrument resolved(String citation) {
        Resolution r = registry.resolve(citation);
        assertThat(r.outcome()).as(citation).isEqualTo(Outcome.RESOLVED);
        return r.instrument().orElseThrow();
    }

    private String idOf(String citation) {
        return resolved(citation).id();
    }

    private static JsonNode json(String resource) throws IOException {
        try (InputStream in = LegalRegistryTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void bundledFileKeepsEveryFactOfTheReferenceFileAndAddsOnlyTheAmbiguityFlag() throws IOException {
        JsonNode bundled = json(RegistryLoader.RESOURCE);
        JsonNode reference = json("reference-legal-instruments.json");
        assertThat(bundled.size()).isEqualTo(reference.size()).isEqualTo(51);
        for (int i = 0; i < bundled.size(); i++) {
            ObjectNode entry = ((ObjectNode) bundled.get(i)).deepCopy();
            entry.remove("bareTitleAmbiguous");
            entry.remove("bareTitleAmbiguousSource");
            assertThat(entry).as(entry.get("id").asText()).isEqualTo(reference.get(i));
        }
        for (Iterator<JsonNode> it = bundled.elements(); it.hasNext(); ) {
            JsonNode e = it.next();
            if (e.has("bareTitleAmbiguous")) {
                assertThat(e.get("id").asText()).isEqualTo("sc-decision-cancel-devolve-approvals-2013");
            }
        }
    }

    @Test
    void holdsEveryEntryWithItsMappedFacts() {
        // The reference file's 51 and the project's own sourced additions (国办发〔2018〕118号).
        assertThat(registry.instruments()).hasSize(52);
        LegalInstrument reg = registry.byId("sc-gov-info-disclosure-reg").orElseThrow();
        assertThat(reg.title()).isEqualTo("中华人民共和国政府信息公开条例");
        assertThat(reg.documentNumber()).contains("国务院令第711号");
        assertThat(reg.versions()).extracting(InstrumentVersion::label).containsExactly("2007年制定", "2019年修订");
        assertThat(reg.versions().get(1).effective()).contains(LocalDate.of(2019, 5, 15));
        assertThat(reg.confidence()).isEqualTo(Confidence.HIGH);
        assertThat(reg.sources()).first().asString().contains("LawRefBook").contains(" — ");
        LegalInstrument code = registry.byId("prc-eco-env-code").orElseThrow();
        assertThat(code.confidence()).isEqualTo(Confidence.MEDIUM);
        LegalInstrument epl = registry.byId("prc-env-protection-law").orElseThrow();
        assertThat(epl.repealConfidence()).contains(Confidence.MEDIUM);
        assertThat(epl.successorId()).contains("prc-eco-env-code");
    }

    @Test
    void everySuccessorNamedInTheRegistryIsInTheRegistry() {
        assertThat(registry.instruments()).allSatisfy(i -> i.successorId()
                .ifPresent(s -> assertThat(registry.byId(s)).as(i.id() + " → " + s).isPresent()));
    }

    @Test
    void bundledRegistryIsCached() {
        assertThat(LegalRegistry.bundled()).isSameAs(registry);
    }

    // ---- status on a date ----

    @Test
    void environmentalNoiseLawIsRepealedFromTheDayTheNoiseLawTakesEffect() {
        LegalInstrument old = resolved("《环境噪声污染防治法》");
        assertThat(old.id()).isEqualTo("prc-env-noise-law");
        assertThat(old.statusOn(LocalDate.of(2022, 6, 4))).isEqualTo(InstrumentStatus.IN_FORCE);
        assertThat(old.statusOn(LocalDate.of(2022, 6, 5))).isEqualTo(InstrumentStatus.REPEALED);
        assertThat(registry.successorOf(old).map(LegalInstrument::id)).contains("prc-noise-law");
    }

    @Test
    void governmentInformationDisclosureRegulationIsInForce() {
        LegalInstrument reg = resolved("《中华人民共和国政府信息公开条例》（国令第711号）");
        assertThat(reg.statusOn(LocalDate.of(2025, 1, 1))).isEqualTo(InstrumentStatus.IN_FORCE);
        assertThat(reg.statusOn(LocalDate.of(2008, 4, 30))).isEqualTo(InstrumentStatus.NOT_YET_IN_FORCE);
    }

    @Test
    void ecoEnvironmentalCodeIsNotYetInForceTheDayBeforeItTakesEffect() {
        LegalInstrument code = resolved("《生态环境法典》");
        assertThat(code.statusOn(LocalDate.of(2026, 8, 14))).isEqualTo(InstrumentStatus.NOT_YET_IN_FORCE);
        assertThat(code.statusOn(LocalDate.of(2026, 8, 15))).isEqualTo(InstrumentStatus.IN_FORCE);
        assertThat(resolved("《环境保护法》").statusOn(LocalDate.of(2026, 8, 15))).isEqualTo(InstrumentStatus.REPEALED);
        assertThat(resolved("《核安全法》").statusOn(LocalDate.of(2026, 8, 15))).isEqualTo(InstrumentStatus.IN_FORCE);
    }

    @Test
    void theTextInForceOnADateIsTheLatestVersionEffectiveByThen() {
        LegalInstrument reg = resolved("政府信息公开条例");
        assertThat(reg.versionOn(LocalDate.of(2019, 5, 14)).map(InstrumentVersion::label)).contains("2007年制定");
        assertThat(reg.versionOn(LocalDate.of(2019, 5, 15)).map(InstrumentVersion::label)).contains("2019年修订");
        assertThat(resolved("《环境噪声污染防治法》").versionOn(LocalDate.of(2023, 1, 1))).isEmpty();
        // The 2016 amendment has no 施行 date in the registry: which text applied in 2020 is not known.
        assertThat(resolved("《危险废物经营许可证管理办法》").versionOn(LocalDate.of(2020, 1, 1))).isEmpty();
        assertThat(resolved("《危险废物经营许可证管理办法》").versionOn(LocalDate.of(2014, 1, 1))
                .map(InstrumentVersion::label)).contains("2013年第一次修订");
    }

    @Test
    void unverifiedStatusIsReportedAsUnverified() {
        LegalInstrument enterprise = resolved("《企业事业单位环境信息公开办法》");
        assertThat(enterprise.statusVerified()).isFalse();
        assertThat(enterprise.statusOn(LocalDate.of(2023, 1, 1))).isEqualTo(InstrumentStatus.UNVERIFIED);
        assertThat(enterprise.statusOn(LocalDate.of(2014, 12, 31))).isEqualTo(InstrumentStatus.NOT_YET_IN_FORCE);
        assertThat(resolved("《环境信访办法》").statusOn(LocalDate.of(2020, 1, 1))).isEqualTo(InstrumentStatus.UNVERIFIED);
        // Repealed, but the registry has no repeal date: the date cannot be judged.
        assertThat(resolved("《信访条例》").statusOn(LocalDate.of(2023, 1, 1))).isEqualTo(InstrumentStatus.UNVERIFIED);
    }

    @Test
    void penaltyMeasuresOf2010AreRepealedWhenThe2023MeasuresTakeEffect() {
        LegalInstrument old = resolved("《环境行政处罚办法》");
        assertThat(old.statusOn(LocalDate.of(2023, 6, 30))).isEqualTo(InstrumentStatus.IN_FORCE);
        assertThat(old.statusOn(LocalDate.of(2023, 7, 1))).isEqualTo(InstrumentStatus.REPEALED);
        assertThat(registry.successorOf(old).map(LegalInstrument::title)).contains("生态环境行政处罚办法");
    }

    // ---- aliases ----

    @Test
    void titlesResolveWithOrWithoutBracketsAndPrefix() {
        assertThat(idOf("《环境保护法》")).isEqualTo("prc-env-protection-law");
        assertThat(idOf("环境保护法")).isEqualTo("prc-env-protection-law");
        assertThat(idOf("《中华人民共和国环境保护法》")).isEqualTo("prc-env-protection-law");
        assertThat(idOf("中华人民共和国核安全法")).isEqualTo("prc-nuclear-safety-law");
        assertThat(idOf("新《环境保护法》")).isEqualTo("prc-env-protection-law");
        assertThat(idOf("〈政府信息公开条例〉")).isEqualTo("sc-gov-info-disclosure-reg");
    }

    @Test
    void brokenNamesFromPublishedCataloguesResolve() {
        assertThat(idOf("《中华人民共和国放射性污染防 治法》")).isEqualTo("prc-radioactive-pollution-law");
        assertThat(idOf("放射性污染防 治法")).isEqualTo("prc-radioactive-pollution-law");
        assertThat(idOf("《中华人民共和国固体废 、物污染环境防治法》")).isEqualTo("prc-solid-waste-law");
        assertThat(idOf("《中华人民共和国固体废物\n污染环境防治法》")).isEqualTo("prc-solid-waste-law");
        assertThat(idOf("  《 环境影响评价法 》 ")).isEqualTo("prc-eia-law");
        // Unbracketed, the 、 would split the name in two if the citation were parsed before it is looked up.
        assertThat(idOf("中华人民共和国固体废 、物污染环境防治法")).isEqualTo("prc-solid-waste-law");
    }

    @Test
    void fullAndHalfWidthBracketsAreOne() {
        assertThat(idOf("《排污许可管理办法（试行）》")).isEqualTo("mep-pollutant-permit-measures-trial-2018");
        assertThat(idOf("《排污许可管理办法(试行)》")).isEqualTo("mep-pollutant-permit-measures-trial-2018");
        // (试行) is part of the title: without it the title names the 2024 measures.
        assertThat(idOf("《排污许可管理办法》")).isEqualTo("mee-pollutant-permit-measures-2024");
        assertThat(idOf("中办发[2016]8号")).isEqualTo("zbf-2016-8-gov-affairs-openness-opinion");
        assertThat(idOf("中办发〔2016〕8号")).isEqualTo("zbf-2016-8-gov-affairs-openness-opinion");
        assertThat(idOf("《开展基层政务公开标准化规范化试点工作方案》(国办发〔2017〕42号)"))
                .isEqualTo("gbf-2017-42-grassroots-pilot-plan");
    }

    @Test
    void trailingQualifiersAreKeptAsVersionHints() {
        Resolution amended = registry.resolve("《中华人民共和国环境噪声污染防治法》（2018年修正）");
        assertThat(amended.instrument().map(LegalInstrument::id)).contains("prc-env-noise-law");
        assertThat(amended.matchedVersion().map(InstrumentVersion::label)).contains("2018年修正");

        Resolution trial = registry.resolve("《排污许可管理办法（试行）》（环境保护部令第48号）");
        assertThat(trial.instrument().map(LegalInstrument::id)).contains("mep-pollutant-permit-measures-trial-2018");
        assertThat(trial.matchedVersion().flatMap(InstrumentVersion::documentNumber)).contains("环境保护部令第48号");

        Resolution current = registry.resolve("中华人民共和国政府信息公开条例（国令第711号）");
        assertThat(current.matchedVersion().map(InstrumentVersion::label)).contains("2019年修订");
        assertThat(current.citesSupersededVersion()).isFalse();
    }

    @Test
    void documentNumbersResolveAndTheOld492NumberIsFlaggedAsTheSuperseded2007Text() {
        assertThat(idOf("国令第711号")).isEqualTo("sc-gov-info-disclosure-reg");
        assertThat(idOf("国务院令第711号")).isEqualTo("sc-gov-info-disclosure-reg");

        Resolution old = registry.resolve("国务院令第492号");
        assertThat(old.instrument().map(LegalInstrument::id)).contains("sc-gov-info-disclosure-reg");
        assertThat(old.matchedVersion().map(InstrumentVersion::label)).contains("2007年制定");
        assertThat(old.citesSupersededVersion()).isTrue();
        assertThat(registry.aliasNote(old.instrument().orElseThrow(), "国务院令第492号")).hasValueSatisfying(
                n -> assertThat(n).contains("superseded 2007 text"));

        Resolution cited = registry.resolve("《政府信息公开条例》（国务院令第492号）");
        assertThat(cited.citesSupersededVersion()).isTrue();
    }

    @Test
    void parsedCitationsByNumberAloneOrWithAVersionWordResolve() {
        LegalReference byNumber = LegalReference.parse("国令第711号").orElseThrow();
        assertThat(byNumber.hasTitle()).isFalse();
        Resolution r = registry.resolve(byNumber);
        assertThat(r.instrument().map(LegalInstrument::id)).contains("sc-gov-info-disclosure-reg");
        assertThat(r.matchedVersion().map(InstrumentVersion::label)).contains("2019年修订");

        LegalReference newLaw = LegalReference.parse("新《环境保护法》").orElseThrow();
        assertThat(newLaw.versionHint()).contains("新");
        assertThat(registry.resolve(newLaw).instrument().map(LegalInstrument::id)).contains("prc-env-protection-law");
        assertThat(registry.resolve(newLaw).matchedVersion()).as("新 names no version of the registry").isEmpty();
    }

    @Test
    void waterLawIsNotTheWaterPollutionLaw() {
        assertThat(registry.resolve("《中华人民共和国水法》").outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(registry.resolve("水法").outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(idOf("《水污染防治法》")).isEqualTo("prc-water-pollution-law");
    }

    @Test
    void ministryOrdersOfTheSameNumberFromDifferentIssuersAreDifferentInstruments() {
        assertThat(idOf("环境保护部令第30号")).isEqualTo("mep-production-restriction-measures-2014");
        assertThat(idOf("生态环境部令第30号")).isEqualTo("mee-eco-env-admin-penalty-measures-2023");
        assertThat(idOf("环境保护部令第31号")).isEqualTo("mep-enterprise-env-info-public-measures-2014");
        assertThat(idOf("国家环境保护总局令第31号")).isEqualTo("sepa-radioisotope-license-measures");
        assertThat(registry.resolve("生态环境部令第31号").outcome()).isEqualTo(Outcome.UNKNOWN);
    }

    @Test
    void theBareTitleOfTheStateCouncilDecisionIsAmbiguous() {
        Resolution r = registry.resolve("《国务院关于取消和下放一批行政审批项目的决定》");
        assertThat(r.outcome()).isEqualTo(Outcome.AMBIGUOUS);
        assertThat(r.instrument()).isEmpty();
        assertThat(r.candidates()).extracting(LegalInstrument::id)
                .containsExactly("sc-decision-cancel-devolve-approvals-2013");
        assertThat(registry.resolve(LegalReference.ofTitle("国务院关于取消和下放一批行政审批项目的决定")).outcome())
                .isEqualTo(Outcome.AMBIGUOUS);
    }

    @Test
    void aPresidentialOrderNumberAloneIsAmbiguous() {
        assertThat(registry.resolve("主席令第九号").outcome()).isEqualTo(Outcome.AMBIGUOUS);
        assertThat(registry.resolve("《中华人民共和国环境保护法》（主席令第九号）").outcome()).isEqualTo(Outcome.RESOLVED);
    }

    @Test
    void unknownCitationsAreUnknown() {
        Resolution r = registry.resolve("《某某市环境保护条例》");
        assertThat(r.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(r.instrument()).isEmpty();
        assertThat(r.candidates()).isEmpty();
    }

    // ---- provisions ----

    @Test
    void article26OfThe2019RegulationSetsTwentyWorkingDays() {
        LegalInstrument reg = resolved("政府信息公开条例");
        Provision art26 = reg.provision("第二十六条").orElseThrow();
        assertThat(art26.version()).isEqualTo("2019");
        assertThat(art26.verified()).isTrue();
        assertThat(art26.text()).contains("20个工作日内");
        assertThat(reg.provision("第26条")).contains(art26);
        assertThat(reg.provision("第三十三条").orElseThrow().text()).contains("延长的期限最长不得超过20个工作日");
        assertThat(reg.provision("第九十九条")).isEmpty();
    }
}
