package org.zwgk.catalogue.rules.internal.rules;

import java.util.Optional;

import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.rules.Match;
import org.zwgk.catalogue.rules.MatchKind;
import org.zwgk.catalogue.rules.RuleInfo;
import org.zwgk.catalogue.rules.Severity;
import org.zwgk.catalogue.rules.internal.CheckContext;
import org.zwgk.catalogue.rules.internal.LegalBases;
import org.zwgk.catalogue.rules.internal.Rule;

/** {@code coverage.local-addition}: a child category with no parent counterpart (补充完善 is allowed). */
public final class LocalAddition implements Rule {

    static final RuleInfo INFO = new RuleInfo("coverage.local-addition", "0.1.0", Severity.INFO,
            Optional.of(LegalBases.GUIDELINE));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(CheckContext context) {
        for (Match m : context.ofKind(MatchKind.ADDED)) {
            Category c = m.child().orElseThrow();
            context.at(c).childValue(c.name()).report("finding.coverage.local-addition", c.name());
        }
    }
}
