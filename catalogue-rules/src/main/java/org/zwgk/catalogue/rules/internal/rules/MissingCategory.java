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

/** {@code coverage.missing-category}: a parent category absent from the child and not declared not applicable. */
public final class MissingCategory implements Rule {

    static final RuleInfo INFO = new RuleInfo("coverage.missing-category", "0.1.0", Severity.ERROR,
            Optional.of(LegalBases.GUIDELINE));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(CheckContext context) {
        for (Match m : context.ofKind(MatchKind.MISSING)) {
            Category p = m.parent().orElseThrow();
            context.atParent(p).parentValue(p.name())
                    .report("finding.coverage.missing-category", p.name(), p.code().orElse("—"));
        }
    }
}
