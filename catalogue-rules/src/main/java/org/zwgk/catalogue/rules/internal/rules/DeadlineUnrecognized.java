package org.zwgk.catalogue.rules.internal.rules;

import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.CategoryField;
import org.zwgk.catalogue.model.Deadline;
import org.zwgk.catalogue.rules.internal.CheckContext;
import org.zwgk.catalogue.rules.internal.Rule;

/** {@code deadline.unrecognized}: a deadline the parser cannot read, so no deadline rule can judge it. */
public final class DeadlineUnrecognized implements Rule.Check {

    @Override
    public void check(CheckContext context) {
        for (Category c : context.childCategories()) {
            if (c.deadline().isPresent() && !c.deadline().get().isRecognized()) {
                Deadline d = c.deadline().get();
                context.at(c, CategoryField.DEADLINE).childValue(d.text())
                        .report("finding.deadline.unrecognized", c.name(), d.text());
            }
        }
    }
}
