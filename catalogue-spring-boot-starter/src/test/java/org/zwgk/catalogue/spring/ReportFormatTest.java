package org.zwgk.catalogue.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class ReportFormatTest {

    @Test
    void theParameterWinsThenAcceptByQualityThenJson() {
        assertThat(ReportFormat.choose(Optional.of("sarif"), Optional.of("text/html"))).isEqualTo(ReportFormat.SARIF);
        assertThat(ReportFormat.choose(Optional.empty(), Optional.of("text/csv;q=0.5, application/xml")))
                .isEqualTo(ReportFormat.JUNIT);
        assertThat(ReportFormat.choose(Optional.empty(), Optional.of("*/*"))).isEqualTo(ReportFormat.JSON);
        assertThat(ReportFormat.choose(Optional.empty(), Optional.empty())).isEqualTo(ReportFormat.JSON);
        assertThatThrownBy(() -> ReportFormat.choose(Optional.empty(), Optional.of("image/png")))
                .isInstanceOfSatisfying(CheckRefusedException.class,
                        e -> assertThat(e.reason().status()).isEqualTo(406));
        assertThatThrownBy(() -> ReportFormat.choose(Optional.of("pdf"), Optional.empty()))
                .isInstanceOfSatisfying(CheckRefusedException.class,
                        e -> assertThat(e.reason().status()).isEqualTo(400));
    }

    @Test
    void logTextEscapesControlAndNonAsciiCharacters() {
        assertThat(LogText.escape("a\nINFO forged \"县\"")).isEqualTo("\"a\\u000aINFO forged \\\"\\u53bf\\\"\"");
    }
}
