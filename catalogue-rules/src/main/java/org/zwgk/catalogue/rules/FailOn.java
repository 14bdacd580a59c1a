package org.zwgk.catalogue.rules;

import java.util.Locale;
import java.util.Optional;

/** The severity from which a check fails (the command line's {@code --fail-on}, the plugin's {@code failOn}). */
public enum FailOn {
    /** Fail when a report has an ERROR finding (the default). */
    ERROR,
    /** Fail when a report has a WARNING or an ERROR finding. */
    WARNING,
    /** Never fail on findings; a minimum score still applies. */
    NEVER;

    /** The value for {@code error}, {@code warning} or {@code never}, in any case and with spaces around. */
    public static Optional<FailOn> parse(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT);
        for (FailOn f : values()) {
            if (f.name().equals(t)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** True when {@code report} has a finding at or above this threshold. */
    public boolean reachedBy(Report report) {
        return switch (this) {
            case ERROR -> report.reaches(Severity.ERROR);
            case WARNING -> report.reaches(Severity.WARNING);
            case NEVER -> false;
        };
    }

    /** The name as users write it: {@code error}, {@code warning}, {@code never}. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
