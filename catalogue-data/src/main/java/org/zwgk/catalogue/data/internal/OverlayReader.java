package org.zwgk.catalogue.data.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;

import org.zwgk.catalogue.model.Problem;
import org.zwgk.catalogue.model.SourceLocation;
import org.zwgk.catalogue.model.internal.JsonTree;
import org.zwgk.catalogue.model.internal.JsonTree.Obj;

/**
 * Reads a registry overlay and checks it against {@code legal-registry-overlay.schema.json}: the same fields, types
 * and patterns, each problem located by JSON pointer. The schema is the published contract and
 * {@code RegistryOverlaySchemaTest} holds this reader to it; the checks are written out here (a table of fields and
 * their kinds) so that the library needs no schema engine and every message has a stable id in both languages.
 */
public final class OverlayReader {

    /** The largest overlay read, in bytes: the whole bundled registry is about 100 KB. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Set<String> CONFIDENCE = Set.of("high", "medium", "low");

    /** What a field holds; the names follow the schema's {@code $defs}. */
    private enum Kind {
        TEXT, TEXT_OR_NULL, DATE_OR_NULL, ID, ID_OR_NULL, CONFIDENCE, CONFIDENCE_OR_NULL, BOOLEAN, BOOLEAN_OR_TEXT,
        INTEGER_OR_NULL,
        TEXTS, IDS, SOURCES, VERSIONS, PROVISIONS, ALIAS_NOTES
    }

    private static final Set<String> TOP = Set.of("$schema", "version", "about", "instruments");

    private static final Map<String, Kind> INSTRUMENT = Map.ofEntries(Map.entry("id", Kind.ID),
            Map.entry("title", Kind.TEXT), Map.entry("aliases", Kind.TEXTS), Map.entry("kind", Kind.TEXT),
            Map.entry("issuer", Kind.TEXT_OR_NULL), Map.entry("issuerNote", Kind.TEXT_OR_NULL),
            Map.entry("docNumber", Kind.TEXT_OR_NULL), Map.entry("versions", Kind.VERSIONS),
            Map.entry("status", Kind.TEXT_OR_NULL), Map.entry("statusNote", Kind.TEXT_OR_NULL),
            Map.entry("repealedOn", Kind.DATE_OR_NULL), Map.entry("repealConfidence", Kind.CONFIDENCE_OR_NULL),
            Map.entry("successorId", Kind.ID_OR_NULL), Map.entry("repeals", Kind.IDS),
            Map.entry("repealedBy", Kind.ID_OR_NULL), Map.entry("sources", Kind.SOURCES),
            Map.entry("confidence", Kind.CONFIDENCE), Map.entry("notes", Kind.TEXT_OR_NULL),
            Map.entry("keyProvisions", Kind.PROVISIONS), Map.entry("aliasNotes", Kind.ALIAS_NOTES),
            Map.entry("bareTitleAmbiguous", Kind.BOOLEAN), Map.entry("bareTitleAmbiguousSource", Kind.TEXT_OR_NULL));

    private static final Map<String, Kind> VERSION = Map.of("label", Kind.TEXT, "promulgated", Kind.DATE_OR_NULL,
            "effective", Kind.DATE_OR_NULL, "docNumber", Kind.TEXT_OR_NULL, "adopted", Kind.TEXT_OR_NULL,
            "via", Kind.TEXT_OR_NULL, "publiclyReleased", Kind.TEXT_OR_NULL, "articles", Kind.INTEGER_OR_NULL,
            "docNumberNote", Kind.TEXT_OR_NULL);

    private static final Map<String, Kind> PROVISION = Map.of("version", Kind.TEXT, "article", Kind.TEXT_OR_NULL,
            "text", Kind.TEXT, "verified", Kind.BOOLEAN_OR_TEXT);

    private static final Map<String, Kind> SOURCE = Map.of("url", Kind.TEXT, "verifies", Kind.TEXT, "kind",
            Kind.TEXT);

    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    private OverlayReader(String file) {
        this.file = file;
    }

