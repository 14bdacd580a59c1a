package org.zwgk.catalogue.rules.internal.render;

import static org.zwgk.catalogue.rules.internal.render.Lang.t;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.zwgk.catalogue.rules.CategoryResult;
import org.zwgk.catalogue.rules.Finding;
import org.zwgk.catalogue.rules.MatchKind;
import org.zwgk.catalogue.rules.Report;
import org.zwgk.catalogue.rules.ReportRenderer;
import org.zwgk.catalogue.rules.Score;
import org.zwgk.catalogue.rules.Severity;
import org.zwgk.catalogue.rules.internal.score.Scoring;

/**
 * JUnit XML, the test-report form CI servers show: one {@code testsuite} per input, one {@code testcase} per
 * parent category (its area as the class name), one per local addition, one for the catalogue as a whole where
 * a finding concerns no category; a {@code failure} per ERROR finding, WARNING and INFO findings in the test
 * case's {@code system-out}; a category not expected at the child's level is {@code skipped}. {@code failures}
 * counts failed test cases. Written with the JDK's {@link XMLStreamWriter}, which does the escaping.
 */
public final class JunitRenderer implements ReportRenderer {

    private static final String INDENT = "\n    ";

    @Override
    public String name() {
        return "junit";
    }

    @Override
    public String extension() {
        return "xml";
    }

    @Override
    public void render(Report report, Locale locale, OutputStream out) throws IOException {
        renderAll(List.of(report), locale, out);
    }

