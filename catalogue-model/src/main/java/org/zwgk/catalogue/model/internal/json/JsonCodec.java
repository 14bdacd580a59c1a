package org.zwgk.catalogue.model.internal.json;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.zwgk.catalogue.model.AdministrativeLevel;
import org.zwgk.catalogue.model.Area;
import org.zwgk.catalogue.model.Audience;
import org.zwgk.catalogue.model.Catalogue;
import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.CategoryField;
import org.zwgk.catalogue.model.Channel;
import org.zwgk.catalogue.model.Confidence;
import org.zwgk.catalogue.model.ContentElement;
import org.zwgk.catalogue.model.Deadline;
import org.zwgk.catalogue.model.DeclaredShape;
import org.zwgk.catalogue.model.DisclosureMode;
import org.zwgk.catalogue.model.Item;
import org.zwgk.catalogue.model.LegalReference;
import org.zwgk.catalogue.model.NotApplicable;
import org.zwgk.catalogue.model.Problem;
import org.zwgk.catalogue.model.Provenance;
import org.zwgk.catalogue.model.SourceLocation;
import org.zwgk.catalogue.model.Span;
import org.zwgk.catalogue.model.internal.CategoryPointers;
import org.zwgk.catalogue.model.internal.JsonTree;
import org.zwgk.catalogue.model.internal.JsonTree.Obj;
import org.zwgk.catalogue.model.internal.Messages;
import org.zwgk.catalogue.model.internal.Text;
import org.zwgk.catalogue.model.json.JsonLimits;
import org.zwgk.catalogue.model.json.ParsedCatalogue;

/**
 * Reads the canonical JSON form from Jackson's token stream, as plain values ({@link JsonTree}), and writes it with
 * Jackson's tree model.
 */
public final class JsonCodec {

    private static final Messages MESSAGES = Messages.of("org.zwgk.catalogue.model.json.messages", JsonCodec.class);
    private static final JsonFactory FACTORY = factory(JsonLimits.defaults());
    private static final Map<JsonLimits, JsonFactory> FACTORIES = new ConcurrentHashMap<>();
    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"));
    private static final Set<String> TOP_FIELDS = Set.of("$schema", "edition", "title", "issuer", "documentNumber",
            "issuedOn", "level", "locality", "parent", "declaredShape", "provenance", "categories", "notApplicable");
    private static final Set<String> CATEGORY_FIELDS = Set.of("area", "areaCode", "code", "name", "items", "content",
            "legalBasis", "deadline", "owner", "channels", "audience", "mode", "levels", "provenance", "source");

    private JsonCodec() {
    }

    /** Databind, for writing only: reading never loads it (400 classes on a cold start). */
    private static final class Writing {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    // ---- writing ----------------------------------------------------------------------------------------

    /** Writes the canonical form; {@code sources} may be empty or hold one entry per category. */
    public static String write(Catalogue c, List<Optional<SourceLocation>> sources) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("edition", c.editionId());
        root.put("title", c.title());
        c.issuer().ifPresent(v -> root.put("issuer", v));
        c.documentNumber().ifPresent(v -> root.put("documentNumber", v));
        c.issuedOn().ifPresent(v -> root.put("issuedOn", v.toString()));
        c.level().ifPresent(v -> root.put("level", v.label()));
        c.locality().ifPresent(v -> root.put("locality", v));
        c.parentEdition().ifPresent(v -> root.put("parent", v));
        c.declaredShape().ifPresent(s -> {
            ObjectNode shape = root.putObject("declaredShape");
            shape.put("areas", s.areas());
            shape.put("categories", s.categories());
            s.statedIn().ifPresent(v -> shape.put("statedIn", v));
        });
        writeProvenance(root, c.provenance());
        ArrayNode categories = root.putArray("categories");
        int index = 0;
        for (Area area : c.areas()) {
            for (Category category : area.categories()) {
                Optional<SourceLocation> source = index < sources.size() ? sources.get(index) : Optional.empty();
                categories.add(category(area, category, source));
                index++;
            }
        }
        if (!c.notApplicable().isEmpty()) {
            ArrayNode gaps = root.putArray("notApplicable");
            for (NotApplicable n : c.notApplicable()) {
                ObjectNode gap = gaps.addObject();
                n.area().ifPresent(v -> gap.put("area", v));
                n.code().ifPresent(v -> gap.put("code", v));
                gap.put("category", n.category());
                n.reason().ifPresent(v -> gap.put("reason", v));
            }
        }
        try {
            return Writing.MAPPER.writer(PRINTER).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serializes", e);
        }
    }

