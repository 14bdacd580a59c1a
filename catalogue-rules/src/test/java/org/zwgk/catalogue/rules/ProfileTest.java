package org.zwgk.catalogue.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.zwgk.catalogue.data.Editions;

class ProfileTest {

    private static Profile read(String json) throws ProfileException {
        return Profile.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "county.json");
    }

    @Test
    void aProfileDisablesRulesAndOverridesSeverities() throws ProfileException {
        Profile p = read("""
                {"name": "county", "rules": {"owner.level-mismatch": "error", "coverage.local-addition": "off",
                 "legal.instrument-repealed": "on"}}""");
        Report r = Checker.against(Editions.national()).asOf(Fixtures.AS_OF).profile(p).build()
                .check(Fixtures.input("sample-county-shortfalls"));
        assertThat(r.profile()).isEqualTo("county");
        assertThat(r.findings("coverage.local-addition")).isEmpty();
        assertThat(r.findings("owner.level-mismatch")).isNotEmpty()
                .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
        // "on" keeps each finding's own severity: the repeals in force are WARNINGs, the pending ones (将于…废止,
        // issue 20) INFO notices.
        assertThat(r.findings("legal.instrument-repealed")).filteredOn(f -> !f.messageId().contains("pending"))
                .isNotEmpty().allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void anOverrideAlsoAppliesToARulesSecondaryFindings() throws ProfileException {
        Profile p = read("{\"rules\": {\"deadline.looser-than-parent\": \"info\"}}");
        Report r = Checker.against(Editions.national()).asOf(Fixtures.AS_OF).profile(p).build()
                .check(Fixtures.input("made-or-obtained-trigger"));
        assertThat(r.findings("deadline.looser-than-parent")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
        assertThat(r.profile()).isEqualTo("county.json");
    }

    @Test
    void everyProblemOfABadProfileIsLocatedByPointer() {
        assertThatThrownBy(() -> read("{\"rules\": {\"no.such-rule\": \"off\", \"owner.missing\": \"fatal\"}}"))
                .isInstanceOfSatisfying(ProfileException.class, e -> {
                    assertThat(e.problems()).extracting(pr -> pr.messageId())
                            .containsExactly("profile.unknown-rule", "profile.bad-value");
                    assertThat(e.problems().get(0).location().pointer()).contains("/rules/no.such-rule");
                    assertThat(e.problems().get(1).message(Locale.SIMPLIFIED_CHINESE)).contains("off、on、error");
                    assertThat(e.problems().get(1).message(Locale.ENGLISH)).contains("use off, on, error");
                });
        assertThatThrownBy(() -> read("{not json")).isInstanceOfSatisfying(ProfileException.class,
                e -> assertThat(e.problems().get(0).messageId()).isEqualTo("profile.not-json"));
    }

    @Test
    void aBadValueIsQuotedAsTheFileWroteItAndARuleNamedTwiceIsRefusedWhereItIs() {
        assertThatThrownBy(() -> read("{\"rules\": {\"owner.missing\": \"fatal\", \"mode.downgraded\": 3}}"))
                .isInstanceOfSatisfying(ProfileException.class, e -> {
                    assertThat(e.problems()).extracting(pr -> pr.arguments()).containsExactly(List.of("\"fatal\""),
                            List.of("3"));
                    assertThat(e.problems().get(1).location().pointer()).contains("/rules/mode.downgraded");
                });
        assertThatThrownBy(() -> read("{\"rules\": {\"owner.missing\": \"off\", \"owner.missing\": \"error\"}}"))
                .isInstanceOfSatisfying(ProfileException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.messageId()).isEqualTo("profile.not-json");
                            assertThat(p.location().pointer()).contains("/rules/owner.missing");
                            assertThat(p.message(Locale.ENGLISH)).contains("Duplicate field 'owner.missing'");
                        }));
        assertThatThrownBy(() -> read("[]")).isInstanceOfSatisfying(ProfileException.class,
                e -> assertThat(e.problems().get(0).messageId()).isEqualTo("profile.not-object"));
    }
}
