package org.zwgk.catalogue.rules.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.CategoryField;
import org.zwgk.catalogue.model.LegalReference;
import org.zwgk.catalogue.rules.Match;
import org.zwgk.catalogue.rules.RuleInfo;
import org.zwgk.catalogue.rules.Severity;
import org.zwgk.catalogue.rules.internal.CheckContext;
import org.zwgk.catalogue.rules.internal.Citations;
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
        List<String> childKeys = new ArrayList<>();
        for (Match m : context.comparable(CategoryField.LEGAL_BASIS, false)) {
            Category p = m.parent().orElseThrow();
            Category c = m.child().orElseThrow();
            childKeys.clear();
            for (LegalReference ref : c.legalBasis()) {
                childKeys.add(context.citationKey(ref));
            }
            // The parent's side is the checker's, indexed once: a category of the national edition cites a dozen
            // instruments, and matching each against each of the child's was most of this rule's time.
            Citations.Kept parentCitations = context.facts().keptCitations(p);
            boolean[] kept = parentCitations.keptBy(childKeys);
            List<String> reported = null;
            String childValue = null;
            for (int i = 0; i < kept.length; i++) {
                if (kept[i]) {
                    continue;
                }
                String first = parentCitations.keys(i).get(0);
                if (reported == null) {
                    reported = new ArrayList<>();
                    childValue = printed(context, c.legalBasis());
                } else if (reported.contains(first)) {
                    continue;
                }
                reported.add(first);
                context.at(c, CategoryField.LEGAL_BASIS).parentValue(context.facts().printedLegal(p))
                        .childValue(childValue)
                        .report("finding.legal.parent-citation-dropped", c.name(),
                                p.legalBasis().get(i).printed());
            }
        }
    }

    /** {@link Printed#legal} of the child's citations, each printed once per check. */
    private static String printed(CheckContext context, List<LegalReference> refs) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < refs.size(); i++) {
            out.append(i == 0 ? "" : "、").append(context.printed(refs.get(i)));
        }
        return out.toString();
    }
}
