package org.zwgk.catalogue.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.zwgk.catalogue.data.internal.BundledAdditions;
import org.zwgk.catalogue.data.internal.RegistryLoader;

/**
 * The overlay's published schema and its reader agree: the registry's own entries, in the registry's own form, are
 * valid overlays by both (but the one without sources); each breakage is refused by both. The reader checks by hand (no schema engine in the
 * library), so this test is what keeps the two one contract.
 */
class RegistryOverlaySchemaTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(resource(RegistryOverlay.SCHEMA_RESOURCE), InputFormat.JSON);

    private static String resource(String name) {
        try (InputStream in = RegistryOverlaySchemaTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean readerAccepts(String json) {
        try {
            RegistryOverlay.read("t.json", json.getBytes(StandardCharsets.UTF_8));
            return true;
        } catch (RegistryOverlayException e) {
            return false;
        }
    }

    @Test
    void theSchemaIsAValidDraft202012Schema() throws Exception {
        JsonSchema meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(URI.create("https://json-schema.org/draft/2020-12/schema"));
        assertThat(meta.validate(MAPPER.readTree(resource(RegistryOverlay.SCHEMA_RESOURCE)))).isEmpty();
    }

    @Test
    void everyEntryOfTheRegistryIsAValidOverlayEntryByBoth() throws Exception {
        JsonNode registry = MAPPER.readTree(resource(RegistryLoader.RESOURCE));
        assertThat(registry).hasSize(51);
        int withoutSources = 0;
        for (JsonNode entry : registry) {
            ObjectNode overlay = MAPPER.createObjectNode().put("version", "t");
            overlay.putArray("instruments").add(entry);
            String json = MAPPER.writeValueAsString(overlay);
            String id = entry.get("id").asText();
            if (entry.get("sources").isEmpty()) {
                // An overlay must name its sources; the reference file has one entry without any (low confidence,
                // status 未核实), which an overlay could therefore not carry as it is.
                withoutSources++;
                assertThat(SCHEMA.validate(json, InputFormat.JSON)).as(id).isNotEmpty();
                assertThat(readerAccepts(json)).as(id).isFalse();
                continue;
            }
            assertThat(SCHEMA.validate(json, InputFormat.JSON)).as(id).isEmpty();
            assertThat(readerAccepts(json)).as(id).isTrue();
        }
        assertThat(withoutSources).isEqualTo(1);
        String additions = resource(BundledAdditions.RESOURCE);
        assertThat(SCHEMA.validate(additions, InputFormat.JSON)).isEmpty();
        assertThat(readerAccepts(additions)).isTrue();
    }

    static Stream<String> breakages() {
        String source = "{\"url\": \"u\", \"verifies\": \"v\", \"kind\": \"k\"}";
        String entry = "{\"id\": \"prc-admin-penalty-law\", \"sources\": [" + source + "]%s}";
        return Stream.of(
                "[]",
                "{\"instruments\": [" + entry.formatted("") + "]}",
                "{\"version\": \"\", \"instruments\": [" + entry.formatted("") + "]}",
                "{\"version\": \"v\", \"instruments\": []}",
                "{\"version\": \"v\", \"extra\": 1, \"instruments\": [" + entry.formatted("") + "]}",
                "{\"version\": \"v\", \"instruments\": [{\"id\": \"prc-admin-penalty-law\"}]}",
                "{\"version\": \"v\", \"instruments\": [{\"id\": \"x\", \"sources\": []}]}",
                "{\"version\": \"v\", \"instruments\": [{\"id\": \"x\", \"sources\": [{\"url\": \"u\"}]}]}",
                "{\"version\": \"v\", \"instruments\": [" + entry.formatted(", \"repealedOn\": \"1.2.2027\"") + "]}",
                "{\"version\": \"v\", \"instruments\": [" + entry.formatted(", \"confidence\": \"sure\"") + "]}",
                "{\"version\": \"v\", \"instruments\": [" + entry.formatted(", \"successorId\": \"Not An Id\"") + "]}",
                "{\"version\": \"v\", \"instruments\": [" + entry.formatted(", \"aliases\": \"one\"") + "]}",
                "{\"version\": \"v\", \"instruments\": [" + entry.formatted(", \"versions\": [{\"promulgated\": null}]")
                        + "]}",
                "{\"version\": \"v\", \"instruments\": [" + entry.formatted(
                        ", \"keyProvisions\": [{\"version\": \"2021\", \"text\": \"t\", \"verified\": 1}]") + "]}",
                "{\"version\": \"v\", \"instruments\": [" + entry.formatted(", \"bareTitleAmbiguous\": 1") + "]}",
                "{\"version\": \"v\", \"instruments\": [" + entry.formatted(", \"aliasNotes\": {\"a\": 2}") + "]}",
                "{\"version\": \"v\", \"instruments\": [" + entry.formatted(", \"status\": 1") + "]}");
    }

    @ParameterizedTest
    @MethodSource("breakages")
    void eachBreakageIsRefusedByBoth(String json) {
        assertThat(SCHEMA.validate(json, InputFormat.JSON)).as("schema").isNotEmpty();
        assertThat(readerAccepts(json)).as("reader").isFalse();
    }
}
