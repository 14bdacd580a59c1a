package org.zwgk.catalogue.rules.internal.rules;

import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.CategoryField;
import org.zwgk.catalogue.model.internal.Text;
import org.zwgk.catalogue.rules.internal.CheckView;
import org.zwgk.catalogue.rules.internal.Findings;
import org.zwgk.catalogue.rules.internal.Rule;

/** {@code owner.missing}: a category with no 公开主体, so nobody answers for it. */
public final class OwnerMissing implements Rule.Check {

    @Override
    public void check(CheckView check, Findings findings) {
        for (Category c : check.childCategories()) {
            if (c.owner().filter(o -> !Text.isBlank(o)).isEmpty()) {
                findings.at(c, CategoryField.OWNER).report("finding.owner.missing", c.name());
            }
        }
    }
}