    private static ObjectNode category(Area area, Category c, Optional<SourceLocation> source) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("area", area.name());
        area.code().ifPresent(v -> node.put("areaCode", v));
        c.code().ifPresent(v -> node.put("code", v));
        node.put("name", c.name());
        if (!c.items().isEmpty()) {
            ArrayNode items = node.putArray("items");
            for (Item item : c.items()) {
                ObjectNode i = items.addObject();
                i.put("name", item.name());
                strings(i, "content", item.content(), ContentElement::printed);
            }
        }
        strings(node, "content", c.content(), ContentElement::printed);
        strings(node, "legalBasis", c.legalBasis(), LegalReference::text);
        c.deadline().ifPresent(d -> node.set("deadline", deadline(d)));
        c.owner().ifPresent(v -> node.put("owner", v));
        strings(node, "channels", c.channels(), Channel::label);
        strings(node, "audience", List.copyOf(c.audience()), Audience::label);
        strings(node, "mode", List.copyOf(c.mode()), DisclosureMode::label);
        strings(node, "levels", List.copyOf(c.levels()), AdministrativeLevel::label);
        writeProvenance(node, c.provenance());
        source.ifPresent(s -> {
            ObjectNode src = node.putObject("source");
            src.put("file", s.file());
            s.sheet().ifPresent(v -> src.put("sheet", v));
            s.row().ifPresent(v -> src.put("row", v));
            s.column().ifPresent(v -> src.put("column", v));
            s.pointer().ifPresent(v -> src.put("pointer", v));
        });
        return node;
    }

    private static <T> void strings(ObjectNode node, String name, List<T> values, Function<T, String> label) {
        if (!values.isEmpty()) {
            ArrayNode array = node.putArray(name);
            values.forEach(v -> array.add(label.apply(v)));
        }
    }

    private static ObjectNode deadline(Deadline d) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("text", d.text());
        if (d instanceof Deadline.Relative r) {
            node.put("kind", "relative");
            node.put("trigger", r.trigger().label());
            span(node, "within", r.within());
            r.extension().ifPresent(e -> span(node, "extension", e));
        } else if (d instanceof Deadline.Periodic p) {
            node.put("kind", "periodic");
            node.put("period", p.period().label());
            p.dueMonth().ifPresent(v -> node.put("dueMonth", v));
            p.dueDay().ifPresent(v -> node.put("dueDay", v));
        } else if (d instanceof Deadline.FixedDate fd) {
            node.put("kind", "fixedDate");
            node.put("date", fd.date().toString());
        } else if (d instanceof Deadline.RealTime) {
            node.put("kind", "realTime");
        } else if (d instanceof Deadline.Composite comp) {
            node.put("kind", "composite");
            ArrayNode parts = node.putArray("parts");
            comp.parts().forEach(p -> parts.add(deadline(p)));
        } else {
            node.put("kind", "unrecognized");
        }
        return node;
    }

    private static void span(ObjectNode node, String name, Span span) {
        ObjectNode s = node.putObject(name);
        s.put("amount", span.amount());
        s.put("unit", span.unit().label());
    }

    private static void writeProvenance(ObjectNode node, Provenance p) {
        if (p.equals(Provenance.none())) {
            return;
        }
        ObjectNode prov = node.putObject("provenance");
        if (!p.sources().isEmpty()) {
            ArrayNode sources = prov.putArray("sources");
            p.sources().forEach(sources::add);
        }
        p.confidence().ifPresent(v -> prov.put("confidence", v.key()));
        if (!p.inferred().isEmpty()) {
            ArrayNode inferred = prov.putArray("inferred");
            p.inferred().forEach(field -> inferred.add(field.jsonName()));
        }
        p.notes().ifPresent(v -> prov.put("notes", v));
    }

    // ---- reading ----------------------------------------------------------------------------------------

    /** A parser factory that enforces the limits; duplicate keys are refused as the tree is built. */
    private static JsonFactory factory(JsonLimits limits) {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth())
                        .maxStringLength(limits.maxStringLength())
                        .maxNameLength(limits.maxStringLength())
                        .build())
                .build();
    }

    /** Reads leniently within the default limits; see {@link ParsedCatalogue}. */
    public static ParsedCatalogue parse(String json, String file) {
        return parse(json, file, JsonLimits.defaults());
    }

    /** Reads leniently within {@code limits}; see {@link ParsedCatalogue}. */
    public static ParsedCatalogue parse(String json, String file, JsonLimits limits) {
        return parse(factory -> factory.createParser(json), file, limits);
    }

    /** Reads UTF-8 bytes leniently within {@code limits}; see {@link ParsedCatalogue}. */
    public static ParsedCatalogue parse(byte[] utf8, String file, JsonLimits limits) {
        return parse(factory -> factory.createParser(utf8), file, limits);
    }

    /** How a read opens its parser: over a string or over bytes. */
    private interface Source {
        JsonParser open(JsonFactory factory) throws java.io.IOException;
    }

    private static ParsedCatalogue parse(Source source, String file, JsonLimits limits) {
        JsonFactory factory = limits.equals(JsonLimits.defaults()) ? FACTORY
                : FACTORIES.computeIfAbsent(limits, JsonCodec::factory);
        Reader reader = new Reader(file);
        Object root;
        JsonParser parser = null;
        try {
            parser = source.open(factory);
            root = JsonTree.read(parser);
        } catch (StreamConstraintsException e) {
            // Jackson says which bound broke only in its message; the pointer is where the parser stopped.
            boolean depth = e.getMessage() != null && e.getMessage().contains("nesting depth");
            reader.problem(depth ? "json.limit.depth" : "json.limit.string", pointer(parser),
                    depth ? limits.maxDepth() : limits.maxStringLength());
            return reader.result(emptyCatalogue(file), List.of());
        } catch (JsonTree.DuplicateKey e) {
            reader.problem("json.key.duplicate", e.pointer(), e.where());
            return reader.result(emptyCatalogue(file), List.of());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "?" : at.getLineNr() + ":" + at.getColumnNr();
            reader.problem("json.syntax", "", where, e.getOriginalMessage() == null ? "" : e.getOriginalMessage());
            return reader.result(emptyCatalogue(file), List.of());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("reading a string", e);
        } finally {
            close(parser);
        }
        if (!(root instanceof Obj object)) {
            reader.problem("json.root.object", "");
            return reader.result(emptyCatalogue(file), List.of());
        }
        return reader.read(object);
    }

    /**
     * Closes a parser over memory. Closing is what hands the key names it met back to its factory's symbol table:
     * left open, every read met every key as new, and interned it again.
     */
    private static void close(JsonParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("closing a parser over memory", e);
            }
        }
    }

    /** The JSON pointer of the value the parser was reading; "" for the whole document. */
    private static String pointer(JsonParser parser) {
        return parser == null ? "" : JsonTree.pointer(parser);
    }

    private static Catalogue emptyCatalogue(String file) {
        return Catalogue.builder("unreadable", file).build();
    }

    /** One read: collects problems and goes on. */
    private static final class Reader {
        private final String file;
        private final List<Problem> problems = new ArrayList<>();

        Reader(String file) {
            this.file = file;
        }

        /** A JSON pointer made only when a problem needs it: reading would otherwise build one per array element. */
        record At(String parent, String field, int index) {
            @Override
            public String toString() {
                return parent + "/" + field + "/" + index;
            }
        }

        void problem(String id, At pointer, Object... args) {
            problem(id, pointer.toString(), args);
        }

        void problem(String id, String pointer, Object... args) {
            Object[] all = new Object[args.length + 1];
            all[0] = pointer.isEmpty() ? "/" : pointer;
            System.arraycopy(args, 0, all, 1, args.length);
            problems.add(MESSAGES.problem(id, SourceLocation.ofPointer(file, pointer.isEmpty() ? "" : pointer), all));
        }

        ParsedCatalogue result(Catalogue catalogue, List<SourceLocation> sources) {
            return new ParsedCatalogue(catalogue, sources, problems);
        }

        ParsedCatalogue read(Obj root) {
            unknownFields(root, "", TOP_FIELDS);
            String edition = requiredText(root, "", "edition").orElse("unnamed");
            String title = requiredText(root, "", "title").orElse("");
            Catalogue.Builder b = Catalogue.builder(edition, title)
                    .issuer(text(root, "", "issuer").orElse(null))
                    .documentNumber(text(root, "", "documentNumber").orElse(null))
                    .locality(text(root, "", "locality").orElse(null))
                    .parentEdition(text(root, "", "parent").orElse(null));
            text(root, "", "issuedOn").ifPresent(v -> {
                try {
                    b.issuedOn(LocalDate.parse(v));
                } catch (DateTimeParseException e) {
                    problem("json.date.invalid", "/issuedOn", v);
                }
            });
            text(root, "", "level").ifPresent(v -> {
                Optional<AdministrativeLevel> level = AdministrativeLevel.parse(v);
                if (level.isPresent()) {
                    b.level(level.get());
                } else {
                    problem("json.value.unknown", "/level", v);
                }
            });
            Object shape = root.get("declaredShape");
            if (shape != null) {
                if (shape instanceof Obj s && isCount(s.get("areas")) && isCount(s.get("categories"))) {
                    b.declaredShape(new DeclaredShape((Integer) s.get("areas"), (Integer) s.get("categories"),
                            text(s, "/declaredShape", "statedIn")));
                } else {
                    problem("json.type.expected", "/declaredShape", "{\"areas\": int, \"categories\": int}");
                }
            }
            b.provenance(provenance(root, ""));
            Map<String, AreaBuilder> areas = new LinkedHashMap<>();
            List<SourceLocation> sources = new ArrayList<>();
            Object categories = root.get("categories");
            if (categories == null) {
                problem("json.field.required", "", "categories");
            } else if (!(categories instanceof List<?> list)) {
                problem("json.type.expected", "/categories", "array");
            } else {
                for (int i = 0; i < list.size(); i++) {
                    String at = CategoryPointers.category(i);
                    if (!(list.get(i) instanceof Obj node)) {
                        problem("json.type.expected", at, "object");
                        continue;
                    }
                    Optional<String> areaName = requiredText(node, at, "area");
                    Optional<Category> category = category(node, at);
                    if (areaName.isEmpty() || category.isEmpty()) {
                        continue;
                    }
                    AreaBuilder area = areas.computeIfAbsent(areaName.get(),
                            n -> new AreaBuilder(n, text(node, at, "areaCode")));
                    area.categories.add(category.get());
                    area.sources.add(SourceLocation.ofPointer(file, at));
                }
            }
            List<Area> built = new ArrayList<>();
            for (AreaBuilder a : areas.values()) {
                built.add(new Area(a.code, a.name, a.categories));
                sources.addAll(a.sources);
            }
            b.areas(built);
            b.notApplicable(notApplicable(root));
            return result(b.build(), sources);
        }

        /** A non-negative int; DeclaredShape would reject a negative one, and the reader must not throw. */
        private static boolean isCount(Object n) {
            return n instanceof Integer i && i >= 0;
        }

        private Optional<Category> category(Obj node, String at) {
            unknownFields(node, at, CATEGORY_FIELDS);
            Optional<String> name = requiredText(node, at, "name");
            if (name.isEmpty()) {
                return Optional.empty();
            }
            Category.Builder c = Category.named(name.get()).code(text(node, at, "code").orElse(null));
            List<Item> items = new ArrayList<>();
            forEach(node, at, "items", (item, p) -> {
                if (!(item instanceof Obj object)) {
                    problem("json.type.expected", p, "object");
                    return;
                }
                String here = p.toString();
                requiredText(object, here, "name").ifPresent(n -> items.add(new Item(n, content(object, here))));
            });
            c.items(items);
            c.content(content(node, at));
            List<?> cited = array(node, at, "legalBasis");
            List<LegalReference> basis = new ArrayList<>();
            for (int i = 0; i < cited.size(); i++) {
                if (cited.get(i) instanceof String s) {
                    List<LegalReference> refs = LegalReference.parseAll(s);
                    if (refs.isEmpty()) {
                        problem("json.value.unknown", new At(at, "legalBasis", i), s);
                    }
                    basis.addAll(refs);
                } else {
                    problem("json.type.expected", new At(at, "legalBasis", i), "string");
                }
            }
            c.legalBasis(basis);
            Object deadline = node.get("deadline");
            if (deadline != null) {
                if (deadline instanceof String text) {
                    c.deadline(text);
                } else if (deadline instanceof Obj object && object.get("text") instanceof String text) {
                    c.deadline(text);
                } else {
                    problem("json.type.expected", at + "/deadline", "string | {\"text\": string}");
                }
            }
            c.owner(text(node, at, "owner").orElse(null));
            List<?> stated = array(node, at, "channels");
            List<Channel> channels = new ArrayList<>(stated.size());
            for (int i = 0; i < stated.size(); i++) {
                if (stated.get(i) instanceof String s) {
                    try {
                        channels.add(Channel.parse(s));
                    } catch (IllegalArgumentException blank) {
                        problem("json.value.blank", new At(at, "channels", i));
                    }
                } else {
                    problem("json.type.expected", new At(at, "channels", i), "string");
                }
            }
            c.channels(channels);
            c.audience(labels(node, at, "audience", Audience::fromLabel));
            c.mode(labels(node, at, "mode", DisclosureMode::fromLabel));
            c.levels(labels(node, at, "levels", AdministrativeLevel::parse));
            c.provenance(provenance(node, at));
            return Optional.of(c.build());
        }

        private List<ContentElement> content(Obj node, String at) {
            List<?> stated = array(node, at, "content");
            List<ContentElement> content = new ArrayList<>(stated.size());
            for (int i = 0; i < stated.size(); i++) {
                if (!(stated.get(i) instanceof String s)) {
                    problem("json.type.expected", new At(at, "content", i), "string");
                } else if (Text.isBlank(s)) {
                    // Text.isBlank, not String.isBlank: a no-break space folds to nothing and would make no element.
                    problem("json.value.blank", new At(at, "content", i));
                } else {
                    content.add(ContentElement.parse(s));
                }
            }
            return content;
        }

        private <E> List<E> labels(Obj node, String at, String field, Function<String, Optional<E>> parse) {
            List<?> stated = array(node, at, field);
            List<E> out = new ArrayList<>(stated.size());
            for (int i = 0; i < stated.size(); i++) {
                if (!(stated.get(i) instanceof String s)) {
                    problem("json.type.expected", new At(at, field, i), "string");
                    continue;
                }
                Optional<E> value = parse.apply(s);
                if (value.isPresent()) {
                    out.add(value.get());
                } else {
                    problem("json.value.unknown", new At(at, field, i), s);
                }
            }
            return out;
        }

        private Provenance provenance(Obj node, String at) {
            Object value = node.get("provenance");
            if (value == null) {
                return Provenance.none();
            }
            String here = at + "/provenance";
            if (!(value instanceof Obj p)) {
                problem("json.type.expected", here, "object");
                return Provenance.none();
            }
            List<String> sources = new ArrayList<>();
            forEachText(p, here, "sources", (s, ptr) -> sources.add(s));
            Optional<Confidence> confidence = text(p, here, "confidence").flatMap(v -> {
                Optional<Confidence> c = Confidence.fromKey(v);
                if (c.isEmpty()) {
                    problem("json.value.unknown", here + "/confidence", v);
                }
                return c;
            });
            Set<CategoryField> inferred = EnumSet.noneOf(CategoryField.class);
            forEachText(p, here, "inferred", (s, ptr) -> {
                Optional<CategoryField> f = CategoryField.fromJsonName(s);
                if (f.isPresent()) {
                    inferred.add(f.get());
                } else {
                    problem("json.value.unknown", ptr, s);
                }
            });
            return new Provenance(sources, confidence, inferred, text(p, here, "notes"));
        }

        private List<NotApplicable> notApplicable(Obj root) {
            List<NotApplicable> out = new ArrayList<>();
            forEach(root, "", "notApplicable", (n, p) -> {
                if (!(n instanceof Obj gap)) {
                    problem("json.type.expected", p, "object");
                    return;
                }
                String here = p.toString();
                requiredText(gap, here, "category").ifPresent(name -> out.add(new NotApplicable(name,
                        text(gap, here, "code"), text(gap, here, "area"), text(gap, here, "reason")
                                .filter(r -> !r.isBlank()))));
            });
            return out;
        }

        // ---- small typed accessors, each reporting a located problem ----

        private Optional<String> text(Obj node, String at, String field) {
            Object v = node.get(field);
            if (v == null || v == JsonTree.Scalar.NULL) {
                return Optional.empty();
            }
            if (!(v instanceof String s)) {
                problem("json.type.expected", at + "/" + field, "string");
                return Optional.empty();
            }
            return Optional.of(s);
        }

        private Optional<String> requiredText(Obj node, String at, String field) {
            Object v = node.get(field);
            if (v == null || v == JsonTree.Scalar.NULL) {
                problem("json.field.required", at, field);
                return Optional.empty();
            }
            if (!(v instanceof String s)) {
                problem("json.type.expected", at + "/" + field, "string");
                return Optional.empty();
            }
            if (Text.isBlank(s)) {
                problem("json.value.blank", at + "/" + field);
                return Optional.empty();
            }
            return Optional.of(s);
        }

        /** The array {@code field} holds; empty when it is absent or null, or (reported) not an array. */
        private List<?> array(Obj node, String at, String field) {
            Object v = node.get(field);
            if (v == null || v == JsonTree.Scalar.NULL) {
                return List.of();
            }
            if (!(v instanceof List<?> list)) {
                problem("json.type.expected", at + "/" + field, "array");
                return List.of();
            }
            return list;
        }

        private void forEach(Obj node, String at, String field, BiConsumer<Object, At> f) {
            List<?> list = array(node, at, field);
            for (int i = 0; i < list.size(); i++) {
                f.accept(list.get(i), new At(at, field, i));
            }
        }

        private void forEachText(Obj node, String at, String field, BiConsumer<String, At> f) {
            forEach(node, at, field, (element, p) -> {
                if (element instanceof String s) {
                    f.accept(s, p);
                } else {
                    problem("json.type.expected", p, "string");
                }
            });
        }

        private void unknownFields(Obj node, String at, Set<String> known) {
            for (int i = 0; i < node.size(); i++) {
                String name = node.name(i);
                if (!known.contains(name)) {
                    problem("json.field.unknown", at + "/" + name, name);
                }
            }
        }
    }

    private static final class AreaBuilder {
        final String name;
        final Optional<String> code;
        final List<Category> categories = new ArrayList<>();
        final List<SourceLocation> sources = new ArrayList<>();

        AreaBuilder(String name, Optional<String> code) {
            this.name = name;
            this.code = code;
        }
    }

}
