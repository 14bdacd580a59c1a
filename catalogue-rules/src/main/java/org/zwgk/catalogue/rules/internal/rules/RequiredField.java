package org.zwgk.catalogue.rules.internal.rules;

import java.util.List;

import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.CategoryField;
import org.zwgk.catalogue.rules.internal.CheckView;
import org.zwgk.catalogue.rules.internal.Findings;
import org.zwgk.catalogue.rules.internal.Rule;

/** {@code structure.required-field}: a category without name, content, deadline, channel, audience or mode. */
public final class RequiredField implements Rule.Check {

    private static final List<CategoryField> REQUIRED = List.of(CategoryField.NAME, CategoryField.CONTENT,
            CategoryField.DEADLINE, CategoryField.CHANNELS, CategoryField.AUDIENCE, CategoryField.MODE);

    @Override
    public void check(CheckView check, Findings findings) {
        for (Category c : check.childCategories()) {
            for (CategoryField field : REQUIRED) {
                if (!c.isStated(field)) {
                    findings.at(c, field).report("finding.structure.required-field", c.name(), field.label(),
                            field.jsonName());
                }
            }
        }
    }
}
