package org.zwgk.catalogue.model.internal.json;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.zwgk.catalogue.model.AdministrativeLevel;
import org.zwgk.catalogue.model.Area;
import org.zwgk.catalogue.model.Audience;
import org.zwgk.catalogue.model.Catalogue;
import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.CategoryField;
import org.zwgk.catalogue.model.Channel;
import org.zwgk.catalogue.model.Confidence;
import org.zwgk.catalogue.model.ContentElement;
import org.zwgk.catalogue.model.DeclaredShape;
import org.zwgk.catalogue.model.DisclosureMode;
import org.zwgk.catalogue.model.Item;
import org.zwgk.catalogue.model.LegalReference;
import org.zwgk.catalogue.model.NotApplicable;
import org.zwgk.catalogue.model.Problem;
import org.zwgk.catalogue.model.Provenance;
import org.zwgk.catalogue.model.SourceLocation;
import org.zwgk.catalogue.model.internal.Messages;
import org.zwgk.catalogue.model.internal.Text;
import org.zwgk.catalogue.model.json.JsonLimits;
import org.zwgk.catalogue.model.json.ParsedCatalogue;

/** Reads and writes the canonical JSON form with Jackson's tree model. */
/**
 * The reader as it was before {@link org.zwgk.catalogue.model.internal.JsonTree} (commit 7f1ce17): Jackson databind's
 * tree, then the same lenient reading. Kept as the oracle of {@code JsonTreeReadingTest}, which holds the token-stream
 * reader to it on every bundled and test file and on thousands of mutations of them. It is a copy on purpose, frozen
 * at the reader it replaced: a deliberate change to what the canonical form reads (a new field, another problem)
 * is made here too, or retires this oracle, with {@code CatalogueJsonTest} still stating the behaviour.
 */
final class DatabindReaderOracle {

    private static final Messages MESSAGES = Messages.of("org.zwgk.catalogue.model.json.messages", JsonCodec.class);
    private static final ObjectMapper MAPPER = mapper(JsonLimits.defaults());
    private static final Map<JsonLimits, ObjectMapper> MAPPERS = new ConcurrentHashMap<>();
    private static final Set<String> TOP_FIELDS = Set.of("$schema", "edition", "title", "issuer", "documentNumber",
            "issuedOn", "level", "locality", "parent", "declaredShape", "provenance", "categories", "notApplicable");
    private static final Set<String> CATEGORY_FIELDS = Set.of("area", "areaCode", "code", "name", "items", "content",
            "legalBasis", "deadline", "owner", "channels", "audience", "mode", "levels", "provenance", "source");

    private DatabindReaderOracle() {
    }

    // ---- reading ----------------------------------------------------------------------------------------

