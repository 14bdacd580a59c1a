package org.zwgk.catalogue.spring.internal;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

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
 * Each meter is looked up in the registry once and kept (a report has a hundred findings; looking each one's
 * counter up anew cost more than counting it), and a report's findings are counted once per rule.
 */
public final class CheckMetrics {

    private final MeterRegistry registry;
    private final Timer duration;
    private final Map<String, Counter> checks = new ConcurrentHashMap<>();
    private final Map<String, Counter> findings = new ConcurrentHashMap<>();
    private final Map<String, Counter> rejections = new ConcurrentHashMap<>();

    public CheckMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.duration = Timer.builder("zwgk.check.duration")
                .description("Time to read and check one request's catalogues").publishPercentileHistogram()
                .register(registry);
    }

    /** A request checked: one count per catalogue by outcome, its findings by rule, and the time it took. */
    public void checked(CheckResult result, String format, long nanos) {
        duration.record(nanos, TimeUnit.NANOSECONDS);
        for (CheckResult.Item item : result.items()) {
            String outcome = item.report().isPresent() ? "checked" : "unreadable";
            checks.computeIfAbsent(outcome + " " + format, k -> Counter.builder("zwgk.checks")
                    .description("Catalogues checked, by outcome and report format")
                    .tag("outcome", outcome).tag("format", format).register(registry)).increment();
            item.report().ifPresent(r -> {
                Map<String, Integer> byRule = new TreeMap<>();
                for (Finding f : r.findings()) {
                    byRule.merge(f.ruleId(), 1, Integer::sum);
                }
                byRule.forEach((rule, n) -> findings.computeIfAbsent(rule, k -> Counter.builder("zwgk.findings")
                        .description("Findings reported, by rule").tag("rule", rule).register(registry))
                        .increment(n));
            });
            item.failure().ifPresent(p -> rejected(p.messageId()));
        }
    }

    /** A request refused. */
    public void refused(CheckRefusedException e) {
        rejected(e.problem().messageId());
    }

    private void rejected(String id) {
        rejections.computeIfAbsent(id, k -> Counter.builder("zwgk.uploads.rejected")
                .description("Uploads refused or unreadable, by problem id").tag("reason", id).register(registry))
                .increment();
    }
}
