package org.zwgk.catalogue.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.zwgk.catalogue.data.Editions;
import org.zwgk.catalogue.model.json.CatalogueJson;

/** Two versions of a county's catalogue, as a reviewer compares them: what is new, fixed and unchanged. */
class ReportComparisonTest {

    private static Report check(String edition) throws Exception {
        byte[] json = CatalogueJson.write(Editions.byId(edition).orElseThrow()).getBytes(StandardCharsets.UTF_8);
        return CheckRun.of(CheckRequest.builder().asOf(LocalDate.of(2026, 6, 30))
                .input(InputFile.of("county.json", json)).build()).reports().get(0);
    }

    @Test
    void aVersionComparedWithItselfHasOnlyUnchangedFindings() throws Exception {
        Report r = check("sample-county-shortfalls");
        ReportComparison same = ReportComparison.between(r, r);
        assertThat(same.added()).isEmpty();
        assertThat(same.fixed()).isEmpty();
        assertThat(same.unchanged()).isEqualTo(r.findings());
    }

    @Test
    void aCorrectedVersionShowsWhatWasFixedAndWhatIsNew() throws Exception {
        Report first = check("sample-county-shortfalls");
        Report second = check("sample-county-conforming");
        ReportComparison c = ReportComparison.between(first, second);
        assertThat(c.fixed()).isNotEmpty().extracting(Finding::ruleId).contains("coverage.missing-category");
        assertThat(c.added().size() + c.unchanged().size()).isEqualTo(second.findings().size());
        assertThat(c.fixed().size() + c.unchanged().size()).isEqualTo(first.findings().size());
        assertThat(c.fixed()).allSatisfy(f -> assertThat(second.findings()).extracting(Finding::fingerprint)
                .doesNotContain(f.fingerprint()));
    }
}
