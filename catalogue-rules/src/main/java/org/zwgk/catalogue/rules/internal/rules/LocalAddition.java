package org.zwgk.catalogue.rules.internal.rules;

import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.rules.Match;
import org.zwgk.catalogue.rules.MatchKind;
import org.zwgk.catalogue.rules.internal.CheckContext;
import org.zwgk.catalogue.rules.internal.Rule;

/** {@code coverage.local-addition}: a child category with no parent counterpart (补充完善 is allowed). */
public final class LocalAddition implements Rule.Check {

    @Override
    public void check(CheckContext context) {
        for (Match m : context.ofKind(MatchKind.ADDED)) {
            Category c = m.child().orElseThrow();
            context.at(c).childValue(c.name()).report("finding.coverage.local-addition", c.name());
        }
    }
}
