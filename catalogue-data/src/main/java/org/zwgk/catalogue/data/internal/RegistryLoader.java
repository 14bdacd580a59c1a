package org.zwgk.catalogue.data.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.zwgk.catalogue.data.InstrumentVersion;
import org.zwgk.catalogue.data.LegalInstrument;
import org.zwgk.catalogue.data.Provision;
import org.zwgk.catalogue.model.Confidence;
import org.zwgk.catalogue.model.internal.JsonTree;
import org.zwgk.catalogue.model.internal.JsonTree.Obj;

/**
 * Reads the bundled {@code legal-instruments.json}, kept in the shape of the reference file it was copied from
 * (plus one field, {@code bareTitleAmbiguous}), as plain values ({@link JsonTree}).
 */
public final class RegistryLoader {

    /** Class-path resource of the registry. */
    public static final String RESOURCE = "org/zwgk/catalogue/data/legal-instruments.json";

    private RegistryLoader() {
    }

    /**
     * What the registry file holds.
     *
     * @param instruments        the instruments in file order
     * @param bareTitleAmbiguous ids of instruments whose bare title names several instruments
     * @param aliasNotes         notes on single aliases, by instrument id and alias
     */
    public record Contents(List<LegalInstrument> instruments, Set<String> bareTitleAmbiguous,
            Map<String, Map<String, String>> aliasNotes) {
    }

    /** Loads the bundled registry. */
    public static Contents load() {
        // Class#getResourceAsStream from this module finds the resource on the module path too (package not open).
        try (InputStream in = RegistryLoader.class.getResourceAsStream("/" + RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return read(JsonTree.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Contents read(Object root) {
        List<LegalInstrument> instruments = new ArrayList<>();
        Set<String> ambiguous = new LinkedHashSet<>();
        Map<String, Map<String, String>> aliasNotes = new LinkedHashMap<>();
        for (Object element : (List<?>) root) {
            Obj e = (Obj) element;
            String id = (String) e.get("id");
            instruments.add(instrument(e));
            if (Boolean.TRUE.equals(e.get("bareTitleAmbiguous"))) {
                ambiguous.add(id);
            }
            if (e.get("aliasNotes") instanceof Obj notes) {
                Map<String, String> m = new LinkedHashMap<>();
                notes.fields().forEach((name, value) -> m.put(name, (String) value));
                aliasNotes.put(id, Map.copyOf(m));
            }
        }
        return new Contents(List.copyOf(instruments), Set.copyOf(ambiguous), Map.copyOf(aliasNotes));
    }

    private static LegalInstrument instrument(Obj e) {
        List<String> aliases = new ArrayList<>();
        for (Object a : array(e, "aliases")) {
            aliases.add((String) a);
        }
        List<InstrumentVersion> versions = new ArrayList<>();
        for (Object element : array(e, "versions")) {
            Obj v = (Obj) element;
            versions.add(new InstrumentVersion((String) v.get("label"), date(v, "promulgated"),
                    date(v, "effective"), text(v, "docNumber")));
        }
        List<Provision> provisions = new ArrayList<>();
        for (Object element : array(e, "keyProvisions")) {
            Obj p = (Obj) element;
            provisions.add(new Provision((String) p.get("version"), text(p, "article"), (String) p.get("text"),
                    Boolean.TRUE.equals(p.get("verified"))));
        }
        List<String> sources = new ArrayList<>();
        for (Object s : array(e, "sources")) {
            sources.add(source(s));
        }
        Optional<String> status = text(e, "status");
        return new LegalInstrument((String) e.get("id"), (String) e.get("title"), aliases,
                (String) e.get("kind"), text(e, "issuer"), text(e, "docNumber"), versions,
                date(e, "repealedOn"), text(e, "successorId"), status.isPresent(), provisions,
                Confidence.fromKey((String) e.get("confidence")).orElseThrow(), sources, text(e, "notes"),
                status, text(e, "statusNote"), text(e, "repealConfidence").flatMap(Confidence::fromKey));
    }

    /** "url — verifies (kind)": the address with what it verifies. */
    private static String source(Object s) {
        if (s instanceof String text) {
            return text;
        }
        Obj o = (Obj) s;
        StringBuilder sb = new StringBuilder(text(o, "url").orElse(""));
        text(o, "verifies").ifPresent(v -> sb.append(" — ").append(v));
        text(o, "kind").ifPresent(k -> sb.append(" (").append(k).append(')'));
        return sb.toString();
    }

    private static List<?> array(Obj node, String field) {
        return node.get(field) instanceof List<?> list ? list : List.of();
    }

    /** A string field; absent and {@code null} are empty. The registry holds no other scalars where text is read. */
    private static Optional<String> text(Obj node, String field) {
        Object v = node.get(field);
        return v == null || v == JsonTree.Scalar.NULL ? Optional.empty() : Optional.of((String) v);
    }

    private static Optional<LocalDate> date(Obj node, String field) {
        return text(node, field).map(LocalDate::parse);
    }
}
