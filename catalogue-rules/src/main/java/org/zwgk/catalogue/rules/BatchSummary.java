package org.zwgk.catalogue.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The catalogues of a batch ranked by score (highest first; equal scores by path), with what the summary table,
 * JSON and HTML index show of each, and the inputs that could not be read.
 *
 * @param entries  one per report, ranked
 * @param failures inputs that could not be read, by path, in path order, with the reason
 * @param skipped  files found in the folders checked that were not checked, in path order, with why
 */
public record BatchSummary(List<Entry> entries, List<Failure> failures, List<SkippedFile> skipped) {

    public BatchSummary {
        entries = List.copyOf(entries);
        failures = List.copyOf(failures);
        skipped = List.copyOf(skipped);
    }

    /** A summary with no skipped file. */
    public BatchSummary(List<Entry> entries, List<Failure> failures) {
        this(entries, failures, List.of());
    }

    /** Ranks {@code reports}; {@code links} maps an input's path to where its own report was written. */
    public static BatchSummary of(List<Report> reports, Map<String, String> links, List<Failure> failures) {
        List<Entry> unranked = new ArrayList<>();
        for (Report r : reports) {
            String input = r.input().path().orElse(r.input().edition());
            Score s = r.score();
            unranked.add(new Entry(0, input, r.input().title(), s.value(), s.coverage(), r.errors(), r.warnings(),
                    r.infos(), r.suppressed().size(), Optional.ofNullable(links.get(input))));
        }
        unranked.sort(Comparator.comparingInt(Entry::score).reversed().thenComparing(Entry::input));
        List<Entry> ranked = new ArrayList<>();
        for (int i = 0; i < unranked.size(); i++) {
            Entry e = unranked.get(i);
            // Equal scores share a rank (1, 2, 2, 4), as league tables do.
            int rank = i > 0 && unranked.get(i - 1).score() == e.score() ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new Entry(rank, e.input(), e.title(), e.score(), e.coverage(), e.errors(), e.warnings(),
                    e.infos(), e.suppressed(), e.link()));
        }
        List<Failure> sortedFailures = new ArrayList<>(failures);
        sortedFailures.sort(Comparator.comparing(Failure::input));
        return new BatchSummary(ranked, sortedFailures);
    }

    /** Ranks the readable items of a batch and lists the others. */
    public static BatchSummary of(List<BatchItem> items, Map<String, String> links) {
        return withSkipped(items, links, List.of());
    }

    /** Ranks the readable items of a batch, lists the others and the files the folder walk skipped. */
    public static BatchSummary withSkipped(List<BatchItem> items, Map<String, String> links,
            List<SkippedFile> skipped) {
        List<Report> reports = items.stream().flatMap(i -> i.report().stream()).toList();
        List<Failure> failures = items.stream().filter(i -> i.failure().isPresent())
                .map(i -> new Failure(i.path(), i.failure().get().message(java.util.Locale.SIMPLIFIED_CHINESE),
                        i.failure().get().message(java.util.Locale.ENGLISH)))
                .toList();
        BatchSummary ranked = of(reports, links, failures);
        return new BatchSummary(ranked.entries(), ranked.failures(), skipped);
    }

    /**
     * One ranked catalogue.
     *
     * @param rank       1 for the best; equal scores share a rank
     * @param input      the input's path
     * @param title      the catalogue's title
     * @param score      its score, 0–100
     * @param coverage   its coverage percentage
     * @param errors     active ERROR findings
     * @param warnings   active WARNING findings
     * @param infos      active INFO findings
     * @param suppressed findings suppressed by a baseline or waiver
     * @param link       where its own report was written, relative to the summary
     */
    public record Entry(int rank, String input, String title, int score, BigDecimal coverage, int errors,
            int warnings, int infos, int suppressed, Optional<String> link) {
        public Entry {
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(coverage, "coverage");
            Objects.requireNonNull(link, "link");
        }
    }

    /**
     * An input that could not be read.
     *
     * @param input     its path
     * @param messageZh why, in Chinese
     * @param messageEn why, in English
     */
    public record Failure(String input, String messageZh, String messageEn) {
        public Failure {
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(messageZh, "messageZh");
            Objects.requireNonNull(messageEn, "messageEn");
        }

        /** The reason in {@code locale}'s language. */
        public String message(java.util.Locale locale) {
            return "en".equals(locale.getLanguage()) ? messageEn : messageZh;
        }
    }
}
