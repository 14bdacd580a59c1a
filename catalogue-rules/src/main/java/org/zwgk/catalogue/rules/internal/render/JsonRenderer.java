package org.zwgk.catalogue.rules.internal.render;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.Problem;
import org.zwgk.catalogue.model.SourceLocation;
import org.zwgk.catalogue.rules.Finding;
import org.zwgk.catalogue.rules.FindingLocation;
import org.zwgk.catalogue.rules.Match;
import org.zwgk.catalogue.rules.Report;
import org.zwgk.catalogue.rules.ReportRenderer;
import org.zwgk.catalogue.rules.Score;
import org.zwgk.catalogue.rules.SkippedComparison;
import org.zwgk.catalogue.rules.SuppressedFinding;
import org.zwgk.catalogue.rules.Waiver;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * The report as JSON for pipelines. Every key is always present (null where a value is absent), so a consumer
 * can rely on the shape; {@code location.row} is the spreadsheet row as Excel numbers it.
 */
public final class JsonRenderer implements ReportRenderer {

    private static final JsonFactory FACTORY = new JsonFactory();

    private final boolean indented;

    /** The report indented, one value a line, as people read it. */
    public JsonRenderer() {
        this(true);
    }

    /** The report indented, or on one line without indentation when {@code indented} is false. */
    public JsonRenderer(boolean indented) {
        this.indented = indented;
    }

    @Override
    public String name() {
        return "json";
    }

    @Override
    public void render(Report r, Locale locale, OutputStream out) throws IOException {
        renderWithFacts(r, locale, out);
    }

