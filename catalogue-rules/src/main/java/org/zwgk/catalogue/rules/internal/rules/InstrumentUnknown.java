package org.zwgk.catalogue.rules.internal.rules;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.zwgk.catalogue.data.Resolution;
import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.CategoryField;
import org.zwgk.catalogue.model.LegalReference;
import org.zwgk.catalogue.rules.internal.CheckView;
import org.zwgk.catalogue.rules.internal.Findings;
import org.zwgk.catalogue.rules.internal.Rule;

/**
 * {@code legal.instrument-unknown}: a citation the registry cannot resolve to exactly one instrument, so its
 * status cannot be checked. Not a shortfall in itself.
 */
public final class InstrumentUnknown implements Rule.Check {

    @Override
    public void check(CheckView check, Findings findings) {
        for (Category c : check.childCategories()) {
            Set<String> seen = null; // made for the rare category citing an unresolved instrument
            for (LegalReference ref : c.legalBasis()) {
                Resolution r = check.citations().resolve(ref);
                if (r.isResolved()) {
                    continue;
                }
                String printed = check.citations().printed(ref);
                if (seen == null) {
                    seen = new HashSet<>();
                }
                if (!seen.add(printed)) {
                    continue;
                }
                if (r.outcome() == Resolution.Outcome.AMBIGUOUS) {
                    String candidates = r.candidates().stream().map(i -> i.id()).collect(Collectors.joining(", "));
                    findings.at(c, CategoryField.LEGAL_BASIS).childValue(printed)
                            .report("finding.legal.instrument-unknown.ambiguous", c.name(), printed, candidates);
                } else {
                    findings.at(c, CategoryField.LEGAL_BASIS).childValue(printed)
                            .report("finding.legal.instrument-unknown", c.name(), printed);
                }
            }
        }
    }
}
