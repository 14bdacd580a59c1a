package org.zwgk.catalogue.rules.internal.rules;

import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.rules.Match;
import org.zwgk.catalogue.rules.MatchKind;
import org.zwgk.catalogue.rules.internal.CheckView;
import org.zwgk.catalogue.rules.internal.Findings;
import org.zwgk.catalogue.rules.internal.Rule;

/** {@code coverage.missing-category}: a parent category absent from the child and not declared not applicable. */
public final class MissingCategory implements Rule.Check {

    @Override
    public void check(CheckView check, Findings findings) {
        for (Match m : check.ofKind(MatchKind.MISSING)) {
            Category p = m.parent().orElseThrow();
            findings.atParent(p).parentValue(p.name())
                    .report("finding.coverage.missing-category", p.name(), p.code().orElse("—"));
        }
    }
}
