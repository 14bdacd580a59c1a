package org.zwgk.catalogue.rules.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.zwgk.catalogue.data.LegalInstrument;
import org.zwgk.catalogue.data.LegalRegistry;
import org.zwgk.catalogue.data.Resolution;
import org.zwgk.catalogue.model.LegalReference;

/**
 * The identity of a citation for comparing two catalogues' legal bases: the registry instrument it resolves to
 * (so every alias counts as the same instrument), or its folded title where the registry cannot resolve it.
 */
public final class Citations {

    private Citations() {
    }

    /** The key of a citation; {@link CitedInstruments#key} gives the same, once per citation of a check. */
    public static String key(LegalRegistry registry, LegalReference reference) {
        return key(registry.resolve(reference), reference);
    }

    /** The key of a citation the registry resolved as {@code r}. */
    public static String key(Resolution r, LegalReference reference) {
        return r.instrument().isPresent() ? key(r.instrument().get()) : "title:" + Names.key(titleOf(reference));
    }

    /** The key of a citation that resolves to {@code instrument}. */
    public static String key(LegalInstrument instrument) {
        return "id:" + instrument.id();
    }

    /** The key of a citation and of every instrument that succeeded it, so citing the successor keeps it. */
    public static Set<String> keysWithSuccessors(LegalRegistry registry, LegalReference reference) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(key(registry, reference));
        Optional<LegalInstrument> current = registry.resolve(reference).instrument();
        while (current.isPresent()) {
            current = registry.successorOf(current.get());
            if (current.isEmpty() || !keys.add(key(current.get()))) {
                break; // the end of the chain, or a cycle in the data
            }
        }
        return keys;
    }

    /**
     * The citations of one legal basis (a parent category's), and which of them each key keeps: a citation is kept
     * when the other side cites any of its {@link #keysWithSuccessors}. Made once per parent category, so that
     * comparing a child's dozen citations with a parent's dozen is a lookup per child citation rather than a scan
     * of every pair.
     */
    public static final class Kept {
        private final List<List<String>> keys;
        private final Map<String, int[]> keptBy;

        private Kept(List<List<String>> keys, Map<String, int[]> keptBy) {
            this.keys = keys;
            this.keptBy = keptBy;
        }

        /** The index of citations whose keys are {@code keys}, in the order of the legal basis. */
        public static Kept of(List<? extends Collection<String>> keys) {
            List<List<String>> copies = new ArrayList<>(keys.size());
            Map<String, List<Integer>> positions = new HashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                copies.add(List.copyOf(keys.get(i)));
                for (String key : keys.get(i)) {
                    positions.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
                }
            }
            Map<String, int[]> keptBy = new HashMap<>();
            positions.forEach((key, at) -> keptBy.put(key, at.stream().mapToInt(Integer::intValue).toArray()));
            return new Kept(List.copyOf(copies), Map.copyOf(keptBy));
        }

        /** The keys of the citation at {@code position}, as {@link #keysWithSuccessors} gives them. */
        public List<String> keys(int position) {
            return keys.get(position);
        }

        /** Which citations of this legal basis a legal basis with citation keys {@code otherKeys} keeps, by position. */
        public boolean[] keptBy(Collection<String> otherKeys) {
            boolean[] kept = new boolean[keys.size()];
            for (String key : otherKeys) {
                int[] at = keptBy.get(key);
                if (at != null) {
                    for (int i : at) {
                        kept[i] = true;
                    }
                }
            }
            return kept;
        }
    }

    public static String titleOf(LegalReference reference) {
        return reference.title().isEmpty() ? reference.printed() : reference.title();
    }
}
