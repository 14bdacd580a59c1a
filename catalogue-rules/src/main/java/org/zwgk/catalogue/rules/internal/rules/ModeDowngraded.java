package org.zwgk.catalogue.rules.internal.rules;

import java.util.Optional;

import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.CategoryField;
import org.zwgk.catalogue.model.DisclosureMode;
import org.zwgk.catalogue.rules.Match;
import org.zwgk.catalogue.rules.RuleInfo;
import org.zwgk.catalogue.rules.Severity;
import org.zwgk.catalogue.rules.internal.CheckContext;
import org.zwgk.catalogue.rules.internal.LegalBases;
import org.zwgk.catalogue.rules.internal.Printed;
import org.zwgk.catalogue.rules.internal.Rule;

/** {@code mode.downgraded}: 主动 in the parent, only 依申请 in the child. */
public final class ModeDowngraded implements Rule {

    static final RuleInfo INFO = new RuleInfo("mode.downgraded", "0.1.0", Severity.ERROR,
            Optional.of(LegalBases.GUIDELINE));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(CheckContext context) {
        for (Match m : context.comparable(CategoryField.MODE)) {
            Category p = m.parent().orElseThrow();
            Category c = m.child().orElseThrow();
            if (p.mode().contains(DisclosureMode.PROACTIVE) && !c.mode().contains(DisclosureMode.PROACTIVE)) {
                context.at(c, CategoryField.MODE).parentValue(Printed.mode(p.mode()))
                        .childValue(Printed.mode(c.mode()))
                        .report("finding.mode.downgraded", c.name(), Printed.mode(c.mode()));
            }
        }
    }
}