    /** A mapper that enforces the limits and rejects duplicate keys. */
    private static ObjectMapper mapper(JsonLimits limits) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth())
                        .maxStringLength(limits.maxStringLength())
                        .maxNameLength(limits.maxStringLength())
                        .build())
                .build();
        // Duplicate keys are caught as the tree is built (the node already holds the key), not by the parser's
        // per-object set of names, which cost a tenth of reading a catalogue.
        return JsonMapper.builder(factory).enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY).build();
    }

    /** Reads leniently within the default limits; see {@link ParsedCatalogue}. */
    public static ParsedCatalogue parse(String json, String file) {
        return parse(json, file, JsonLimits.defaults());
    }

    /** Reads leniently within {@code limits}; see {@link ParsedCatalogue}. */
    public static ParsedCatalogue parse(String json, String file, JsonLimits limits) {
        return parse(mapper -> mapper.createParser(json), file, limits);
    }

    /** Reads UTF-8 bytes leniently within {@code limits}; see {@link ParsedCatalogue}. */
    public static ParsedCatalogue parse(byte[] utf8, String file, JsonLimits limits) {
        return parse(mapper -> mapper.createParser(utf8), file, limits);
    }

    /** How a read opens its parser: over a string or over bytes. */
    private interface Source {
        JsonParser open(ObjectMapper mapper) throws java.io.IOException;
    }

    private static ParsedCatalogue parse(Source source, String file, JsonLimits limits) {
        ObjectMapper mapper = limits.equals(JsonLimits.defaults()) ? MAPPER
                : MAPPERS.computeIfAbsent(limits, DatabindReaderOracle::mapper);
        Reader reader = new Reader(file);
        JsonNode root;
        JsonParser parser = null;
        try {
            parser = source.open(mapper);
            root = mapper.readTree(parser);
        } catch (StreamConstraintsException e) {
            // Jackson says which bound broke only in its message; the pointer is where the parser stopped.
            boolean depth = e.getMessage() != null && e.getMessage().contains("nesting depth");
            reader.problem(depth ? "json.limit.depth" : "json.limit.string", pointer(parser),
                    depth ? limits.maxDepth() : limits.maxStringLength());
            return reader.result(emptyCatalogue(file), List.of());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "?" : at.getLineNr() + ":" + at.getColumnNr();
            String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
            if (message.startsWith("Duplicate field")) {
                reader.problem("json.key.duplicate", pointer(parser), where);
            } else {
                reader.problem("json.syntax", "", where, message);
            }
            return reader.result(emptyCatalogue(file), List.of());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("reading a string", e);
        }
        if (root == null || !root.isObject()) {
            reader.problem("json.root.object", "");
            return reader.result(emptyCatalogue(file), List.of());
        }
        return reader.read(root);
    }

    /** The JSON pointer of the value the parser was reading; "" for the whole document. */
    private static String pointer(JsonParser parser) {
        if (parser == null) {
            return "";
        }
        String p = parser.getParsingContext().pathAsPointer().toString();
        return p.equals("/") ? "" : p;
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

        ParsedCatalogue read(JsonNode root) {
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
            JsonNode shape = root.get("declaredShape");
            if (shape != null) {
                if (shape.isObject() && isCount(shape.path("areas")) && isCount(shape.path("categories"))) {
                    b.declaredShape(new DeclaredShape(shape.get("areas").intValue(), shape.get("categories").intValue(),
                            text(shape, "/declaredShape", "statedIn")));
                } else {
                    problem("json.type.expected", "/declaredShape", "{\"areas\": int, \"categories\": int}");
                }
            }
            b.provenance(provenance(root, ""));
            Map<String, AreaBuilder> areas = new LinkedHashMap<>();
            List<SourceLocation> sources = new ArrayList<>();
            JsonNode categories = root.get("categories");
            if (categories == null) {
                problem("json.field.required", "", "categories");
            } else if (!categories.isArray()) {
                problem("json.type.expected", "/categories", "array");
            } else {
                for (int i = 0; i < categories.size(); i++) {
                    String at = "/categories/" + i;
                    JsonNode node = categories.get(i);
                    if (!node.isObject()) {
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
        private static boolean isCount(JsonNode n) {
            return n.isIntegralNumber() && n.canConvertToInt() && n.intValue() >= 0;
        }

        private Optional<Category> category(JsonNode node, String at) {
            unknownFields(node, at, CATEGORY_FIELDS);
            Optional<String> name = requiredText(node, at, "name");
            if (name.isEmpty()) {
                return Optional.empty();
            }
            Category.Builder c = Category.named(name.get()).code(text(node, at, "code").orElse(null));
            List<Item> items = new ArrayList<>();
            forEach(node, at, "items", (item, p) -> {
                if (!item.isObject()) {
                    problem("json.type.expected", p, "object");
                    return;
                }
                String here = p.toString();
                requiredText(item, here, "name").ifPresent(n -> items.add(new Item(n, content(item, here))));
            });
            c.items(items);
            c.content(content(node, at));
            List<LegalReference> basis = new ArrayList<>();
            forEachText(node, at, "legalBasis", (s, p) -> {
                List<LegalReference> refs = LegalReference.parseAll(s);
                if (refs.isEmpty()) {
                    problem("json.value.unknown", p, s);
                }
                basis.addAll(refs);
            });
            c.legalBasis(basis);
            JsonNode deadline = node.get("deadline");
            if (deadline != null) {
                if (deadline.isTextual()) {
                    c.deadline(deadline.textValue());
                } else if (deadline.isObject() && deadline.path("text").isTextual()) {
                    c.deadline(deadline.get("text").textValue());
                } else {
                    problem("json.type.expected", at + "/deadline", "string | {\"text\": string}");
                }
            }
            c.owner(text(node, at, "owner").orElse(null));
            List<Channel> channels = new ArrayList<>();
            forEachText(node, at, "channels", (s, p) -> {
                try {
                    channels.add(Channel.parse(s));
                } catch (IllegalArgumentException blank) {
                    problem("json.value.blank", p);
                }
            });
            c.channels(channels);
            c.audience(labels(node, at, "audience", Audience::fromLabel));
            c.mode(labels(node, at, "mode", DisclosureMode::fromLabel));
            c.levels(labels(node, at, "levels", AdministrativeLevel::parse));
            c.provenance(provenance(node, at));
            return Optional.of(c.build());
        }

        private List<ContentElement> content(JsonNode node, String at) {
            List<ContentElement> content = new ArrayList<>();
            forEachText(node, at, "content", (s, p) -> {
                // Text.isBlank, not String.isBlank: a no-break space folds to nothing and would make no element.
                if (Text.isBlank(s)) {
                    problem("json.value.blank", p);
                } else {
                    content.add(ContentElement.parse(s));
                }
            });
            return content;
        }

        private <E> List<E> labels(JsonNode node, String at, String field, Function<String, Optional<E>> parse) {
            List<E> out = new ArrayList<>();
            forEachText(node, at, field, (s, p) -> {
                Optional<E> value = parse.apply(s);
                if (value.isPresent()) {
                    out.add(value.get());
                } else {
                    problem("json.value.unknown", p, s);
                }
            });
            return out;
        }

        private Provenance provenance(JsonNode node, String at) {
            JsonNode p = node.get("provenance");
            if (p == null) {
                return Provenance.none();
            }
            String here = at + "/provenance";
            if (!p.isObject()) {
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

        private List<NotApplicable> notApplicable(JsonNode root) {
            List<NotApplicable> out = new ArrayList<>();
            forEach(root, "", "notApplicable", (n, p) -> {
                if (!n.isObject()) {
                    problem("json.type.expected", p, "object");
                    return;
                }
                String here = p.toString();
                requiredText(n, here, "category").ifPresent(name -> out.add(new NotApplicable(name,
                        text(n, here, "code"), text(n, here, "area"), text(n, here, "reason")
                                .filter(r -> !r.isBlank()))));
            });
            return out;
        }

        // ---- small typed accessors, each reporting a located problem ----

        private Optional<String> text(JsonNode node, String at, String field) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                return Optional.empty();
            }
            if (!v.isTextual()) {
                problem("json.type.expected", at + "/" + field, "string");
                return Optional.empty();
            }
            return Optional.of(v.textValue());
        }

        private Optional<String> requiredText(JsonNode node, String at, String field) {
            if (node.get(field) == null || node.get(field).isNull()) {
                problem("json.field.required", at, field);
                return Optional.empty();
            }
            Optional<String> v = text(node, at, field);
            if (v.isPresent() && Text.isBlank(v.get())) {
                problem("json.value.blank", at + "/" + field);
                return Optional.empty();
            }
            return v;
        }

        private void forEach(JsonNode node, String at, String field, java.util.function.BiConsumer<JsonNode, At> f) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                return;
            }
            if (!v.isArray()) {
                problem("json.type.expected", at + "/" + field, "array");
                return;
            }
            for (int i = 0; i < v.size(); i++) {
                f.accept(v.get(i), new At(at, field, i));
            }
        }

        private void forEachText(JsonNode node, String at, String field, java.util.function.BiConsumer<String, At> f) {
            forEach(node, at, field, (element, p) -> {
                if (element.isTextual()) {
                    f.accept(element.textValue(), p);
                } else {
                    problem("json.type.expected", p, "string");
                }
            });
        }

        private void unknownFields(JsonNode node, String at, Set<String> known) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
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
