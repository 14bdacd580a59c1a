package org.zwgk.catalogue.rules.internal.rules;

import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.rules.Match;
import org.zwgk.catalogue.rules.MatchKind;
import org.zwgk.catalogue.rules.internal.CheckView;
import org.zwgk.catalogue.rules.internal.Findings;
import org.zwgk.catalogue.rules.internal.Rule;

/** {@code coverage.local-addition}: a child category with no parent counterpart (补充完善 is allowed). */
public final class LocalAddition implements Rule.Check {

    @Override
    public void check(CheckView check, Findings findings) {
        for (Match m : check.ofKind(MatchKind.ADDED)) {
            Category c = m.child().orElseThrow();
            findings.at(c).childValue(c.name()).report("finding.coverage.local-addition", c.name());
        }
    }
}
