package org.zwgk.catalogue.rules.internal.render;

import static org.zwgk.catalogue.rules.internal.render.Lang.t;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.Problem;
import org.zwgk.catalogue.rules.Finding;
import org.zwgk.catalogue.rules.FindingLocation;
import org.zwgk.catalogue.rules.Match;
import org.zwgk.catalogue.rules.Report;
import org.zwgk.catalogue.rules.ReportRenderer;
import org.zwgk.catalogue.rules.Score;
import org.zwgk.catalogue.rules.SkippedComparison;
import org.zwgk.catalogue.rules.SuppressedFinding;

/** The report for a person at a terminal: summary first, then each finding with its location and reason. */
public final class TextRenderer implements ReportRenderer {

    @Override
    public String name() {
        return "text";
    }

    @Override
    public String extension() {
        return "txt";
    }

    @Override
    public void render(Report r, Locale locale, OutputStream out) throws IOException {
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.println(t(locale, "report.title"));
        w.println("=".repeat(40));
        w.println(r.input().path().map(p -> t(locale, "report.input", p))
                .orElseGet(() -> t(locale, "report.input.memory", r.input().title())));
        r.input().sha256().ifPresent(h -> w.println(t(locale, "report.sha256", h)));
        w.println(t(locale, "report.parent", r.parent().edition(), r.parent().title()));
        r.parent().declared().filter(d -> d > r.parent().transcribed()).ifPresent(d -> w.println(
                "  " + t(locale, "report.parent.partial", r.parent().transcribed(), d, d - r.parent().transcribed())));
        w.println(t(locale, "report.checked-on", r.checkedOn()));
        w.println(r.level().map(l -> t(locale, "report.level", en(locale) ? l.englishName() : l.label()))
                .orElseGet(() -> t(locale, "report.level.unknown")));
        w.println(t(locale, "report.profile", r.profile()));
        w.println();
        w.println(t(locale, "report.summary", r.errors(), r.warnings(), r.infos()));
        w.println(t(locale, "report.coverage", r.coverage().expected(), r.coverage().present(),
                r.coverage().notApplicable(), r.coverage().missing(), r.coverage().added()));
        Score total = r.score();
        w.println(t(locale, "report.score", total.value(), total.coverageText(), total.met(), total.expected()));
        w.println(Lang.suppressed(locale, r));
        if (!r.waiversUsed().isEmpty()) {
            w.println(t(locale, "report.waivers-used", r.waiversUsed().size()));
            r.waiversUsed().forEach(x -> w.println("  - " + Lang.waiver(locale, x)));
        }
        if (!r.waiversExpired().isEmpty()) {
            w.println(t(locale, "report.waivers-expired", r.waiversExpired().size()));
            r.waiversExpired().forEach(x -> w.println("  - " + Lang.waiver(locale, x)));
        }

        if (!r.input().problems().isEmpty()) {
            w.println();
            w.println(t(locale, "report.problems", r.input().problems().size()));
            for (Problem p : r.input().problems()) {
                w.println("  - " + p.describe(locale));
            }
        }

        w.println();
        w.println(t(locale, "report.findings"));
        w.println("-".repeat(40));
        if (r.findings().isEmpty()) {
            w.println(t(locale, "report.none"));
        }
        int n = 0;
        for (Finding f : r.findings()) {
            n++;
            w.println(n + ". [" + f.severity().label(locale) + "] " + f.ruleId()
                    + where(f.location()));
            w.println("   " + f.message(locale));
            f.location().source().ifPresent(s -> w.println("   " + t(locale, "report.location", s)));
            f.parentValue().ifPresent(v -> w.println("   " + t(locale, "report.parent-value", v)));
            f.childValue().ifPresent(v -> w.println("   " + t(locale, "report.child-value", v)));
            f.legalBasis().ifPresent(v -> w.println("   " + t(locale, "report.legal-basis", v)));
        }

        if (!r.suppressed().isEmpty()) {
            w.println();
            w.println(t(locale, "report.suppressed-list", r.suppressed().size()));
            for (SuppressedFinding s : r.suppressed()) {
                w.println("  - [" + t(locale, "suppressed." + s.kind().name()) + "] " + s.finding().ruleId()
                        + where(s.finding().location()) + ": " + s.finding().message(locale));
            }
        }

        if (!r.skipped().isEmpty()) {
            w.println();
            w.println(t(locale, "report.skipped", r.skipped().size()));
            for (SkippedComparison s : r.skipped()) {
                w.println("  - " + s.category().map(c -> c + " · ").orElse("") + s.ruleId() + ": "
                        + s.reason(locale));
            }
        }

        w.println();
        w.println(t(locale, "report.alignment"));
        for (Match m : r.alignment().matches()) {
            String parent = m.parent().map(TextRenderer::label).orElse("—");
            String child = m.child().map(TextRenderer::label).orElse("—");
            String score = m.kind().name().equals("SIMILAR") ? String.format(Locale.ROOT, " (%.3f)", m.score()) : "";
            w.println("  " + parent + "  ⇄  " + child + "  : " + t(locale, "match." + m.kind().name()) + score);
        }
        w.println();
        w.println(t(locale, "report.tool", r.tool().name(), r.tool().version(), r.tool().registry().label()));
        w.flush();
    }

    private static boolean en(Locale locale) {
        return "en".equals(locale.getLanguage());
    }

    private static String label(Category c) {
        return c.code().map(code -> code + " ").orElse("") + c.name();
    }

    private static String where(FindingLocation l) {
        StringBuilder b = new StringBuilder();
        Optional<String> area = l.area();
        if (area.isPresent() || l.category().isPresent()) {
            b.append("  ");
            area.ifPresent(a -> b.append(a).append(" › "));
            l.category().ifPresent(b::append);
            l.field().ifPresent(f -> b.append(" › ").append(f.label()));
        }
        return b.toString();
    }
}
