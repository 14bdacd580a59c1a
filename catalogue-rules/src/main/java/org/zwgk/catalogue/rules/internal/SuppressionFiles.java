package org.zwgk.catalogue.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.zwgk.catalogue.model.CategoryField;
import org.zwgk.catalogue.model.Problem;
import org.zwgk.catalogue.model.SourceLocation;
import org.zwgk.catalogue.model.internal.JsonTree;
import org.zwgk.catalogue.model.internal.JsonTree.Obj;
import org.zwgk.catalogue.rules.Baseline;
import org.zwgk.catalogue.rules.Rules;
import org.zwgk.catalogue.rules.SuppressionFileException;
import org.zwgk.catalogue.rules.Waiver;
import org.zwgk.catalogue.rules.Waivers;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/** Reads and writes baseline and waivers files, locating every problem by JSON pointer. */
public final class SuppressionFiles {

    /** The format tag a baseline file carries. */
    public static final String BASELINE_FORMAT = "zwgk-catalogue-baseline/1";

    private static final JsonFactory FACTORY = new JsonFactory();

    private SuppressionFiles() {
    }

    public static SuppressionFileException unreadable(String name, IOException e) {
        return new SuppressionFileException(List.of(RuleMessages.problem("suppression.unreadable",
                SourceLocation.ofFile(name), String.valueOf(e.getMessage()))));
    }

    private static Obj tree(InputStream in, String name) throws SuppressionFileException {
        Object root;
        try {
            root = JsonTree.read(in);
        } catch (JsonTree.DuplicateKey e) {
            throw new SuppressionFileException(List.of(RuleMessages.problem("suppression.not-json",
                    SourceLocation.ofPointer(name, e.pointer()), e.getOriginalMessage())));
        } catch (JacksonException e) {
            throw new SuppressionFileException(List.of(RuleMessages.problem("suppression.not-json",
                    SourceLocation.ofPointer(name, ""), e.getOriginalMessage())));
        } catch (IOException e) {
            throw unreadable(name, e);
        }
        if (!(root instanceof Obj object)) {
            throw new SuppressionFileException(List.of(RuleMessages.problem("suppression.not-object",
                    SourceLocation.ofPointer(name, ""))));
        }
        return object;
    }

    public static Waivers readWaivers(InputStream in, String name) throws SuppressionFileException {
        Obj root = tree(in, name);
        List<Problem> problems = new ArrayList<>();
        List<Waiver> waivers = new ArrayList<>();
        if (!(root.get("waivers") instanceof List<?> list)) {
            throw new SuppressionFileException(List.of(RuleMessages.problem("waivers.not-array",
                    SourceLocation.ofPointer(name, "/waivers"))));
        }
        for (int i = 0; i < list.size(); i++) {
            String at = "/waivers/" + i;
            if (!(list.get(i) instanceof Obj w)) {
                problems.add(RuleMessages.problem("waivers.entry-not-object", SourceLocation.ofPointer(name, at)));
                continue;
            }
            int before = problems.size();
            String rule = required(w, "rule", name, at, problems);
            String category = required(w, "category", name, at, problems);
            String reason = required(w, "reason", name, at, problems);
            String approver = required(w, "approver", name, at, problems);
            String expires = required(w, "expires", name, at, problems);
            if (rule != null && Rules.byId(rule).isEmpty()) {
                problems.add(RuleMessages.problem("waivers.unknown-rule", SourceLocation.ofPointer(name, at + "/rule"),
                        rule));
            }
            LocalDate date = null;
            if (expires != null) {
                try {
                    date = LocalDate.parse(expires);
                } catch (DateTimeParseException e) {
                    problems.add(RuleMessages.problem("waivers.bad-date",
                            SourceLocation.ofPointer(name, at + "/expires"), expires));
                }
            }
            Optional<CategoryField> field = Optional.empty();
            if (w.has("field")) {
                field = w.string("field").flatMap(f -> CategoryField.fromJsonName(f.strip()));
                if (field.isEmpty()) {
                    problems.add(RuleMessages.problem("waivers.bad-field",
                            SourceLocation.ofPointer(name, at + "/field"), JsonTree.toJson(w.get("field"))));
                }
            }
            if (problems.size() == before) {
                waivers.add(new Waiver(rule, category, field, reason, approver, date));
            }
        }
        if (!problems.isEmpty()) {
            throw new SuppressionFileException(problems);
        }
        return new Waivers(waivers);
    }

