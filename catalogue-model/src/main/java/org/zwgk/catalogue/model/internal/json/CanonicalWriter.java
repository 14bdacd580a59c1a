package org.zwgk.catalogue.model.internal.json;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

import org.zwgk.catalogue.model.AdministrativeLevel;
import org.zwgk.catalogue.model.Area;
import org.zwgk.catalogue.model.Audience;
import org.zwgk.catalogue.model.Catalogue;
import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.Channel;
import org.zwgk.catalogue.model.ContentElement;
import org.zwgk.catalogue.model.Deadline;
import org.zwgk.catalogue.model.DisclosureMode;
import org.zwgk.catalogue.model.Item;
import org.zwgk.catalogue.model.LegalReference;
import org.zwgk.catalogue.model.NotApplicable;
import org.zwgk.catalogue.model.Provenance;
import org.zwgk.catalogue.model.SourceLocation;
import org.zwgk.catalogue.model.Span;

/**
 * Writes the canonical JSON form with Jackson's streaming generator, field by field in the order the schema lists
 * them, pretty-printed with two-space indents and one value per line.
 */
public final class CanonicalWriter {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"));

    private final JsonGenerator g;

    private CanonicalWriter(JsonGenerator g) {
        this.g = g;
    }

    /** Writes the canonical form; {@code sources} may be empty or hold one entry per category. */
    public static String write(Catalogue c, List<Optional<SourceLocation>> sources) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setPrettyPrinter(PRINTER.createInstance());
            new CanonicalWriter(g).catalogue(c, sources);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string", e);
        }
        return out + "\n";
    }

    private void catalogue(Catalogue c, List<Optional<SourceLocation>> sources) throws IOException {
        g.writeStartObject();
        g.writeStringField("edition", c.editionId());
        g.writeStringField("title", c.title());
        text("issuer", c.issuer());
        text("documentNumber", c.documentNumber());
        text("issuedOn", c.issuedOn().map(Object::toString));
        text("level", c.level().map(AdministrativeLevel::label));
        text("locality", c.locality());
        text("parent", c.parentEdition());
        if (c.declaredShape().isPresent()) {
            g.writeObjectFieldStart("declaredShape");
            g.writeNumberField("areas", c.declaredShape().get().areas());
            g.writeNumberField("categories", c.declaredShape().get().categories());
            text("statedIn", c.declaredShape().get().statedIn());
            g.writeEndObject();
        }
        provenance(c.provenance());
        g.writeArrayFieldStart("categories");
        int index = 0;
        for (Area area : c.areas()) {
            for (Category category : area.categories()) {
                category(area, category, index < sources.size() ? sources.get(index) : Optional.empty());
                index++;
            }
        }
        g.writeEndArray();
        if (!c.notApplicable().isEmpty()) {
            g.writeArrayFieldStart("notApplicable");
            for (NotApplicable n : c.notApplicable()) {
                g.writeStartObject();
                text("area", n.area());
                text("code", n.code());
                g.writeStringField("category", n.category());
                text("reason", n.reason());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private void category(Area area, Category c, Optional<SourceLocation> source) throws IOException {
        g.writeStartObject();
        g.writeStringField("area", area.name());
        text("areaCode", area.code());
        text("code", c.code());
        g.writeStringField("name", c.name());
        if (!c.items().isEmpty()) {
            g.writeArrayFieldStart("items");
            for (Item item : c.items()) {
                g.writeStartObject();
                g.writeStringField("name", item.name());
                strings("content", item.content(), ContentElement::printed);
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        strings("content", c.content(), ContentElement::printed);
        strings("legalBasis", c.legalBasis(), LegalReference::text);
        if (c.deadline().isPresent()) {
            g.writeFieldName("deadline");
            deadline(c.deadline().get());
        }
        text("owner", c.owner());
        strings("channels", c.channels(), Channel::label);
        strings("audience", List.copyOf(c.audience()), Audience::label);
        strings("mode", List.copyOf(c.mode()), DisclosureMode::label);
        strings("levels", List.copyOf(c.levels()), AdministrativeLevel::label);
        provenance(c.provenance());
        if (source.isPresent()) {
            SourceLocation s = source.get();
            g.writeObjectFieldStart("source");
            g.writeStringField("file", s.file());
            text("sheet", s.sheet());
            number("row", s.row());
            text("column", s.column());
            text("pointer", s.pointer());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private void deadline(Deadline d) throws IOException {
        g.writeStartObject();
        g.writeStringField("text", d.text());
        if (d instanceof Deadline.Relative r) {
            g.writeStringField("kind", "relative");
            g.writeStringField("trigger", r.trigger().label());
            span("within", r.within());
            if (r.extension().isPresent()) {
                span("extension", r.extension().get());
            }
        } else if (d instanceof Deadline.Periodic p) {
            g.writeStringField("kind", "periodic");
            g.writeStringField("period", p.period().label());
            number("dueMonth", p.dueMonth());
            number("dueDay", p.dueDay());
        } else if (d instanceof Deadline.FixedDate fd) {
            g.writeStringField("kind", "fixedDate");
            g.writeStringField("date", fd.date().toString());
        } else if (d instanceof Deadline.RealTime) {
            g.writeStringField("kind", "realTime");
        } else if (d instanceof Deadline.Composite comp) {
            g.writeStringField("kind", "composite");
            g.writeArrayFieldStart("parts");
            for (Deadline part : comp.parts()) {
                deadline(part);
            }
            g.writeEndArray();
        } else {
            g.writeStringField("kind", "unrecognized");
        }
        g.writeEndObject();
    }

    private void span(String name, Span span) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeNumberField("amount", span.amount());
        g.writeStringField("unit", span.unit().label());
        g.writeEndObject();
    }

    private void provenance(Provenance p) throws IOException {
        if (p.equals(Provenance.none())) {
            return;
        }
        g.writeObjectFieldStart("provenance");
        strings("sources", p.sources(), Function.identity());
        text("confidence", p.confidence().map(v -> v.key()));
        strings("inferred", List.copyOf(p.inferred()), field -> field.jsonName());
        text("notes", p.notes());
        g.writeEndObject();
    }

    /** An array of the values' texts; nothing when there are none. */
    private <T> void strings(String name, List<T> values, Function<T, String> label) throws IOException {
        if (!values.isEmpty()) {
            g.writeArrayFieldStart(name);
            for (T v : values) {
                g.writeString(label.apply(v));
            }
            g.writeEndArray();
        }
    }

    private void text(String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(name, value.get());
        }
    }

    private void number(String name, OptionalInt value) throws IOException {
        if (value.isPresent()) {
            g.writeNumberField(name, value.getAsInt());
        }
    }
}
