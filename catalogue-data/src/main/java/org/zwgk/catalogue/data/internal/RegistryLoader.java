package org.zwgk.catalogue.data.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
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
 * (plus one field, {@code bareTitleAmbiguous}), as plain values ({@link JsonTree}), and lays overlays (entries in
 * the same form) over it.
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

    /** Loads the bundled registry file (without the bundled additions). */
    public static Contents load() {
        return read(entries());
    }

    /** The bundled registry file's entries as plain values, in file order. */
    public static List<Map<String, Object>> entries() {
        // Class#getResourceAsStream from this module finds the resource on the module path too (package not open).
        try (InputStream in = RegistryLoader.class.getResourceAsStream("/" + RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return entries(JsonTree.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Map<String, Object>> entries(Object root) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object element : (List<?>) root) {
            out.add(((Obj) element).fields());
        }
        return List.copyOf(out);
    }

    /** The registry these entries (in the registry file's form) make. */
    public static Contents read(List<Map<String, Object>> entries) {
        List<LegalInstrument> instruments = new ArrayList<>();
        Set<String> ambiguous = new LinkedHashSet<>();
        Map<String, Map<String, String>> aliasNotes = new LinkedHashMap<>();
        for (Map<String, Object> e : entries) {
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

    /**
     * The entries with an overlay's laid over them: an entry with a new id is added at the end; an entry with a known
     * id replaces the fields it gives and adds its sources after the entry's own, so that what a correction rests on
     * is kept beside what the rest of the entry rests on.
     */
    public static List<Map<String, Object>> merge(List<Map<String, Object>> entries,
            List<Map<String, Object>> overlay) {
        Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
        for (Map<String, Object> e : entries) {
            byId.put((String) e.get("id"), e);
        }
        for (Map<String, Object> o : overlay) {
            Map<String, Object> known = byId.get((String) o.get("id"));
            if (known == null) {
                byId.put((String) o.get("id"), o);
                continue;
            }
            Map<String, Object> merged = new LinkedHashMap<>(known);
            o.forEach((field, value) -> merged.put(field, field.equals("sources") ? concat(known.get(field), value)
                    : value));
            byId.put((String) o.get("id"), Collections.unmodifiableMap(merged));
        }
        return List.copyOf(byId.values());
    }

    private static List<Object> concat(Object first, Object second) {
        List<Object> out = new ArrayList<>();
        if (first instanceof List<?> a) {
            out.addAll(a);
        }
        if (second instanceof List<?> b) {
            out.addAll(b);
        }
        return List.copyOf(out);
    }

    private static LegalInstrument instrument(Map<String, Object> e) {
        List<String> aliases = new ArrayList<>();
        for (Object a : array(e, "aliases")) {
            aliases.add((String) a);
        }
        List<InstrumentVersion> versions = new ArrayList<>();
        for (Object element : array(e, "versions")) {
            Map<String, Object> v = ((Obj) element).fields();
            versions.add(new InstrumentVersion((String) v.get("label"), date(v, "promulgated"),
                    date(v, "effective"), text(v, "docNumber")));
        }
        List<Provision> provisions = new ArrayList<>();
        for (Object element : array(e, "keyProvisions")) {
            Map<String, Object> p = ((Obj) element).fields();
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
        Map<String, Object> o = ((Obj) s).fields();
        StringBuilder sb = new StringBuilder(text(o, "url").orElse(""));
        text(o, "verifies").ifPresent(v -> sb.append(" — ").append(v));
        text(o, "kind").ifPresent(k -> sb.append(" (").append(k).append(')'));
        return sb.toString();
    }

    private static List<?> array(Map<String, Object> node, String field) {
        return node.get(field) instanceof List<?> list ? list : List.of();
    }

    /** A string field; absent and {@code null} are empty. The registry holds no other scalars where text is read. */
    private static Optional<String> text(Map<String, Object> node, String field) {
        Object v = node.get(field);
        return v == null || v == JsonTree.Scalar.NULL ? Optional.empty() : Optional.of((String) v);
    }

    private static Optional<LocalDate> date(Map<String, Object> node, String field) {
        return text(node, field).map(LocalDate::parse);
    }
}
