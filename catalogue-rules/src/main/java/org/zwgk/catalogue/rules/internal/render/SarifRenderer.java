package org.zwgk.catalogue.rules.internal.render;

import static org.zwgk.catalogue.rules.internal.render.Lang.t;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.zwgk.catalogue.model.Problem;
import org.zwgk.catalogue.model.SourceLocation;
import org.zwgk.catalogue.rules.Finding;
import org.zwgk.catalogue.rules.Report;
import org.zwgk.catalogue.rules.ReportRenderer;
import org.zwgk.catalogue.rules.RuleInfo;
import org.zwgk.catalogue.rules.Rules;
import org.zwgk.catalogue.rules.Score;
import org.zwgk.catalogue.rules.Severity;
import org.zwgk.catalogue.rules.SuppressedFinding;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * SARIF 2.1.0, the form code-scanning views read: one run per input, the rules with their metadata (name,
 * short and full description and help with the legal basis, in the report's language; default level), one
 * result per finding with the input file as artifact and the cell as region (row → startLine, column letters →
 * startColumn). Written with Jackson's generator: no SARIF library for Java is both on Maven Central and kept up
 * (the generated-POJO ones have not been released since 2021), and the subset written here is small.
 */
public final class SarifRenderer implements ReportRenderer {

    /** The schema the output declares and is tested against. */
    static final String SCHEMA =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    private static final JsonFactory FACTORY = new JsonFactory();

    @Override
    public String name() {
        return "sarif";
    }

    @Override
    public void render(Report report, Locale locale, OutputStream out) throws IOException {
        renderAll(List.of(report), locale, out);
    }

    @Override
    public void renderAll(List<Report> reports, Locale locale, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("$schema", SCHEMA);
            g.writeStringField("version", "2.1.0");
            g.writeArrayFieldStart("runs");
            for (Report r : reports) {
                run(g, r, locale);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
    }

    private static void run(JsonGenerator g, Report r, Locale locale) throws IOException {
        List<RuleInfo> rules = Rules.all();
        g.writeStartObject();
        g.writeObjectFieldStart("tool");
        g.writeObjectFieldStart("driver");
        g.writeStringField("name", r.tool().name());
        g.writeStringField("version", r.tool().version());
        g.writeStringField("language", Lang.tag(locale));
        g.writeObjectFieldStart("properties");
        Registries.write(g, r.tool().registry());
        g.writeEndObject();
        g.writeArrayFieldStart("rules");
        for (RuleInfo rule : rules) {
            rule(g, rule, locale);
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
        g.writeStringField("language", Lang.tag(locale));
        g.writeStringField("columnKind", "unicodeCodePoints");
        Optional<String> uri = r.input().path().map(SarifRenderer::uri);
        if (uri.isPresent()) {
            g.writeArrayFieldStart("artifacts");
            g.writeStartObject();
            g.writeObjectFieldStart("location");
            g.writeStringField("uri", uri.get());
            g.writeEndObject();
            g.writeArrayFieldStart("roles");
            g.writeString("analysisTarget");
            g.writeEndArray();
            if (r.input().sha256().isPresent()) {
                g.writeObjectFieldStart("hashes");
                g.writeStringField("sha-256", r.input().sha256().get());
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeEndArray();
        }
        g.writeArrayFieldStart("results");
        for (Finding f : r.findings()) {
            result(g, f, rules, uri, locale, Optional.empty());
        }
        for (SuppressedFinding s : r.suppressed()) {
            result(g, s.finding(), rules, uri, locale, Optional.of(s));
        }
        g.writeEndArray();
        readProblems(g, r, uri, locale);
        Score score = r.score();
        g.writeObjectFieldStart("properties");
        g.writeStringField("title", r.input().title());
        g.writeStringField("parent", r.parent().edition());
        g.writeStringField("parentTitle", r.parent().title());
        g.writeStringField("checkedOn", r.checkedOn().toString());
        if (r.level().isPresent()) {
            g.writeStringField("level", r.level().get().label());
        }
        g.writeStringField("profile", r.profile());
        g.writeNumberField("score", score.value());
        g.writeNumberField("coverage", score.coverage());
        g.writeNumberField("errors", r.errors());
        g.writeNumberField("warnings", r.warnings());
        g.writeNumberField("infos", r.infos());
        g.writeNumberField("suppressedByBaseline", r.suppressedCount(SuppressedFinding.Kind.BASELINE));
        g.writeNumberField("suppressedByWaiver", r.suppressedCount(SuppressedFinding.Kind.WAIVER));
        g.writeArrayFieldStart("waiversUsed");
        for (org.zwgk.catalogue.rules.Waiver w : r.waiversUsed()) {
            g.writeString(Lang.waiver(locale, w));
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    /** The file, row and column of {@code s} (or the input itself), when there is a file to name. */
    private static void physicalLocation(JsonGenerator g, Optional<SourceLocation> s, Optional<String> uri)
            throws IOException {
        Optional<String> artifact = s.map(x -> uri(x.file())).or(() -> uri);
        if (artifact.isEmpty()) {
            return;
        }
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", artifact.get());
        if (artifact.equals(uri)) {
            g.writeNumberField("index", 0);
        }
        g.writeEndObject();
        if (s.isPresent() && s.get().row().isPresent()) {
            g.writeObjectFieldStart("region");
            g.writeNumberField("startLine", s.get().row().getAsInt());
            if (s.get().column().isPresent()) {
                g.writeNumberField("startColumn", columnNumber(s.get().column().get()));
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /**
     * What the reader reported while reading the input (a column it could not place, an unknown value), as SARIF's
     * tool execution notifications: they are about the reading, not findings of a rule.
     */
    private static void readProblems(JsonGenerator g, Report r, Optional<String> uri, Locale locale)
            throws IOException {
        if (r.input().problems().isEmpty()) {
            return;
        }
        g.writeArrayFieldStart("invocations");
        g.writeStartObject();
        g.writeBooleanField("executionSuccessful", true);
        g.writeArrayFieldStart("toolExecutionNotifications");
        for (Problem p : r.input().problems()) {
            g.writeStartObject();
            g.writeObjectFieldStart("descriptor");
            g.writeStringField("id", p.messageId());
            g.writeEndObject();
            g.writeStringField("level", "warning");
            g.writeObjectFieldStart("message");
            g.writeStringField("text", p.message(locale));
            g.writeEndObject();
            g.writeArrayFieldStart("locations");
            g.writeStartObject();
            physicalLocation(g, Optional.of(p.location()), uri);
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
    }

    private static void rule(JsonGenerator g, RuleInfo rule, Locale locale) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", rule.id());
        g.writeStringField("name", pascal(rule.id()));
        g.writeObjectFieldStart("shortDescription");
        g.writeStringField("text", rule.title(locale));
        g.writeEndObject();
        g.writeObjectFieldStart("fullDescription");
        g.writeStringField("text", rule.description(locale));
        g.writeEndObject();
        g.writeObjectFieldStart("defaultConfiguration");
        g.writeStringField("level", level(rule.defaultSeverity()));
        g.writeEndObject();
        g.writeObjectFieldStart("help");
        g.writeStringField("text", rule.description(locale)
                + rule.legalBasis().map(l -> "\n" + t(locale, "report.legal-basis", l)).orElse(""));
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeArrayFieldStart("tags");
        g.writeString(rule.family());
        g.writeEndArray();
        g.writeStringField("since", rule.since());
        if (rule.legalBasis().isPresent()) {
            g.writeStringField("legalBasis", rule.legalBasis().get());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void result(JsonGenerator g, Finding f, List<RuleInfo> rules, Optional<String> uri, Locale locale,
            Optional<SuppressedFinding> suppression) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", f.ruleId());
        int index = indexOf(rules, f.ruleId());
        if (index >= 0) {
            g.writeNumberField("ruleIndex", index);
        }
        g.writeStringField("level", level(f.severity()));
        g.writeObjectFieldStart("message");
        g.writeStringField("text", f.message(locale));
        g.writeEndObject();
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        Optional<SourceLocation> s = f.location().source();
        physicalLocation(g, s, uri);
        if (f.location().category().isPresent()) {
            g.writeArrayFieldStart("logicalLocations");
            g.writeStartObject();
            g.writeStringField("name", f.location().category().get());
            StringBuilder qualified = new StringBuilder();
            f.location().area().ifPresent(a -> qualified.append(a).append('/'));
            qualified.append(f.location().category().get());
            f.location().field().ifPresent(x -> qualified.append('/').append(x.jsonName()));
            g.writeStringField("fullyQualifiedName", qualified.toString());
            g.writeStringField("kind", "object");
            g.writeEndObject();
            g.writeEndArray();
        }
        g.writeEndObject();
        g.writeEndArray();
        if (suppression.isPresent()) {
            SuppressedFinding sf = suppression.get();
            g.writeArrayFieldStart("suppressions");
            g.writeStartObject();
            g.writeStringField("kind", "external");
            g.writeStringField("status", "accepted");
            g.writeStringField("justification", sf.waiver().map(w -> Lang.waiver(locale, w))
                    .orElseGet(() -> t(locale, "suppressed.BASELINE")));
            g.writeObjectFieldStart("properties");
            g.writeStringField("kind", sf.kind().name());
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndArray();
        }
        g.writeObjectFieldStart("partialFingerprints");
        g.writeStringField("zwgkFinding/v1", f.fingerprint());
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        optional(g, "area", f.location().area());
        optional(g, "category", f.location().category());
        optional(g, "code", f.location().code());
        optional(g, "field", f.location().field().map(x -> x.jsonName()));
        optional(g, "sheet", s.flatMap(SourceLocation::sheet));
        optional(g, "column", s.flatMap(SourceLocation::column));
        optional(g, "pointer", s.flatMap(SourceLocation::pointer));
        optional(g, "parentValue", f.parentValue());
        optional(g, "childValue", f.childValue());
        optional(g, "legalBasis", f.legalBasis());
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void optional(JsonGenerator g, String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(name, value.get());
        }
    }

    private static int indexOf(List<RuleInfo> rules, String id) {
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** {@code coverage.missing-category} → {@code CoverageMissingCategory}: SARIF wants a Pascal-case name. */
    static String pascal(String id) {
        StringBuilder b = new StringBuilder();
        boolean upper = true;
        for (char c : id.toCharArray()) {
            if (c == '.' || c == '-') {
                upper = true;
            } else {
                b.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return b.toString();
    }

    /** Excel's column letters as a 1-based number: A → 1, Z → 26, AA → 27. */
    static int columnNumber(String letters) {
        int n = 0;
        for (char c : letters.toCharArray()) {
            n = n * 26 + (Character.toUpperCase(c) - 'A' + 1);
        }
        return n;
    }

    /** A path as a URI reference: forward slashes, anything outside ASCII or unsafe percent-encoded. */
    static String uri(String path) {
        try {
            return new URI(null, null, path.replace('\\', '/'), null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("unusable path " + path, e);
        }
    }
}
