package org.zwgk.catalogue.model.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
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

    /** A JSON object: its keys in document order with their values, found by a small open-addressing table. */
    public static final class Obj {
        private static final int LONG_PROBE = 32;
        private String[] names = new String[8];
        private Object[] values = new Object[8];
        /** Slot {@code hash & (table.length - 1)} onwards holds a key's index plus one; 0 is an empty slot. */
        private int[] table = new int[16];
        private int size;
        /**
         * Set once a probe runs long: keys chosen to share a {@code String} hash would make the table quadratic,
         * and {@code HashMap} bins them in trees.
         */
        private Map<String, Integer> colliding;

        /** Adds a key; {@code false}, adding nothing, when the object already has it. */
        boolean put(String name, Object value) {
            int slot = -1;
            if (colliding == null) {
                int mask = table.length - 1;
                int probes = 0;
                slot = spread(name.hashCode()) & mask;
                for (int at; (at = table[slot]) != 0; slot = (slot + 1) & mask) {
                    if (same(names[at - 1], name)) {
                        return false;
                    }
                    if (++probes == LONG_PROBE) {
                        colliding = new HashMap<>();
                        for (int i = 0; i < size; i++) {
                            colliding.put(names[i], i);
                        }
                        break;
                    }
                }
            }
            if (colliding != null && colliding.putIfAbsent(name, size) != null) {
                return false;
            }
            if (size == names.length) {
                names = Arrays.copyOf(names, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            names[size] = name;
            values[size] = value;
            size++;
            if (colliding == null) {
                table[slot] = size;
                if (size * 2 > table.length) {
                    rehash();
                }
            }
            return true;
        }

        private void rehash() {
            table = new int[table.length * 2];
            int mask = table.length - 1;
            for (int i = 0; i < size; i++) {
                int slot = spread(names[i].hashCode()) & mask;
                while (table[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = i + 1;
            }
        }

        private static int spread(int hash) {
            return hash ^ (hash >>> 16);
        }

        private static boolean same(String a, String b) {
            // Jackson interns key names and the readers ask with literals: the identity test almost always decides.
            return a == b || a.equals(b);
        }

        /** The value of {@code name}, or {@code null} when the object has no such key. */
        public Object get(String name) {
            if (colliding != null) {
                Integer i = colliding.get(name);
                return i == null ? null : values[i];
            }
            int mask = table.length - 1;
            for (int slot = spread(name.hashCode()) & mask, at; (at = table[slot]) != 0; slot = (slot + 1) & mask) {
                if (same(names[at - 1], name)) {
                    return values[at - 1];
                }
            }
            return null;
        }

        /** The number of keys. */
        public int size() {
            return size;
        }

        /** The {@code i}-th key in document order. */
        public String name(int i) {
            return names[i];
        }

        /** The {@code i}-th key's value. */
        public Object value(int i) {
            return values[i];
        }
    }
}
