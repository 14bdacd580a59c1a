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
import org.zwgk.catalogue.model.internal.Text;
import org.zwgk.catalogue.model.json.JsonLimits;
import org.zwgk.catalogue.model.json.ParsedCatalogue;

/**
 * Reads the canonical JSON form leniently: the document as plain values ({@link JsonTree}), then each field with a
 * located problem where it is not what the schema says, and the rest still read.
 */
public final class CanonicalReader {

    static final Messages MESSAGES = Messages.of("org.zwgk.catalogue.model.json.messages", CanonicalReader.class);
    private static final JsonFactory FACTORY = factory(JsonLimits.defaults());
    static final Set<String> TOP_FIELDS = Set.of("$schema", "edition", "title", "issuer", "documentNumber",
            "issuedOn", "level", "locality", "parent", "declaredShape", "provenance", "categories", "notApplicable");
    static final Set<String> CATEGORY_FIELDS = Set.of("area", "areaCode", "code", "name", "items", "content",
            "legalBasis", "deadline", "owner", "channels", "audience", "mode", "levels", "provenance", "source");

    private CanonicalReader() {
    }

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
        JsonFactory factory = limits.equals(JsonLimits.defaults()) ? FACTORY : factory(limits);
        TreeReader reader = new TreeReader(file);
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
}
