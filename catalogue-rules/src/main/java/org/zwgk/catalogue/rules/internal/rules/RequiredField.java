package org.zwgk.catalogue.rules.internal.rules;

import java.util.List;
import java.util.Optional;

import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.CategoryField;
import org.zwgk.catalogue.rules.RuleInfo;
import org.zwgk.catalogue.rules.Severity;
import org.zwgk.catalogue.rules.internal.CheckContext;
import org.zwgk.catalogue.rules.internal.LegalBases;
import org.zwgk.catalogue.rules.internal.Rule;

/** {@code structure.required-field}: a category without name, content, deadline, channel, audience or mode. */
public final class RequiredField implements Rule {

    static final RuleInfo INFO = new RuleInfo("structure.required-field", "0.1.0", Severity.ERROR,
            Optional.of(LegalBases.GUIDELINE));

    private static final List<CategoryField> REQUIRED = List.of(CategoryField.NAME, CategoryField.CONTENT,
            CategoryField.DEADLINE, CategoryField.CHANNELS, CategoryField.AUDIENCE, CategoryField.MODE);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(CheckContext context) {
        for (Category c : context.childCategories()) {
            for (CategoryField field : REQUIRED) {
                if (!c.isStated(field)) {
                    context.at(c, field).report("finding.structure.required-field", c.name(), field.label(),
                            field.jsonName());
                }
            }
        }
    }
}
