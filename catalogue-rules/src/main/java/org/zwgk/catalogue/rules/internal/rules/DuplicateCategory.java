package org.zwgk.catalogue.rules.internal.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.SourceLocation;
import org.zwgk.catalogue.rules.internal.CheckContext;
import org.zwgk.catalogue.rules.internal.Rule;

/**
 * {@code structure.duplicate-category}: the same category twice in one catalogue — the same code, or, for rows
 * in the same area, the same folded name.
 */
public final class DuplicateCategory implements Rule.Check {

    @Override
    public void check(CheckContext context) {
        List<Category> categories = context.childCategories();
        Map<String, Category> byCode = new HashMap<>(Math.max(16, categories.size() * 4 / 3 + 1));
        Map<String, Map<String, Category>> byAreaAndName = new HashMap<>();
        for (int i = 0; i < categories.size(); i++) {
            Category c = categories.get(i);
            Category first = c.code().isPresent() ? byCode.putIfAbsent(c.code().get(), c) : null;
            if (first == null) {
                // The keys the alignment made: keying each name again cost as much as the rest of this rule.
                first = byAreaAndName.computeIfAbsent(context.areaKey(i), a -> new HashMap<>())
                        .putIfAbsent(context.nameKey(i).text(), c);
            }
            if (first != null) {
                Optional<SourceLocation> row = context.row(first);
                String where = row.isPresent() ? row.get().toString() : first.name();
                context.at(c).report("finding.structure.duplicate-category", c.name(), where);
            }
        }
    }
}
