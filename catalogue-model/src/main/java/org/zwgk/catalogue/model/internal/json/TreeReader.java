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
import java.util.function.BiConsumer;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.JsonProcessingException;

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
import org.zwgk.catalogue.model.internal.JsonTree;
import org.zwgk.catalogue.model.internal.JsonTree.Obj;
import org.zwgk.catalogue.model.internal.Messages;
import org.zwgk.catalogue.model.internal.ParsedTexts;
import org.zwgk.catalogue.model.internal.Text;
import org.zwgk.catalogue.model.json.JsonLimits;
import org.zwgk.catalogue.model.json.ParsedCatalogue;

/**
 * One read of the canonical form from its JSON tree: each field checked against the schema, a located problem where
 * it is not what the schema says, and the rest still read.
 */
final class TreeReader {
    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    TreeReader(String file) {
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
        SourceLocation at = SourceLocation.ofPointer(file, pointer.isEmpty() ? "" : pointer);
        problems.add(CanonicalReader.MESSAGES.problem(id, at, all));
    }

    ParsedCatalogue result(Catalogue catalogue, List<SourceLocation> sources) {
        return new ParsedCatalogue(catalogue, sources, problems);
    }

    ParsedCatalogue read(Obj root) {
        unknownFields(root, "", CanonicalReader.TOP_FIELDS);
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
                String at = "/categories/" + i;
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
        unknownFields(node, at, CanonicalReader.CATEGORY_FIELDS);
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
                List<LegalReference> refs = ParsedTexts.citations(s);
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
                c.deadline(ParsedTexts.deadline(text));
            } else if (deadline instanceof Obj object && object.get("text") instanceof String text) {
                c.deadline(ParsedTexts.deadline(text));
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
                    channels.add(ParsedTexts.channel(s));
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
                content.add(ParsedTexts.contentElement(s));
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
        for (String name : node.fields().keySet()) {
            if (!known.contains(name)) {
                problem("json.field.unknown", at + "/" + name, name);
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
