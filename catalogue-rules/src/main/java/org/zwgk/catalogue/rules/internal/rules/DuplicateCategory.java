package org.zwgk.catalogue.rules.internal.rules;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.rules.RuleInfo;
import org.zwgk.catalogue.rules.Severity;
import org.zwgk.catalogue.rules.internal.CheckContext;
import org.zwgk.catalogue.rules.internal.LegalBases;
import org.zwgk.catalogue.rules.internal.Names;
import org.zwgk.catalogue.rules.internal.Rule;

/**
 * {@code structure.duplicate-category}: the same category twice in one catalogue — the same code, or, for rows
 * in the same area, the same folded name.
 */
public final class DuplicateCategory implements Rule {

    static final RuleInfo INFO = new RuleInfo("structure.duplicate-category", "0.1.0", Severity.ERROR,
            Optional.of(LegalBases.GUIDELINE));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(CheckContext context) {
        Map<String, Category> byCode = new HashMap<>();
        Map<String, Map<String, Category>> byAreaAndName = new HashMap<>();
        for (Category c : context.childCategories()) {
            Category first = c.code().map(code -> byCode.putIfAbsent(code, c)).orElse(null);
            if (first == null) {
                String area = context.areaOf(c).map(a -> Names.key(a.name())).orElse("");
                first = byAreaAndName.computeIfAbsent(area, a -> new HashMap<>()).putIfAbsent(Names.key(c.name()), c);
            }
            if (first != null) {
                Category earlier = first;
                String where = context.row(earlier).map(Object::toString).orElse(earlier.name());
                context.at(c).report("finding.structure.duplicate-category", c.name(), where);
            }
        }
    }
}