    /**
     * What an overlay file holds once it has passed every check.
     *
     * @param version the overlay's own version
     * @param about   what it changes, "" where it does not say
     * @param entries its instruments, in the registry file's form
     */
    public record Overlay(String version, String about, List<Map<String, Object>> entries) {
        public Overlay {
            entries = List.copyOf(entries);
        }
    }

    /**
     * Reads {@code json}; on any problem returns the problems (each located, in document order) and no overlay.
     *
     * @param file the file's name as shown in problems
     */
    public static Result read(String file, byte[] json) {
        OverlayReader reader = new OverlayReader(file);
        if (json.length > MAX_BYTES) {
            reader.problems.add(DataMessages.problem("registry.overlay.too-large", SourceLocation.ofFile(file),
                    json.length, MAX_BYTES));
            return new Result(null, reader.problems);
        }
        Object root;
        try (JsonParser parser = FACTORY.createParser(json)) {
            root = JsonTree.read(parser);
            if (root != null && parser.nextToken() != null) {
                throw new com.fasterxml.jackson.core.JsonParseException(parser, "more than one JSON value");
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            reader.problems.add(DataMessages.problem("registry.overlay.syntax", SourceLocation.ofFile(file),
                    at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), e.getOriginalMessage()));
            return new Result(null, reader.problems);
        } catch (IOException e) {
            reader.problems.add(DataMessages.problem("registry.overlay.syntax", SourceLocation.ofFile(file), 0, 0,
                    String.valueOf(e.getMessage())));
            return new Result(null, reader.problems);
        }
        Overlay overlay = reader.overlay(root);
        return new Result(reader.problems.isEmpty() ? overlay : null, reader.problems);
    }

    /**
     * The outcome of a read.
     *
     * @param overlay  the overlay, {@code null} when there are problems
     * @param problems the problems, empty when the overlay was read
     */
    public record Result(Overlay overlay, List<Problem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    private Overlay overlay(Object root) {
        if (!(root instanceof Obj top)) {
            problem("", "registry.overlay.not-object");
            return null;
        }
        unknownFields(top, TOP, "");
        String version = top.get("version") instanceof String v ? v.strip() : "";
        if (top.get("version") == null) {
            problem("/version", "registry.overlay.field.missing", "version");
        } else if (version.isEmpty() || version.length() > 100) {
            problem("/version", "registry.overlay.version.invalid");
        }
        if (top.get("about") != null) {
            check(top.get("about"), Kind.TEXT_OR_NULL, "/about");
        }
        List<Map<String, Object>> entries = new ArrayList<>();
        Object instruments = top.get("instruments");
        if (instruments == null) {
            problem("/instruments", "registry.overlay.field.missing", "instruments");
        } else if (!(instruments instanceof List<?> list) || list.isEmpty()) {
            problem("/instruments", "registry.overlay.instruments.empty");
        } else {
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < list.size(); i++) {
                String at = "/instruments/" + i;
                if (!(list.get(i) instanceof Obj entry)) {
                    problem(at, "registry.overlay.type.object");
                    continue;
                }
                object(entry, INSTRUMENT, at);
                if (entry.get("id") == null) {
                    problem(at, "registry.overlay.field.missing", "id");
                } else if (entry.get("id") instanceof String id && !ids.add(id)) {
                    problem(at + "/id", "registry.overlay.id.duplicate", id);
                }
                if (entry.get("sources") == null) {
                    problem(at, "registry.overlay.sources.missing");
                }
                entries.add(entry.fields());
            }
        }
        String about = top.get("about") instanceof String a ? a : "";
        return new Overlay(version, about, entries);
    }

    private void object(Obj node, Map<String, Kind> fields, String at) {
        unknownFields(node, fields.keySet(), at);
        node.fields().forEach((name, value) -> {
            Kind kind = fields.get(name);
            if (kind != null) {
                check(value, kind, at + "/" + escape(name));
            }
        });
    }

    private void unknownFields(Obj node, Set<String> fields, String at) {
        for (String name : node.fields().keySet()) {
            if (!fields.contains(name)) {
                problem(at + "/" + escape(name), "registry.overlay.field.unknown", name);
            }
        }
    }

