package org.zwgk.catalogue.rules.internal;

import java.util.LinkedHashSet;
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

    /** The key of a citation; {@link CheckContext#citationKey} gives the same, once per citation of a check. */
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

    public static String titleOf(LegalReference reference) {
        return reference.title().isEmpty() ? reference.printed() : reference.title();
    }
}
