package org.zwgk.catalogue.data.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.zwgk.catalogue.model.Problem;
import org.zwgk.catalogue.model.SourceLocation;
import org.zwgk.catalogue.model.internal.JsonTree;

/**
 * What an overlay is checked for against the registry it is laid over (the schema alone cannot know it): a new
 * instrument states its title, kind and confidence; every id an entry points to (successor, what it repeals or is
 * repealed by) is in the registry or the overlay.
 */
public final class OverlayChecks {

    private static final List<String> NEW_ENTRY_FIELDS = List.of("title", "kind", "confidence");

    private OverlayChecks() {
    }

    /**
     * Registry entries with an overlay laid over them, or the problems of doing so.
     *
     * @param merged   the entries after the overlay, meaningful only when {@code problems} is empty
     * @param problems what is wrong with the overlay against these entries
     */
    public record Layered(List<Map<String, Object>> merged, List<Problem> problems) {
    }

    /** Lays {@code overlay} (read from {@code file}) over {@code entries}: merged, then checked. */
    public static Layered layer(String file, List<Map<String, Object>> entries, List<Map<String, Object>> overlay) {
        Set<String> known = new HashSet<>();
        entries.forEach(e -> known.add((String) e.get("id")));
        List<Map<String, Object>> merged = RegistryLoader.merge(entries, overlay);
        return new Layered(merged, check(file, known, merged, overlay));
    }

    /**
     * The problems of laying {@code overlay} over a registry holding {@code known} ids, which gives {@code merged}.
     *
     * @param file the overlay's name as shown in problems
     */
    public static List<Problem> check(String file, Set<String> known, List<Map<String, Object>> merged,
            List<Map<String, Object>> overlay) {
        Set<String> ids = new HashSet<>();
        merged.forEach(e -> ids.add((String) e.get("id")));
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < overlay.size(); i++) {
            Map<String, Object> entry = overlay.get(i);
            String id = (String) entry.get("id");
            String at = "/instruments/" + i;
            if (!known.contains(id)) {
                for (String field : NEW_ENTRY_FIELDS) {
                    if (entry.get(field) == null || entry.get(field) == JsonTree.Scalar.NULL) {
                        problems.add(DataMessages.problem("registry.overlay.new.missing",
                                SourceLocation.ofPointer(file, at), id, field));
                    }
                }
            }
            for (String field : List.of("successorId", "repealedBy")) {
                if (entry.get(field) instanceof String target && !ids.contains(target)) {
                    problems.add(DataMessages.problem("registry.overlay.reference.unknown",
                            SourceLocation.ofPointer(file, at + "/" + field), id, target));
                }
            }
            if (entry.get("repeals") instanceof List<?> repeals) {
                for (int j = 0; j < repeals.size(); j++) {
                    if (repeals.get(j) instanceof String target && !ids.contains(target)) {
                        problems.add(DataMessages.problem("registry.overlay.reference.unknown",
                                SourceLocation.ofPointer(file, at + "/repeals/" + j), id, target));
                    }
                }
            }
        }
        return problems;
    }
}