    @Override
    public void renderAll(List<Report> reports, Locale locale, OutputStream out) throws IOException {
        try {
            XMLStreamWriter x = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            List<Suite> suites = new ArrayList<>();
            for (Report r : reports) {
                suites.add(suite(r, locale));
            }
            x.writeStartElement("testsuites");
            x.writeAttribute("name", t(locale, "report.title"));
            x.writeAttribute("tests", Integer.toString(suites.stream().mapToInt(s -> s.cases.size()).sum()));
            x.writeAttribute("failures", Integer.toString(suites.stream().mapToInt(Suite::failures).sum()));
            x.writeAttribute("errors", "0");
            x.writeAttribute("skipped", Integer.toString(suites.stream().mapToInt(Suite::skipped).sum()));
            for (Suite s : suites) {
                write(x, s, locale);
            }
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.flush();
            x.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private record Case(String className, String name, List<Finding> findings, boolean skipped, String skipReason) {
        boolean failed() {
            return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
        }
    }

    private record Suite(Report report, List<Case> cases) {
        int failures() {
            return (int) cases.stream().filter(Case::failed).count();
        }

        int skipped() {
            return (int) cases.stream().filter(Case::skipped).count();
        }
    }

    private static Suite suite(Report r, Locale locale) {
        List<Case> cases = new ArrayList<>();
        for (CategoryResult c : r.categoryResults()) {
            String className = c.status() == MatchKind.ADDED
                    ? t(locale, "junit.local-additions") + c.area().map(a -> " · " + a).orElse("")
                    : c.area().orElse(t(locale, "junit.no-area"));
            String name = c.code().map(code -> code + " ").orElse("") + c.category();
            boolean skipped = c.status() == MatchKind.NOT_EXPECTED;
            cases.add(new Case(className, name, c.findings(), skipped, t(locale, "match." + c.status().name())));
        }
        List<Finding> rest = Scoring.unattributed(r, r.findings());
        if (!rest.isEmpty()) {
            cases.add(new Case(t(locale, "junit.catalogue"), r.input().title(), rest, false, ""));
        }
        return new Suite(r, cases);
    }

    private static void write(XMLStreamWriter x, Suite s, Locale locale) throws XMLStreamException {
        Report r = s.report;
        Score score = r.score();
        x.writeCharacters("\n  ");
        x.writeStartElement("testsuite");
        x.writeAttribute("name", clean(r.input().path().orElse(r.input().title())));
        x.writeAttribute("tests", Integer.toString(s.cases.size()));
        x.writeAttribute("failures", Integer.toString(s.failures()));
        x.writeAttribute("errors", "0");
        x.writeAttribute("skipped", Integer.toString(s.skipped()));
        x.writeAttribute("time", "0");
        x.writeCharacters(INDENT);
        x.writeStartElement("properties");
        property(x, "parent", r.parent().edition());
        property(x, "checkedOn", r.checkedOn().toString());
        property(x, "registry", r.tool().registry().label());
        property(x, "level", r.level().map(l -> l.label()).orElse(""));
        property(x, "profile", r.profile());
        property(x, "score", Integer.toString(score.value()));
        property(x, "coverage", score.coverageText());
        property(x, "errors", Integer.toString(r.errors()));
        property(x, "warnings", Integer.toString(r.warnings()));
        property(x, "infos", Integer.toString(r.infos()));
        property(x, "suppressed.baseline",
                Integer.toString(r.suppressedCount(org.zwgk.catalogue.rules.SuppressedFinding.Kind.BASELINE)));
        property(x, "suppressed.waiver",
                Integer.toString(r.suppressedCount(org.zwgk.catalogue.rules.SuppressedFinding.Kind.WAIVER)));
        for (int i = 0; i < r.waiversUsed().size(); i++) {
            property(x, "waiver." + (i + 1), Lang.waiver(locale, r.waiversUsed().get(i)));
        }
        if (r.input().sha256().isPresent()) {
            property(x, "sha256", r.input().sha256().get());
        }
        x.writeCharacters(INDENT);
        x.writeEndElement();
        for (Case c : s.cases) {
            x.writeCharacters(INDENT);
            x.writeStartElement("testcase");
            x.writeAttribute("classname", clean(c.className));
            x.writeAttribute("name", clean(c.name));
            x.writeAttribute("time", "0");
            boolean body = false;
            if (c.skipped) {
                x.writeCharacters(INDENT + "  ");
                x.writeEmptyElement("skipped");
                x.writeAttribute("message", clean(c.skipReason));
                body = true;
            }
            StringBuilder other = new StringBuilder();
            for (Finding f : c.findings) {
                if (f.severity() == Severity.ERROR) {
                    x.writeCharacters(INDENT + "  ");
                    x.writeStartElement("failure");
                    x.writeAttribute("type", f.ruleId());
                    x.writeAttribute("message", clean(f.message(locale)));
                    x.writeCharacters(clean(details(f, locale)));
                    x.writeEndElement();
                    body = true;
                } else {
                    other.append('[').append(f.severity().label(locale)).append("] ")
                            .append(f.ruleId()).append(": ").append(details(f, locale)).append('\n');
                }
            }
            if (other.length() > 0) {
                x.writeCharacters(INDENT + "  ");
                x.writeStartElement("system-out");
                x.writeCharacters(clean(other.toString()));
                x.writeEndElement();
                body = true;
            }
            if (body) {
                x.writeCharacters(INDENT);
            }
            x.writeEndElement();
        }
        if (!r.input().problems().isEmpty()) {
            // What the reader reported is about the input, not a test case: the suite's own error output.
            StringBuilder problems = new StringBuilder(t(locale, "report.problems", r.input().problems().size()));
            r.input().problems().forEach(p -> problems.append('\n').append(p.describe(locale)));
            x.writeCharacters(INDENT);
            x.writeStartElement("system-err");
            x.writeCharacters(clean(problems.toString()));
            x.writeEndElement();
        }
        x.writeCharacters("\n  ");
        x.writeEndElement();
    }

    private static void property(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeCharacters(INDENT + "  ");
        x.writeEmptyElement("property");
        x.writeAttribute("name", name);
        x.writeAttribute("value", clean(value));
    }

    private static String details(Finding f, Locale locale) {
        StringBuilder b = new StringBuilder(f.message(locale));
        f.location().source().ifPresent(s -> b.append('\n').append(t(locale, "report.location", s)));
        f.parentValue().ifPresent(v -> b.append('\n').append(t(locale, "report.parent-value", v)));
        f.childValue().ifPresent(v -> b.append('\n').append(t(locale, "report.child-value", v)));
        f.legalBasis().ifPresent(v -> b.append('\n').append(t(locale, "report.legal-basis", v)));
        return b.toString();
    }

    /**
     * Drops the characters XML 1.0 cannot carry at all (control characters other than tab, line feed and carriage
     * return; unpaired surrogates; U+FFFE and U+FFFF). Escaping is the stream writer's job; this is not escaping,
     * since no escape exists for these characters.
     */
    static String clean(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                b.append(c).append(text.charAt(++i));
            } else if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD)) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
