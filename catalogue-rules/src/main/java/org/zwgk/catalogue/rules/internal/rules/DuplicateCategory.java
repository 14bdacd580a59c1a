package org.zwgk.catalogue.rules.internal.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.SourceLocation;
import org.zwgk.catalogue.rules.internal.CheckView;
import org.zwgk.catalogue.rules.internal.Findings;
import org.zwgk.catalogue.rules.internal.Rule;

/**
 * {@code structure.duplicate-category}: the same category twice in one catalogue — the same code, or, for rows
 * in the same area, the same folded name.
 */
public final class DuplicateCategory implements Rule.Check {

    @Override
    public void check(CheckView check, Findings findings) {
        List<Category> categories = check.childCategories();
        Map<String, Category> byCode = new HashMap<>(Math.max(16, categories.size() * 4 / 3 + 1));
        Map<String, Map<String, Category>> byAreaAndName = new HashMap<>();
        for (int i = 0; i < categories.size(); i++) {
            Category c = categories.get(i);
            Category first = c.code().isPresent() ? byCode.putIfAbsent(c.code().get(), c) : null;
            if (first == null) {
                // The keys the alignment made: keying each name again cost as much as the rest of this rule.
                first = byAreaAndName.computeIfAbsent(check.areaKey(i), a -> new HashMap<>())
                        .putIfAbsent(check.nameKey(i).text(), c);
            }
            if (first != null) {
                Optional<SourceLocation> row = check.row(first);
                String where = row.isPresent() ? row.get().toString() : first.name();
                findings.at(c).report("finding.structure.duplicate-category", c.name(), where);
            }
        }
    }
}