    /** Renders {@code r} and returns the score and the fingerprints printed, each worked out once. */
    public ReportRenderer.JsonFacts renderWithFacts(Report r, Locale locale, OutputStream out) throws IOException {
        ReportRenderer.JsonFacts facts = facts(r);
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            indent(g);
            report(g, r, facts, locale);
        }
        out.write('\n');
        return facts;
    }

    private static ReportRenderer.JsonFacts facts(Report r) {
        return new ReportRenderer.JsonFacts(r.score(), r.findings().stream().map(Finding::fingerprint).toList());
    }

    /** Several reports as one JSON array, in the order given. */
    @Override
    public void renderAll(List<Report> reports, Locale locale, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            indent(g);
            g.writeStartArray();
            for (Report r : reports) {
                report(g, r, facts(r), locale);
            }
            g.writeEndArray();
        }
        out.write('\n');
    }

    private void indent(JsonGenerator g) {
        if (indented) {
            g.useDefaultPrettyPrinter();
        }
    }

    private static void report(JsonGenerator g, Report r, ReportRenderer.JsonFacts facts, Locale locale)
            throws IOException {
        {
            g.writeStartObject();
            g.writeObjectFieldStart("tool");
            g.writeStringField("name", r.tool().name());
            g.writeStringField("version", r.tool().version());
            Registries.write(g, r.tool().registry());
            g.writeEndObject();
            g.writeObjectFieldStart("parent");
            g.writeStringField("edition", r.parent().edition());
            g.writeStringField("title", r.parent().title());
            g.writeNumberField("transcribed", r.parent().transcribed());
            optionalInt(g, "declared", r.parent().declared());
            g.writeEndObject();
            g.writeObjectFieldStart("input");
            optional(g, "path", r.input().path());
            optional(g, "sha256", r.input().sha256());
            g.writeStringField("edition", r.input().edition());
            g.writeStringField("title", r.input().title());
            g.writeArrayFieldStart("problems");
            for (Problem p : r.input().problems()) {
                g.writeStartObject();
                g.writeStringField("id", p.messageId());
                source(g, p.location());
                g.writeStringField("message", p.message(locale));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeStringField("checkedOn", r.checkedOn().toString());
            optional(g, "level", r.level().map(l -> l.label()));
            g.writeStringField("profile", r.profile());
            g.writeStringField("locale", Lang.tag(locale));
            summary(g, r, facts.score());
            g.writeArrayFieldStart("findings");
            List<Finding> findings = r.findings();
            for (int i = 0; i < findings.size(); i++) {
                finding(g, findings.get(i), facts.fingerprints().get(i), locale);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("suppressed");
            for (SuppressedFinding s : r.suppressed()) {
                g.writeStartObject();
                g.writeStringField("kind", s.kind().name());
                if (s.waiver().isPresent()) {
                    g.writeFieldName("waiver");
                    waiver(g, s.waiver().get());
                } else {
                    g.writeNullField("waiver");
                }
                g.writeFieldName("finding");
                finding(g, s.finding(), s.finding().fingerprint(), locale);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("waivers");
            g.writeArrayFieldStart("used");
            for (Waiver w : r.waiversUsed()) {
                waiver(g, w);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("expired");
            for (Waiver w : r.waiversExpired()) {
                waiver(g, w);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeArrayFieldStart("skipped");
            for (SkippedComparison s : r.skipped()) {
                g.writeStartObject();
                g.writeStringField("ruleId", s.ruleId());
                optional(g, "category", s.category());
                optional(g, "code", s.code());
                g.writeStringField("field", s.field().jsonName());
                g.writeStringField("reasonId", s.reasonId());
                g.writeStringField("reason", s.reason(locale));
                g.writeEndObject();
            }
            g.writeEndArray();
            alignment(g, r);
            g.writeEndObject();
        }
    }

    private static void summary(JsonGenerator g, Report r, Score score) throws IOException {
        g.writeObjectFieldStart("summary");
        g.writeNumberField("errors", r.errors());
        g.writeNumberField("warnings", r.warnings());
        g.writeNumberField("infos", r.infos());
        g.writeObjectFieldStart("byRule");
        for (Map.Entry<String, Integer> e : r.countsByRule().entrySet()) {
            g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeObjectFieldStart("coverage");
        g.writeNumberField("expected", r.coverage().expected());
        g.writeNumberField("present", r.coverage().present());
        g.writeNumberField("notApplicable", r.coverage().notApplicable());
        g.writeNumberField("missing", r.coverage().missing());
        g.writeNumberField("added", r.coverage().added());
        g.writeNumberField("untranscribed", r.coverage().untranscribed());
        g.writeEndObject();
        g.writeObjectFieldStart("score");
        g.writeNumberField("value", score.value());
        g.writeNumberField("coverage", score.coverage());
        g.writeNumberField("expected", score.expected());
        g.writeNumberField("met", score.met());
        g.writeNumberField("earned", score.earned());
        g.writeNumberField("otherDeduction", score.otherDeduction());
        g.writeEndObject();
        g.writeObjectFieldStart("suppressed");
        g.writeNumberField("baseline", r.suppressedCount(SuppressedFinding.Kind.BASELINE));
        g.writeNumberField("waiver", r.suppressedCount(SuppressedFinding.Kind.WAIVER));
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void finding(JsonGenerator g, Finding f, String fingerprint, Locale locale) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", f.ruleId());
        g.writeStringField("severity", f.severity().name());
        g.writeStringField("fingerprint", fingerprint);
        FindingLocation l = f.location();
        g.writeObjectFieldStart("location");
        optional(g, "area", l.area());
        optional(g, "category", l.category());
        optional(g, "code", l.code());
        optional(g, "field", l.field().map(x -> x.jsonName()));
        Optional<SourceLocation> s = l.source();
        optional(g, "file", s.map(SourceLocation::file));
        optional(g, "sheet", s.flatMap(SourceLocation::sheet));
        if (s.isPresent() && s.get().row().isPresent()) {
            g.writeNumberField("row", s.get().row().getAsInt());
        } else {
            g.writeNullField("row");
        }
        optional(g, "column", s.flatMap(SourceLocation::column));
        optional(g, "pointer", s.flatMap(SourceLocation::pointer));
        g.writeEndObject();
        g.writeStringField("messageId", f.messageId());
        g.writeStringField("message", f.message(locale));
        optional(g, "parentValue", f.parentValue());
        optional(g, "childValue", f.childValue());
        optional(g, "legalBasis", f.legalBasis());
        g.writeEndObject();
    }

    private static void waiver(JsonGenerator g, Waiver w) throws IOException {
        g.writeStartObject();
        g.writeStringField("rule", w.rule());
        g.writeStringField("category", w.category());
        optional(g, "field", w.field().map(x -> x.jsonName()));
        g.writeStringField("reason", w.reason());
        g.writeStringField("approver", w.approver());
        g.writeStringField("expires", w.expires().toString());
        g.writeEndObject();
    }

    private static void alignment(JsonGenerator g, Report r) throws IOException {
        g.writeObjectFieldStart("alignment");
        g.writeNumberField("threshold", r.alignment().threshold());
        g.writeArrayFieldStart("matches");
        for (Match m : r.alignment().matches()) {
            g.writeStartObject();
            g.writeStringField("kind", m.kind().name());
            optional(g, "parentCode", m.parent().flatMap(Category::code));
            optional(g, "parent", m.parent().map(Category::name));
            optional(g, "childCode", m.child().flatMap(Category::code));
            optional(g, "child", m.child().map(Category::name));
            g.writeNumberField("score", m.score());
            if (m.source().isPresent() && m.source().get().row().isPresent()) {
                g.writeNumberField("row", m.source().get().row().getAsInt());
            } else {
                g.writeNullField("row");
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void source(JsonGenerator g, SourceLocation s) throws IOException {
        g.writeStringField("file", s.file());
        optional(g, "sheet", s.sheet());
        if (s.row().isPresent()) {
            g.writeNumberField("row", s.row().getAsInt());
        } else {
            g.writeNullField("row");
        }
        optional(g, "column", s.column());
        optional(g, "pointer", s.pointer());
    }

    private static void optional(JsonGenerator g, String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(name, value.get());
        } else {
            g.writeNullField(name);
        }
    }

    private static void optionalInt(JsonGenerator g, String name, Optional<Integer> value) throws IOException {
        if (value.isPresent()) {
            g.writeNumberField(name, value.get());
        } else {
            g.writeNullField(name);
        }
    }
}
