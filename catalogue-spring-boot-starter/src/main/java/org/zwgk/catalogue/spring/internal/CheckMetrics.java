package org.zwgk.catalogue.spring.internal;

import java.time.Duration;

import org.zwgk.catalogue.rules.Finding;
import org.zwgk.catalogue.spring.CheckRefusedException;
import org.zwgk.catalogue.spring.CheckResult;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The service's Micrometer meters: {@code zwgk.checks} (by outcome and format), {@code zwgk.check.duration} (a
 * histogram), {@code zwgk.findings} (by rule) and {@code zwgk.uploads.rejected} (by reason, the problem id).
 * Prometheus shows them as {@code zwgk_checks_total}, {@code zwgk_check_duration_seconds_bucket} and so on.
 */
public final class CheckMetrics {

    private final MeterRegistry registry;

    public CheckMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** A request checked: one count per catalogue by outcome, its findings by rule, and the time it took. */
    public void checked(CheckResult result, String format, long nanos) {
        Timer.builder("zwgk.check.duration").description("Time to read and check one request's catalogues")
                .publishPercentileHistogram().register(registry).record(Duration.ofNanos(nanos));
        for (CheckResult.Item item : result.items()) {
            String outcome = item.report().isPresent() ? "checked" : "unreadable";
            Counter.builder("zwgk.checks").description("Catalogues checked, by outcome and report format")
                    .tag("outcome", outcome).tag("format", format).register(registry).increment();
            item.report().ifPresent(r -> {
                for (Finding f : r.findings()) {
                    Counter.builder("zwgk.findings").description("Findings reported, by rule")
                            .tag("rule", f.ruleId()).register(registry).increment();
                }
            });
            item.failure().ifPresent(p -> rejected(p.messageId()));
        }
    }

    /** A request refused. */
    public void refused(CheckRefusedException e) {
        rejected(e.problem().messageId());
    }

    private void rejected(String id) {
        Counter.builder("zwgk.uploads.rejected").description("Uploads refused or unreadable, by problem id")
                .tag("reason", id).register(registry).increment();
    }
}