    private void required(Obj node, Map<String, Kind> fields, String at, String... names) {
        object(node, fields, at);
        for (String name : names) {
            if (node.get(name) == null) {
                problem(at, "registry.overlay.field.missing", name);
            }
        }
    }

    private void check(Object value, Kind kind, String at) {
        boolean isNull = value == JsonTree.Scalar.NULL;
        switch (kind) {
            case TEXT -> text(value, at);
            case TEXT_OR_NULL -> {
                if (!isNull && !(value instanceof String)) {
                    problem(at, "registry.overlay.type.text");
                }
            }
            case DATE_OR_NULL -> {
                if (!isNull) {
                    date(value, at);
                }
            }
            case ID -> id(value, at);
            case ID_OR_NULL -> {
                if (!isNull) {
                    id(value, at);
                }
            }
            case CONFIDENCE -> confidence(value, at);
            case CONFIDENCE_OR_NULL -> {
                if (!isNull) {
                    confidence(value, at);
                }
            }
            case BOOLEAN -> {
                if (!(value instanceof Boolean)) {
                    problem(at, "registry.overlay.type.boolean");
                }
            }
            case BOOLEAN_OR_TEXT -> {
                if (!(value instanceof Boolean) && !(value instanceof String s && !s.isEmpty())) {
                    problem(at, "registry.overlay.type.verified");
                }
            }
            case INTEGER_OR_NULL -> {
                if (!isNull && !(value instanceof Integer)) {
                    problem(at, "registry.overlay.type.integer");
                }
            }
            case TEXTS -> each(value, at, (v, p) -> text(v, p));
            case IDS -> each(value, at, (v, p) -> id(v, p));
            case SOURCES -> {
                if (value instanceof List<?> list && list.isEmpty()) {
                    problem(at, "registry.overlay.sources.missing");
                }
                each(value, at, (v, p) -> objectOf(v, p, SOURCE, "url", "verifies", "kind"));
            }
            case VERSIONS -> each(value, at, (v, p) -> objectOf(v, p, VERSION, "label"));
            case PROVISIONS -> each(value, at, (v, p) -> objectOf(v, p, PROVISION, "version", "text", "verified"));
            case ALIAS_NOTES -> {
                if (value instanceof Obj notes) {
                    notes.fields().forEach((name, note) -> text(note, at + "/" + escape(name)));
                } else {
                    problem(at, "registry.overlay.type.object");
                }
            }
            default -> throw new IllegalStateException(kind.name());
        }
    }

    private void objectOf(Object value, String at, Map<String, Kind> fields, String... requiredNames) {
        if (value instanceof Obj node) {
            required(node, fields, at, requiredNames);
        } else {
            problem(at, "registry.overlay.type.object");
        }
    }

    private void each(Object value, String at, java.util.function.BiConsumer<Object, String> item) {
        if (!(value instanceof List<?> list)) {
            problem(at, "registry.overlay.type.array");
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            item.accept(list.get(i), at + "/" + i);
        }
    }

    private void text(Object value, String at) {
        if (!(value instanceof String s) || s.isEmpty()) {
            problem(at, "registry.overlay.type.text");
        }
    }

    private void date(Object value, String at) {
        if (!(value instanceof String s) || !DATE.matcher(s).matches() || !isDate(s)) {
            problem(at, "registry.overlay.type.date", String.valueOf(value instanceof String ? value : ""));
        }
    }

    private static boolean isDate(String s) {
        try {
            LocalDate.parse(s);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private void id(Object value, String at) {
        if (!(value instanceof String s) || !ID.matcher(s).matches() || s.length() > 100) {
            problem(at, "registry.overlay.type.id");
        }
    }

    private void confidence(Object value, String at) {
        if (!(value instanceof String s) || !CONFIDENCE.contains(s)) {
            problem(at, "registry.overlay.type.confidence");
        }
    }

    private void problem(String pointer, String id, Object... args) {
        problems.add(DataMessages.problem(id, SourceLocation.ofPointer(file, pointer), args));
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
