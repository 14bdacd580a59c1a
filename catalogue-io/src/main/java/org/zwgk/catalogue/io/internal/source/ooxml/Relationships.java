package org.zwgk.catalogue.io.internal.source.ooxml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A .rels part read: targets (as zip entry names) by relationship id, and by type (the type URI's last path
 * segment: {@code .../relationships/worksheet} → worksheet).
 *
 * @param byId   target by relationship id
 * @param byType targets by type, in document order
 */
public record Relationships(Map<String, String> byId, Map<String, List<String>> byType) {

    /** No relationships (the part is missing). */
    static Relationships none() {
        return new Relationships(new HashMap<>(), new HashMap<>());
    }

    /** Adds one relationship: its id, its type URI and its target relative to {@code base}. */
    void add(String id, String typeUri, String base, String target) {
        String resolved = resolve(base, target);
        byId.put(id, resolved);
        byType.computeIfAbsent(typeUri.substring(typeUri.lastIndexOf('/') + 1), k -> new ArrayList<>())
                .add(resolved);
    }

    /** The targets of a type; none when there are none. */
    public List<String> ofType(String type) {
        return byType.getOrDefault(type, List.of());
    }

    /** A relationship target as a zip entry name. */
    static String resolve(String base, String target) {
        String t = target.startsWith("/") ? target.substring(1) : base + target;
        List<String> parts = new ArrayList<>();
        for (String seg : t.split("/")) {
            if (seg.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            } else if (!seg.isEmpty() && !seg.equals(".")) {
                parts.add(seg);
            }
        }
        return String.join("/", parts);
    }
}
