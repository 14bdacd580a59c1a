package org.zwgk.catalogue.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import org.junit.jupiter.api.Test;

import org.zwgk.catalogue.data.internal.EditionStore;
import org.zwgk.catalogue.model.Catalogue;
import org.zwgk.catalogue.model.json.CatalogueJson;

/** The bundled edition files themselves: canonical, strictly readable, valid against the published schema. */
class EditionResourcesTest {

    static String resourceText(String resource) throws IOException {
        try (InputStream in = EditionResourcesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void bundledEditionsAreInCanonicalForm() throws IOException {
        List<String> differing = new ArrayList<>();
        for (Map.Entry<String, String> e : EditionStore.indexFiles().entrySet()) {
            String text = resourceText(EditionStore.resourceOf(e.getValue()));
            Catalogue c = Editions.byId(e.getKey()).orElseThrow();
            String canonical = CatalogueJson.write(c);
            if (!canonical.equals(text)) {
                differing.add(e.getValue());
                // Left for review: the canonical form the library would write.
                Path out = Path.of("target", "canonical", e.getValue());
                Files.createDirectories(out.getParent());
                Files.writeString(out, canonical, StandardCharsets.UTF_8);
            }
        }
        assertThat(differing).as("files not in canonical form (canonical copies in target/canonical/)").isEmpty();
    }

    @Test
    void everyBundledEditionFileValidatesAgainstThePublishedSchema() throws IOException {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(
                CatalogueJson.schema(), InputFormat.JSON,
                SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        Map<String, String> files = EditionStore.indexFiles();
        assertThat(files).hasSize(7);
        Map<String, List<String>> errors = new TreeMap<>();
        for (String file : files.values()) {
            Set<ValidationMessage> found = schema.validate(resourceText(EditionStore.resourceOf(file)), InputFormat.JSON);
            if (!found.isEmpty()) {
                errors.put(file, found.stream().map(ValidationMessage::toString).sorted().toList());
            }
        }
        assertThat(errors).as("schema errors by file").isEmpty();
    }

    @Test
    void theSchemaCheckWouldCatchABrokenEdition() throws IOException {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(CatalogueJson.schema(), InputFormat.JSON);
        String national = resourceText(EditionStore.resourceOf("mee-2019-672.json"));
        assertThat(schema.validate(national.replace("\"全社会\"", "\"公众\""), InputFormat.JSON)).isNotEmpty();
    }

    @Test
    void everyIndexedEditionLoadsAndIsListed() {
        assertThat(Editions.list()).extracting(EditionInfo::id)
                .containsExactlyElementsOf(sortedIndexIds());
    }

    private static List<String> sortedIndexIds() {
        List<String> ids = new ArrayList<>(EditionStore.indexFiles().keySet());
        ids.remove(Editions.NATIONAL_ID);
        ids.sort(null);
        ids.add(0, Editions.NATIONAL_ID);
        return ids;
    }
}
