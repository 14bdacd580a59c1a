package org.zwgk.catalogue.rules.internal.rules;

import java.util.List;
import java.util.Optional;

import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.CategoryField;
import org.zwgk.catalogue.model.SourceLocation;
import org.zwgk.catalogue.rules.internal.CheckView;
import org.zwgk.catalogue.rules.internal.Findings;
import org.zwgk.catalogue.rules.internal.Rule;

/**
 * {@code structure.required-field}: a category without name, content, deadline, channel, audience or mode. Where the
 * file has no column for the field at all, the reader reported it once ({@code io.column.missing}) and each row's
 * finding says so and names where: the fix is one column, not every row.
 */
public final class RequiredField implements Rule.Check {

    private static final List<CategoryField> REQUIRED = List.of(CategoryField.NAME, CategoryField.CONTENT,
            CategoryField.DEADLINE, CategoryField.CHANNELS, CategoryField.AUDIENCE, CategoryField.MODE);

    @Override
    public void check(CheckView check, Findings findings) {
        for (Category c : check.childCategories()) {
            for (CategoryField field : REQUIRED) {
                if (c.isStated(field)) {
                    continue;
                }
                Optional<SourceLocation> noColumn = check.missingColumn(field);
                if (noColumn.isPresent()) {
                    // The reader reported the column missing once; each row's finding names that read problem.
                    findings.at(c, field).report("finding.structure.required-field.column-missing", c.name(),
                            field.label(), field.jsonName(), noColumn.get());
                } else {
                    findings.at(c, field).report("finding.structure.required-field", c.name(), field.label(),
                            field.jsonName());
                }
            }
        }
    }
}
