package org.zwgk.catalogue.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.zwgk.catalogue.data.Resolution.Outcome;

class LegalRegistryTest {

    private final LegalRegistry registry = LegalRegistry.bundled();

    private LegalInstrument resolved(String citation) {
        Resolution r = registry.resolve(citation);
        assertThat(r.outcome()).as(citation).isEqualTo(Outcome.RESOLVED);
        return r.instrument().orElseThrow();
    }

    @Test
    void holdsEveryEntryOfTheReferenceFile() {
        assertThat(registry.instruments()).hasSize(51);
        assertThat(registry.byId("sc-gov-info-disclosure-reg")).isPresent();
    }

    @Test
    void bundledRegistryIsCached() {
        assertThat(LegalRegistry.bundled()).isSameAs(registry);
    }

    @Test
    void environmentalNoiseLawIsRepealedFromTheDayTheNoiseLawTakesEffect() {
        LegalInstrument old = resolved("《环境噪声污染防治法》");
        assertThat(old.id()).isEqualTo("prc-env-noise-law");
        assertThat(old.statusOn(LocalDate.of(2022, 6, 4))).isEqualTo(InstrumentStatus.IN_FORCE);
        assertThat(old.statusOn(LocalDate.of(2022, 6, 5))).isEqualTo(InstrumentStatus.REPEALED);
        assertThat(registry.successorOf(old).map(LegalInstrument::title)).contains("中华人民共和国噪声污染防治法");
    }

    @Test
    void governmentInformationDisclosureRegulationIsInForce() {
        LegalInstrument reg = resolved("国令第711号");
        assertThat(reg.id()).isEqualTo("sc-gov-info-disclosure-reg");
        assertThat(reg.statusOn(LocalDate.of(2025, 1, 1))).isEqualTo(InstrumentStatus.IN_FORCE);
    }

    @Test
    void ecoEnvironmentalCodeIsNotYetInForceTheDayBeforeItTakesEffect() {
        LegalInstrument code = resolved("《生态环境法典》");
        assertThat(code.statusOn(LocalDate.of(2026, 8, 14))).isEqualTo(InstrumentStatus.NOT_YET_IN_FORCE);
        assertThat(code.statusOn(LocalDate.of(2026, 8, 15))).isEqualTo(InstrumentStatus.IN_FORCE);
    }
}
