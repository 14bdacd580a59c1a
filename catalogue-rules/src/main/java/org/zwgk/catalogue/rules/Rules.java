package org.zwgk.catalogue.rules;

import java.util.List;
import java.util.Optional;

import org.zwgk.catalogue.rules.internal.RuleSet;

/** The rules this version knows: their ids are a public contract. */
public final class Rules {

    private Rules() {
    }

    /** Every rule, in the order findings are reported. */
    public static List<RuleInfo> all() {
        return RuleSet.infos();
    }

    /** The rule with this id. */
    public static Optional<RuleInfo> byId(String id) {
        return all().stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
