package org.zwgk.catalogue.data.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import org.zwgk.catalogue.data.InstrumentVersion;
import org.zwgk.catalogue.data.LegalInstrument;
import org.zwgk.catalogue.data.Provision;
import org.zwgk.catalogue.model.Confidence;

/**
 * The registry read as plain values ({@code JsonTree}) holds exactly what the databind tree reading it replaced
 * produced; that reading is kept below as the oracle.
 */
class RegistryLoaderTest {

    @Test
    void theBundledRegistryReadsAsTheDatabindTreeReadIt() throws IOException {
        JsonNode tree;
        try (InputStream in = RegistryLoader.class.getResourceAsStream("/" + RegistryLoader.RESOURCE)) {
            tree = new ObjectMapper().readTree(in);
        }
        RegistryLoader.Contents expected = read(tree);
        assertThat(expected.instruments()).hasSize(51);
        assertThat(expected.bareTitleAmbiguous()).isNotEmpty();
        assertThat(RegistryLoader.load()).isEqualTo(expected);
    }

    // ---- the databind reading as it was at 7f1ce17 ----

    private static RegistryLoader.Contents read(JsonNode root) {
        List<LegalInstrument> instruments = new ArrayList<>();
        Set<String> ambiguous = new LinkedHashSet<>();
        Map<String, Map<String, String>> aliasNotes = new LinkedHashMap<>();
        for (JsonNode e : root) {
            String id = e.get("id").textValue();
            instruments.add(instrument(e));
            if (e.path("bareTitleAmbiguous").asBoolean(false)) {
                ambiguous.add(id);
            }
            JsonNode notes = e.get("aliasNotes");
            if (notes != null && notes.isObject()) {
                Map<String, String> m = new LinkedHashMap<>();
                notes.properties().forEach(f -> m.put(f.getKey(), f.getValue().asText()));
                aliasNotes.put(id, Map.copyOf(m));
            }
        }
        return new RegistryLoader.Contents(List.copyOf(instruments), Set.copyOf(ambiguous), Map.copyOf(aliasNotes));
    }

    private static LegalInstrument instrument(JsonNode e) {
        List<String> aliases = new ArrayList<>();
        e.path("aliases").forEach(a -> aliases.add(a.textValue()));
        List<InstrumentVersion> versions = new ArrayList<>();
        e.path("versions").forEach(v -> versions.add(new InstrumentVersion(v.get("label").textValue(),
                date(v, "promulgated"), date(v, "effective"), text(v, "docNumber"))));
        List<Provision> provisions = new ArrayList<>();
        e.path("keyProvisions").forEach(p -> provisions.add(new Provision(p.get("version").asText(),
                text(p, "article"), p.get("text").textValue(), p.path("verified").isBoolean()
                        && p.get("verified").booleanValue())));
        List<String> sources = new ArrayList<>();
        e.path("sources").forEach(s -> sources.add(source(s)));
        Optional<String> status = text(e, "status");
        return new LegalInstrument(e.get("id").textValue(), e.get("title").textValue(), aliases,
                e.get("kind").textValue(), text(e, "issuer"), text(e, "docNumber"), versions,
                date(e, "repealedOn"), text(e, "successorId"), status.isPresent(), provisions,
                Confidence.fromKey(e.get("confidence").textValue()).orElseThrow(), sources, text(e, "notes"),
                status, text(e, "statusNote"), text(e, "repealConfidence").flatMap(Confidence::fromKey));
    }

    /** "url — verifies (kind)": the address with what it verifies. */
    private static String source(JsonNode s) {
        if (s.isTextual()) {
            return s.textValue();
        }
        StringBuilder sb = new StringBuilder(s.path("url").asText(""));
        text(s, "verifies").ifPresent(v -> sb.append(" — ").append(v));
        text(s, "kind").ifPresent(k -> sb.append(" (").append(k).append(')'));
        return sb.toString();
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
    }

    private static Optional<LocalDate> date(JsonNode node, String field) {
        return text(node, field).map(LocalDate::parse);
    }
}
