package org.zwgk.catalogue.rules.internal.rules;

import java.util.Optional;

import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.CategoryField;
import org.zwgk.catalogue.model.Deadline;
import org.zwgk.catalogue.model.Strictness;
import org.zwgk.catalogue.rules.Match;
import org.zwgk.catalogue.rules.RuleInfo;
import org.zwgk.catalogue.rules.Severity;
import org.zwgk.catalogue.rules.internal.CheckContext;
import org.zwgk.catalogue.rules.internal.LegalBases;
import org.zwgk.catalogue.rules.internal.Rule;

/**
 * {@code deadline.looser-than-parent}: a deadline less strict than the parent's. Where the two cannot be compared
 * (a different trigger, a different kind, working days against calendar days that overlap) the rule does not
 * guess: it reports a WARNING that the child's deadline cannot be shown to meet the parent's.
 */
public final class DeadlineLooserThanParent implements Rule {

    static final RuleInfo INFO = new RuleInfo("deadline.looser-than-parent", "0.1.0", Severity.ERROR,
            Optional.of(LegalBases.GUIDELINE));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(CheckContext context) {
        for (Match m : context.comparable(CategoryField.DEADLINE)) {
            Category p = m.parent().orElseThrow();
            Category c = m.child().orElseThrow();
            Deadline pd = p.deadline().get();
            Deadline cd = c.deadline().get();
            if (!pd.isRecognized()) {
                context.skip(p, CategoryField.DEADLINE, "skip.parent-deadline-unrecognized", pd.text());
                continue;
            }
            if (!cd.isRecognized()) {
                context.skip(p, CategoryField.DEADLINE, "skip.child-deadline-unrecognized", cd.text());
                continue;
            }
            Strictness s = cd.compareStrictness(pd);
            if (s == Strictness.LOOSER) {
                context.at(c, CategoryField.DEADLINE).parentValue(pd.text()).childValue(cd.text())
                        .report("finding.deadline.looser-than-parent", c.name(), cd.text(), pd.text());
            } else if (s == Strictness.NOT_COMPARABLE) {
                context.at(c, CategoryField.DEADLINE).parentValue(pd.text()).childValue(cd.text())
                        .severity(Severity.WARNING)
                        .report("finding.deadline.looser-than-parent.not-comparable", c.name(), cd.text(), pd.text());
            }
        }
    }
}