    private static String required(Obj node, String key, String name, String at, List<Problem> problems) {
        Optional<String> v = node.string(key);
        if (v.isEmpty() || v.get().isBlank()) {
            problems.add(RuleMessages.problem("waivers.missing-value", SourceLocation.ofPointer(name, at + "/" + key),
                    key));
            return null;
        }
        return v.get().strip();
    }

    public static Baseline readBaseline(InputStream in, String name) throws SuppressionFileException {
        Obj root = tree(in, name);
        if (!root.string("format").filter(BASELINE_FORMAT::equals).isPresent()) {
            throw new SuppressionFileException(List.of(RuleMessages.problem("baseline.bad-format",
                    SourceLocation.ofPointer(name, "/format"), BASELINE_FORMAT)));
        }
        if (!(root.get("inputs") instanceof List<?> inputs)) {
            throw new SuppressionFileException(List.of(RuleMessages.problem("baseline.bad-inputs",
                    SourceLocation.ofPointer(name, "/inputs"))));
        }
        List<Problem> problems = new ArrayList<>();
        List<Baseline.Input> result = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            String at = "/inputs/" + i;
            if (!(inputs.get(i) instanceof Obj input) || input.string("path").isEmpty()
                    || !(input.get("findings") instanceof List<?> findings)) {
                problems.add(RuleMessages.problem("baseline.bad-input", SourceLocation.ofPointer(name, at)));
                continue;
            }
            List<Baseline.Entry> entries = new ArrayList<>();
            for (int j = 0; j < findings.size(); j++) {
                if (!(findings.get(j) instanceof Obj f) || f.string("fingerprint").isEmpty()) {
                    problems.add(RuleMessages.problem("baseline.bad-entry",
                            SourceLocation.ofPointer(name, at + "/findings/" + j)));
                    continue;
                }
                entries.add(new Baseline.Entry(f.string("fingerprint").get(), text(f, "rule"),
                        f.string("category"), f.string("code"), f.string("field"), f.string("message")));
            }
            result.add(new Baseline.Input(input.string("path").get(), entries));
        }
        if (!problems.isEmpty()) {
            throw new SuppressionFileException(problems);
        }
        return new Baseline(text(root, "parent"), text(root, "checkedOn"), text(root, "tool"), result);
    }

    /** A value as text, as databind's {@code asText("")} gave it: a scalar's text; "" for null, absent or a container. */
    private static String text(Obj node, String key) {
        Object v = node.get(key);
        return v instanceof String || v instanceof Integer || v instanceof Boolean ? v.toString() : "";
    }

    public static void writeBaseline(Baseline b, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("format", BASELINE_FORMAT);
            g.writeStringField("tool", b.tool());
            g.writeStringField("parent", b.parent());
            g.writeStringField("checkedOn", b.checkedOn());
            g.writeArrayFieldStart("inputs");
            for (Baseline.Input i : b.inputs()) {
                g.writeStartObject();
                g.writeStringField("path", i.path());
                g.writeArrayFieldStart("findings");
                for (Baseline.Entry e : i.findings()) {
                    g.writeStartObject();
                    g.writeStringField("fingerprint", e.fingerprint());
                    g.writeStringField("rule", e.rule());
                    write(g, "category", e.category());
                    write(g, "code", e.code());
                    write(g, "field", e.field());
                    write(g, "message", e.message());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
    }

    private static void write(JsonGenerator g, String key, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(key, value.get());
        }
    }
}
