package org.zwgk.catalogue.model.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

/**
 * A JSON document as plain values, built straight from Jackson's token stream: an object is an {@link Obj}, an array
 * a {@code List<Object>}, a string a {@code String}, a number that fits an {@code int} an {@code Integer}, any other
 * number {@link Scalar#OTHER_NUMBER}, {@code true}/{@code false} a {@code Boolean}, {@code null} {@link Scalar#NULL}.
 *
 * <p>The readers ask a catalogue's JSON only for strings, small counts and the shape around them. Jackson's own tree
 * (databind's {@code ObjectNode}, a {@code LinkedHashMap} and a node object per value, built through its
 * deserialization machinery) cost as much as parsing the file, and on a cold start loaded 400 classes before the
 * first value was read. Building is iterative, so the depth a caller's limits allow never overflows the
 * stack; a key repeated in one object is refused as Jackson's {@code FAIL_ON_READING_DUP_TREE_KEY} refused it, at
 * the same token.
 */
public final class JsonTree {

    /** The values that carry nothing the readers use beyond their kind. */
    public enum Scalar {
        /** JSON {@code null}. */
        NULL,
        /** A number with a fraction or exponent, or an integer beyond {@code int}. */
        OTHER_NUMBER
    }

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonTree() {
    }

    /** Reads the one document of a bundled resource within Jackson's default constraints; closes {@code in}. */
    public static Object read(InputStream in) throws IOException {
        try (JsonParser parser = FACTORY.createParser(in)) {
            return read(parser);
        }
    }

    /**
     * Reads the next value of {@code parser}, whole; {@code null} when the input holds no value at all.
     *
     * @throws DuplicateKey            when an object names a key twice
     * @throws JsonProcessingException when the input is not JSON or breaks the parser's constraints
     */
    public static Object read(JsonParser parser) throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            return null;
        }
        if (!token.isStructStart()) {
            return scalar(parser, token);
        }
        Object root = container(token);
        Deque<Object> open = new ArrayDeque<>();
        Object current = root;
        while (current != null) {
            Object value;
            JsonToken next;
            if (current instanceof Obj object) {
                String name = parser.nextFieldName();
                if (name == null) {
                    current = open.poll();
                    continue;
                }
                next = nextValue(parser);
                value = next.isStructStart() ? container(next) : scalar(parser, next);
                if (!object.put(name, value)) {
                    throw new DuplicateKey(parser, name);
                }
            } else {
                next = nextValue(parser);
                if (next == JsonToken.END_ARRAY) {
                    current = open.poll();
                    continue;
                }
                value = next.isStructStart() ? container(next) : scalar(parser, next);
                @SuppressWarnings("unchecked")
                List<Object> array = (List<Object>) current;
                array.add(value);
            }
            if (next.isStructStart()) {
                open.push(current);
                current = value;
            }
        }
        return root;
    }

    private static JsonToken nextValue(JsonParser parser) throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            // Jackson reports an unclosed object or array itself; this only guards against a parser that does not.
            throw new JsonParseException(parser, "Unexpected end-of-input");
        }
        return token;
    }

    private static Object container(JsonToken start) {
        return start == JsonToken.START_OBJECT ? new Obj() : new ArrayList<>();
    }

    private static Object scalar(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case VALUE_STRING:
                return parser.getText();
            case VALUE_NUMBER_INT:
                return parser.getNumberType() == JsonParser.NumberType.INT ? Integer.valueOf(parser.getIntValue())
                        : Scalar.OTHER_NUMBER;
            case VALUE_NUMBER_FLOAT:
                return Scalar.OTHER_NUMBER;
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            default:
                return Scalar.NULL;
        }
    }

    /**
     * A value as compact JSON, for a message that quotes what a file held ({@code "fatal"}, {@code 3}, {@code {}}). A
     * number this tree does not keep ({@link Scalar#OTHER_NUMBER}) prints as {@code <number>}.
     */
    public static String toJson(Object value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            write(g, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    private static void write(JsonGenerator g, Object value) throws IOException {
        if (value instanceof Obj o) {
            g.writeStartObject();
            for (Map.Entry<String, Object> e : o.fields.entrySet()) {
                g.writeFieldName(e.getKey());
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else if (value instanceof List<?> list) {
            g.writeStartArray();
            for (Object v : list) {
                write(g, v);
            }
            g.writeEndArray();
        } else if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof Integer i) {
            g.writeNumber(i);
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value == Scalar.OTHER_NUMBER) {
            g.writeRawValue("<number>");
        } else {
            g.writeNull();
        }
    }

    /** The pointer of the value {@code parser} stands on ({@code /categories/3/name}); "" for the whole document. */
    public static String pointer(JsonParser parser) {
        String p = parser.getParsingContext().pathAsPointer().toString();
        return p.equals("/") ? "" : p;
    }

    /** A key named twice in one object; the parser stood on the second one's value. */
    public static final class DuplicateKey extends JsonProcessingException {
        private static final long serialVersionUID = 1L;
        private final transient String pointer;

        DuplicateKey(JsonParser parser, String name) {
            super("Duplicate field '" + name + "'", parser.currentTokenLocation());
            this.pointer = JsonTree.pointer(parser);
        }

        /** Where the repeated key is. */
        public String pointer() {
            return pointer;
        }

        /** Line and column of the repeated key's value, as {@code 3:14}. */
        public String where() {
            JsonLocation at = getLocation();
            return at == null ? "?" : at.getLineNr() + ":" + at.getColumnNr();
        }
    }

    /** A JSON object: its keys in document order with their values. */
    public static final class Obj {
        private final Map<String, Object> fields = new LinkedHashMap<>();

        /** Adds a key; {@code false}, adding nothing, when the object already has it. */
        boolean put(String name, Object value) {
            return fields.putIfAbsent(name, value) == null;
        }

        /** The value of {@code name}, or {@code null} when the object has no such key. */
        public Object get(String name) {
            return fields.get(name);
        }

        /** The keys and their values, in document order, read-only. */
        public Map<String, Object> fields() {
            return Collections.unmodifiableMap(fields);
        }

        /** True when the object has the key {@code name}, whatever its value. */
        public boolean has(String name) {
            return fields.containsKey(name);
        }

        /** The object under {@code name}; an empty object when the key is absent or holds another kind of value. */
        public Obj object(String name) {
            return fields.get(name) instanceof Obj o ? o : new Obj();
        }

        /** The array under {@code name}; empty when the key is absent or holds another kind of value. */
        public List<Object> array(String name) {
            if (fields.get(name) instanceof List<?> list) {
                @SuppressWarnings("unchecked")
                List<Object> values = (List<Object>) list;
                return Collections.unmodifiableList(values);
            }
            return List.of();
        }

        /** The string under {@code name}, if it is one. */
        public Optional<String> string(String name) {
            return fields.get(name) instanceof String s ? Optional.of(s) : Optional.empty();
        }
    }
}
