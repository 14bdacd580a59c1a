package org.zwgk.catalogue.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;

class JsonTreeTest {

    private static final JsonFactory JSON = new JsonFactory();

    private static Object read(String json) throws IOException {
        try (JsonParser parser = JSON.createParser(json)) {
            return JsonTree.read(parser);
        }
    }

    /** {@code "Aa"} and {@code "BB"} share a String hash, so every word of n such pairs does: 2^n colliding keys. */
    private static List<String> collidingKeys(int pairs) {
        List<String> keys = new ArrayList<>(List.of(""));
        for (int p = 0; p < pairs; p++) {
            List<String> longer = new ArrayList<>();
            for (String k : keys) {
                longer.add(k + "Aa");
                longer.add(k + "BB");
            }
            keys = longer;
        }
        return keys;
    }

    @Test
    void valuesAreReadAsPlainJavaValuesInDocumentOrder() throws IOException {
        JsonTree.Obj root = (JsonTree.Obj) read("""
                {"s": "甲", "i": 7, "big": 2147483648, "f": 1.5, "t": true, "n": null, "a": [1, "x", {}], "o": {"k": []}}
                """);
        assertThat(root.fields().keySet()).containsExactly("s", "i", "big", "f", "t", "n",
                "a", "o");
        assertThat(root.get("s")).isEqualTo("甲");
        assertThat(root.get("i")).isEqualTo(7);
        assertThat(root.get("big")).isEqualTo(JsonTree.Scalar.OTHER_NUMBER);
        assertThat(root.get("f")).isEqualTo(JsonTree.Scalar.OTHER_NUMBER);
        assertThat(root.get("t")).isEqualTo(Boolean.TRUE);
        assertThat(root.get("n")).isEqualTo(JsonTree.Scalar.NULL);
        assertThat((List<?>) root.get("a")).hasSize(3).element(2).isInstanceOf(JsonTree.Obj.class);
        assertThat(((JsonTree.Obj) root.get("o")).get("k")).isEqualTo(List.of());
        assertThat(root.get("absent")).isNull();
        assertThat(read("  ")).isNull();
        assertThat(read("\"only\"")).isEqualTo("only");
    }

    @Test
    void anObjectIsAskedByKindAndAValueQuotedAsCompactJson() throws IOException {
        JsonTree.Obj root = (JsonTree.Obj) read("""
                {"s": "甲\\"乙", "i": 7, "f": 1.5, "n": null, "a": [1, "x", {"k": true}], "o": {"k": []}}
                """);
        assertThat(root.has("n")).isTrue();
        assertThat(root.has("absent")).isFalse();
        assertThat(root.string("s")).contains("甲\"乙");
        assertThat(root.string("i")).isEmpty();
        assertThat(root.object("o").array("k")).isEmpty();
        assertThat(root.object("s").fields()).as("a string is no object").isEmpty();
        assertThat(root.array("a")).hasSize(3);
        assertThat(root.array("o")).as("an object is no array").isEmpty();
        assertThat(JsonTree.toJson(root.get("s"))).isEqualTo("\"甲\\\"乙\"");
        assertThat(JsonTree.toJson(root.get("i"))).isEqualTo("7");
        assertThat(JsonTree.toJson(root.get("n"))).isEqualTo("null");
        assertThat(JsonTree.toJson(root.get("a"))).isEqualTo("[1,\"x\",{\"k\":true}]");
        assertThat(JsonTree.toJson(root.get("f"))).as("a number the tree does not keep").isEqualTo("<number>");
    }

    @Test
    void aDeepDocumentDoesNotUseTheStack() throws IOException {
        String deep = "[".repeat(200_000) + "]".repeat(200_000);
        try (JsonParser parser = JsonFactory.builder()
                .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
                        .maxNestingDepth(300_000).build()).build().createParser(deep)) {
            assertThat(JsonTree.read(parser)).isInstanceOf(List.class);
        }
    }

    @Test
    void manyKeysAndKeysThatShareAHashAreAllFoundAndARepeatIsRefused() throws IOException {
        List<String> keys = collidingKeys(12);
        assertThat(keys).hasSize(4096).allMatch(k -> k.hashCode() == keys.get(0).hashCode());
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < keys.size(); i++) {
            json.append(i == 0 ? "" : ",").append('"').append(keys.get(i)).append("\":").append(i);
        }
        JsonTree.Obj object = (JsonTree.Obj) read(json + "}");
        assertThat(object.fields()).hasSize(4096);
        for (int i = 0; i < keys.size(); i += 97) {
            assertThat(object.get(keys.get(i))).isEqualTo(i);
        }
        assertThat(object.get(keys.get(4095) + "Aa")).isNull();

        String repeated = json + ",\"" + keys.get(1234) + "\": 0}";
        assertThatThrownBy(() -> read(repeated)).isInstanceOfSatisfying(JsonTree.DuplicateKey.class,
                e -> assertThat(e.pointer()).isEqualTo("/" + keys.get(1234)));

        StringBuilder plain = new StringBuilder("{");
        for (int i = 0; i < 100; i++) {
            plain.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":").append(i);
        }
        JsonTree.Obj hundred = (JsonTree.Obj) read(plain + "}");
        assertThat(IntStream.range(0, 100).mapToObj(i -> hundred.get("k" + i))).containsExactlyElementsOf(
                IntStream.range(0, 100).boxed().toList());
        assertThatThrownBy(() -> read(plain + ",\"k57\": 1}")).isInstanceOf(JsonTree.DuplicateKey.class);
    }
}
