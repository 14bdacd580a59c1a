package org.zwgk.catalogue.rules.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.CategoryField;
import org.zwgk.catalogue.model.LegalReference;
import org.zwgk.catalogue.rules.Match;
import org.zwgk.catalogue.rules.RuleInfo;
import org.zwgk.catalogue.rules.Severity;
import org.zwgk.catalogue.rules.internal.CheckContext;
import org.zwgk.catalogue.rules.internal.LegalBases;
import org.zwgk.catalogue.rules.internal.Printed;
import org.zwgk.catalogue.rules.internal.Rule;

/**
 * {@code legal.parent-citation-dropped}: a citation of the parent's category missing from the child's. Aliases
 * count as the same instrument (both resolve to one registry entry), and citing an instrument's successor keeps
 * it (《噪声污染防治法》 for 《环境噪声污染防治法》).
 */
public final class ParentCitationDropped implements Rule {

    static final RuleInfo INFO = new RuleInfo("legal.parent-citation-dropped", "0.1.0", Severity.WARNING,
            Optional.of(LegalBases.GUIDELINE));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(CheckContext context) {
        List<String> kept = new ArrayList<>();
        for (Match m : context.comparable(CategoryField.LEGAL_BASIS, false)) {
            Category p = m.parent().orElseThrow();
            Category c = m.child().orElseThrow();
            // A category cites a handful of instruments: a list scanned beats a set hashed, made once per check.
            kept.clear();
            for (LegalReference ref : c.legalBasis()) {
                kept.add(context.citationKey(ref));
            }
            List<String> reported = null;
            String childValue = null;
            for (LegalReference ref : p.legalBasis()) {
                Set<String> keys = context.facts().citationKeys(ref);
                if (keptAny(keys, kept)) {
                    continue;
                }
                String first = keys.iterator().next();
                if (reported == null) {
                    reported = new ArrayList<>();
                    childValue = Printed.legal(c.legalBasis());
                } else if (reported.contains(first)) {
                    continue;
                }
                reported.add(first);
                context.at(c, CategoryField.LEGAL_BASIS).parentValue(context.facts().printedLegal(p))
                        .childValue(childValue)
                        .report("finding.legal.parent-citation-dropped", c.name(), ref.printed());
            }
        }
    }

    private static boolean keptAny(Set<String> keys, List<String> kept) {
        for (String key : keys) {
            if (kept.contains(key)) {
                return true;
            }
        }
        return false;
    }
}
