package org.zwgk.catalogue.spring.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.zwgk.catalogue.io.CatalogueReader;
import org.zwgk.catalogue.io.ReadLimits;
import org.zwgk.catalogue.io.ReadResult;
import org.zwgk.catalogue.io.UnreadableInputException;
import org.zwgk.catalogue.model.AdministrativeLevel;
import org.zwgk.catalogue.model.Catalogue;
import org.zwgk.catalogue.model.Problem;
import org.zwgk.catalogue.rules.AnnotatedWorkbook;
import org.zwgk.catalogue.rules.Baseline;
import org.zwgk.catalogue.rules.CheckInput;
import org.zwgk.catalogue.rules.Checker;
import org.zwgk.catalogue.rules.Profile;
import org.zwgk.catalogue.rules.Report;
import org.zwgk.catalogue.rules.ReportRenderer;
import org.zwgk.catalogue.rules.Waivers;
import org.zwgk.catalogue.spring.CheckResult;
import org.zwgk.catalogue.spring.Upload;

/**
 * STOPGAP until the library's one check workflow (CheckRequest/CheckRun in catalogue-rules) lands: the few calls
 * of today's public API (Checker, CatalogueReader, ReportRenderer, AnnotatedWorkbook) that a check is, in one
 * place, so that swapping it for the workflow touches nothing else.
 */
public final class CheckWorkflow {

    private CheckWorkflow() {
    }

    /**
     * The checker's options, understood.
     *
     * @param parent   the parent catalogue
     * @param level    the children's level
     * @param asOf     the check date
     * @param profile  the profile
     * @param baseline the baseline
     * @param waivers  the waivers
     */
    public record Options(Catalogue parent, Optional<AdministrativeLevel> level, LocalDate asOf, Profile profile,
            Optional<Baseline> baseline, Waivers waivers) {
    }

    /** One input read and checked, or the problem that kept it from being read. */
    public record Checked(String name, Optional<Report> report, Optional<Problem> failure,
            Optional<CheckInput> input, byte[] bytes) {
    }

    /** Reads {@code parent} as a catalogue, or throws its problem. */
    public static Catalogue readParent(Upload parent, ReadLimits limits) throws UnreadableInputException {
        return CatalogueReader.read(parent.bytes(), parent.name(), limits).catalogue();
    }

    /** Reads and checks every upload. */
    public static Run check(Options options, List<Upload> uploads, ReadLimits limits) {
        Checker.Builder b = Checker.against(options.parent()).asOf(options.asOf()).profile(options.profile())
                .waivers(options.waivers());
        options.level().ifPresent(b::level);
        options.baseline().ifPresent(b::baseline);
        Checker checker = b.build();
        List<Checked> checked = new ArrayList<>();
        for (Upload u : uploads) {
            try {
                ReadResult read = CatalogueReader.read(u.bytes(), u.name(), limits);
                CheckInput input = CheckInput.of(read, u.name(), sha256(u.bytes()));
                checked.add(new Checked(u.name(), Optional.of(checker.check(input)), Optional.empty(),
                        Optional.of(input), u.bytes()));
            } catch (UnreadableInputException e) {
                checked.add(new Checked(u.name(), Optional.empty(), Optional.of(e.problem()), Optional.empty(),
                        u.bytes()));
            }
        }
        return new Run(checked);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The checked inputs and their rendering. */
    public static final class Run {
        private final List<Checked> checked;
        private final Map<Report, byte[]> sources = new IdentityHashMap<>();

        Run(List<Checked> checked) {
            this.checked = List.copyOf(checked);
            checked.forEach(c -> c.report().ifPresent(r -> sources.put(r, c.bytes())));
        }

        /** Every input. */
        public List<Checked> checked() {
            return checked;
        }

        /** One report; xlsx annotates the uploaded workbook itself. */
        public void render(String format, Report report, Locale locale, OutputStream out) throws IOException {
            byte[] source = sources.get(report);
            String name = report.input().path().orElse("").toLowerCase(Locale.ROOT);
            if (format.equals("xlsx") && source != null && (name.endsWith(".xlsx") || name.endsWith(".xls"))) {
                AnnotatedWorkbook.write(report, source, locale, out);
            } else {
                ReportRenderer.byName(format).orElseThrow().render(report, locale, out);
            }
        }

        /** Every report as one document. */
        public void renderAll(String format, Locale locale, OutputStream out) throws IOException {
            List<Report> reports = checked.stream().flatMap(c -> c.report().stream()).toList();
            if (reports.size() == 1) {
                render(format, reports.get(0), locale, out);
            } else {
                ReportRenderer.byName(format).orElseThrow().renderAll(reports, locale, out);
            }
        }
    }
}
