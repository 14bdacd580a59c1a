package org.zwgk.catalogue.rules.internal.rules;

import java.util.Optional;

import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.CategoryField;
import org.zwgk.catalogue.model.internal.Text;
import org.zwgk.catalogue.rules.RuleInfo;
import org.zwgk.catalogue.rules.Severity;
import org.zwgk.catalogue.rules.internal.CheckContext;
import org.zwgk.catalogue.rules.internal.LegalBases;
import org.zwgk.catalogue.rules.internal.Rule;

/** {@code owner.missing}: a category with no 公开主体, so nobody answers for it. */
public final class OwnerMissing implements Rule {

    static final RuleInfo INFO = new RuleInfo("owner.missing", "0.1.0", Severity.ERROR,
            Optional.of(LegalBases.GUIDELINE));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(CheckContext context) {
        for (Category c : context.childCategories()) {
            if (c.owner().filter(o -> !Text.isBlank(o)).isEmpty()) {
                context.at(c, CategoryField.OWNER).report("finding.owner.missing", c.name());
            }
        }
    }
}
