package org.zwgk.catalogue.rules.internal.rules;

import java.util.Optional;

import org.zwgk.catalogue.model.Audience;
import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.CategoryField;
import org.zwgk.catalogue.rules.Match;
import org.zwgk.catalogue.rules.RuleInfo;
import org.zwgk.catalogue.rules.Severity;
import org.zwgk.catalogue.rules.internal.CheckContext;
import org.zwgk.catalogue.rules.internal.LegalBases;
import org.zwgk.catalogue.rules.internal.Printed;
import org.zwgk.catalogue.rules.internal.Rule;

/** {@code audience.narrowed}: 全社会 in the parent, only 特定群体 in the child. */
public final class AudienceNarrowed implements Rule {

    static final RuleInfo INFO = new RuleInfo("audience.narrowed", "0.1.0", Severity.ERROR,
            Optional.of(LegalBases.GUIDELINE));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(CheckContext context) {
        for (Match m : context.comparable(CategoryField.AUDIENCE)) {
            Category p = m.parent().orElseThrow();
            Category c = m.child().orElseThrow();
            if (p.audience().contains(Audience.PUBLIC) && !c.audience().contains(Audience.PUBLIC)) {
                context.at(c, CategoryField.AUDIENCE).parentValue(Printed.audience(p.audience()))
                        .childValue(Printed.audience(c.audience()))
                        .report("finding.audience.narrowed", c.name(), Printed.audience(c.audience()));
            }
        }
    }
}
