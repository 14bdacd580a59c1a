package org.zwgk.catalogue.maven;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The goal's parameters as Maven hands them over, before they are checked: texts stay texts so that a bad value
 * is refused by {@link CatalogueCheck} with a localized message rather than by Maven's converter with a stack
 * trace. Absent values are empty optionals.
 *
 * @param files           catalogue files and directories (searched recursively)
 * @param parent          a bundled edition id or a catalogue file
 * @param level           the checked catalogue's administrative level, if not read from it
 * @param asOf            the date the check is as of (YYYY-MM-DD); today in China when absent
 * @param profile         a rule profile file
 * @param formats         report formats, one report file per input and format
 * @param outputDirectory where reports, {@code summary.json} and {@code index.html} go
 * @param failOn          error, warning or never
 * @param minScore        the lowest acceptable score, 0–100
 * @param baseline        a baseline file whose findings are accepted
 * @param waivers         a waivers file
 * @param registry        legal registry overlays laid over the bundled registry, in order
 * @param lang            zh or en, for the log and the reports
 * @param baseDirectory   the project directory, against which logged paths are shown
 */
public record CheckOptions(List<Path> files, String parent, Optional<String> level, Optional<String> asOf,
        Optional<Path> profile, List<String> formats, Path outputDirectory, String failOn, Optional<Integer> minScore,
        Optional<Path> baseline, Optional<Path> waivers, List<Path> registry, String lang, Path baseDirectory) {

    public CheckOptions {
        files = List.copyOf(files);
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(profile, "profile");
        formats = List.copyOf(formats);
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(failOn, "failOn");
        Objects.requireNonNull(minScore, "minScore");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(waivers, "waivers");
        registry = List.copyOf(registry);
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(baseDirectory, "baseDirectory");
    }
}
