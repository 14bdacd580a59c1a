package org.zwgk.catalogue.maven;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the project's disclosure catalogues against their parent catalogue (the national edition by default) and
 * fails the build when a finding reaches {@code failOn} or a score falls below {@code minScore}: the command line's
 * {@code check}, as a build step. Writes one report per input and format, plus {@code summary.json} and
 * {@code index.html}, under {@code outputDirectory}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public final class CheckMojo extends AbstractMojo {

    /** Catalogue files and directories; directories are searched for .xlsx/.xls/.csv/.json/.html files. */
    @Parameter(property = "zwgk.files", defaultValue = "${project.basedir}/src/main/catalogue")
    private List<File> files;

    /** The parent catalogue: a bundled edition id, or a catalogue file (relative to the project). */
    @Parameter(property = "zwgk.parent", defaultValue = "mee-2019-672")
    private String parent;

    /** The checked catalogue's level (市级, 县级, 乡镇级, municipal, county, township), when it does not say. */
    @Parameter(property = "zwgk.level")
    private String level;

    /** The date the check is as of, YYYY-MM-DD; today in China by default. Fix it for reproducible builds. */
    @Parameter(property = "zwgk.asOf")
    private String asOf;

    /** A rule profile file (rules turned off or given another severity). */
    @Parameter(property = "zwgk.profile")
    private File profile;

    /** Report formats, one file per input and format: text, json, html, xlsx, sarif, junit, csv. */
    @Parameter(property = "zwgk.formats", defaultValue = "html,json")
    private List<String> formats;

    /** Where reports, summary.json and index.html go. */
    @Parameter(property = "zwgk.outputDirectory", defaultValue = "${project.build.directory}/zwgk-catalogue")
    private File outputDirectory;

    /** error, warning or never: the severity from which the build fails. */
    @Parameter(property = "zwgk.failOn", defaultValue = "error")
    private String failOn;

    /** The lowest acceptable score (0–100); the build fails when any catalogue scores below it. */
    @Parameter(property = "zwgk.minScore")
    private Integer minScore;

    /** A baseline file: the findings it records are accepted. */
    @Parameter(property = "zwgk.baseline")
    private File baseline;

    /**
     * Legal registry overlays (JSON, docs/data.md), laid over the bundled registry in order: laws repealed or adopted
     * since the release, each entry with its sources. Reports name the versions used.
     */
    @Parameter(property = "zwgk.registry")
    private List<File> registry;

    /** A waivers file: findings waived with a reason and an expiry date. */
    @Parameter(property = "zwgk.waivers")
    private File waivers;

    /** zh or en: the language of the log and the reports. */
    @Parameter(property = "zwgk.lang", defaultValue = "zh")
    private String lang;

    /** Skips the check. */
    @Parameter(property = "zwgk.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    private File baseDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info(Messages.of(lang == null ? "zh" : lang).format("check.skip"));
            return;
        }
        CatalogueCheck.Outcome outcome;
        CatalogueCheck check;
        try {
            check = new CatalogueCheck(options(), getLog()::info, getLog()::warn);
            outcome = check.run();
        } catch (CheckException e) {
            // Our own, already located and localized: no cause, so Maven shows the message, not our stack.
            throw new MojoExecutionException(e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException(e.toString(), e);
        }
        if (!outcome.passed()) {
            throw new MojoFailureException(check.failureMessage(outcome));
        }
    }

    /** Maven leaves unset parameters null; from here on, absence is an empty optional. */
    CheckOptions options() {
        File base = baseDirectory == null ? new File(".") : baseDirectory;
        return new CheckOptions(
                files == null ? List.of(new File(base, "src/main/catalogue").toPath())
                        : files.stream().map(File::toPath).toList(),
                parent == null ? "mee-2019-672" : parent,
                Optional.ofNullable(level).filter(s -> !s.isBlank()),
                Optional.ofNullable(asOf).filter(s -> !s.isBlank()),
                Optional.ofNullable(profile).map(File::toPath),
                formats == null ? List.of("html", "json") : formats,
                (outputDirectory == null ? new File(base, "target/zwgk-catalogue") : outputDirectory).toPath(),
                failOn == null ? "error" : failOn,
                Optional.ofNullable(minScore),
                Optional.ofNullable(baseline).map(File::toPath),
                Optional.ofNullable(waivers).map(File::toPath),
                registry == null ? List.of() : registry.stream().map(File::toPath).toList(),
                lang == null ? "zh" : lang,
                base.toPath());
    }
}
