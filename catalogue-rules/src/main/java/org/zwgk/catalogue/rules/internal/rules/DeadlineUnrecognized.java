package org.zwgk.catalogue.rules.internal.rules;

import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.CategoryField;
import org.zwgk.catalogue.model.Deadline;
import org.zwgk.catalogue.rules.internal.CheckView;
import org.zwgk.catalogue.rules.internal.Findings;
import org.zwgk.catalogue.rules.internal.Rule;

/** {@code deadline.unrecognized}: a deadline the parser cannot read, so no deadline rule can judge it. */
public final class DeadlineUnrecognized implements Rule.Check {

    @Override
    public void check(CheckView check, Findings findings) {
        for (Category c : check.childCategories()) {
            if (c.deadline().isPresent() && !c.deadline().get().isRecognized()) {
                Deadline d = c.deadline().get();
                findings.at(c, CategoryField.DEADLINE).childValue(d.text())
                        .report("finding.deadline.unrecognized", c.name(), d.text());
            }
        }
    }
}
