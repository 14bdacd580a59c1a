package org.zwgk.catalogue.rules.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.CategoryField;
import org.zwgk.catalogue.model.ContentElement;
import org.zwgk.catalogue.rules.Match;
import org.zwgk.catalogue.rules.RuleInfo;
import org.zwgk.catalogue.rules.Severity;
import org.zwgk.catalogue.rules.internal.CheckContext;
import org.zwgk.catalogue.rules.internal.LegalBases;
import org.zwgk.catalogue.rules.internal.Names;
import org.zwgk.catalogue.rules.internal.Printed;
import org.zwgk.catalogue.rules.internal.Rule;

/**
 * {@code content.parent-element-dropped}: a content element of the parent's category that the child does not keep.
 * An element is kept when some child element contains it once folded (细化: "行政处罚决定书（含罚款金额）" keeps
 * "行政处罚决定书"; one cell listing several elements keeps each), or is similar to it by the alignment's measure
 * (a rewording). Stages (受理环节 …) are not compared.
 */
public final class ParentElementDropped implements Rule {

    static final RuleInfo INFO = new RuleInfo("content.parent-element-dropped", "0.1.0", Severity.ERROR,
            Optional.of(LegalBases.GUIDELINE));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(CheckContext context) {
        for (Match m : context.comparable(CategoryField.CONTENT)) {
            Category p = m.parent().orElseThrow();
            Category c = m.child().orElseThrow();
            List<Names.Key> childKeys = new ArrayList<>(c.content().size());
            for (ContentElement e : c.content()) {
                childKeys.add(Names.keyOf(e.text()));
            }
            // The parent's keys and printed content are the checker's, made once.
            List<Names.Key> parentKeys = context.facts().contentKeys(p);
            for (int i = 0; i < parentKeys.size(); i++) {
                if (!kept(parentKeys.get(i), childKeys)) {
                    context.at(c, CategoryField.CONTENT).parentValue(context.facts().printedContent(p))
                            .childValue(Printed.content(c.content()))
                            .report("finding.content.parent-element-dropped", c.name(), p.content().get(i).printed());
                }
            }
        }
    }

    static boolean kept(Names.Key parentKey, List<Names.Key> childKeys) {
        if (parentKey.isEmpty()) {
            return true;
        }
        for (Names.Key k : childKeys) {
            if (k.text().contains(parentKey.text()) || parentKey.dice(k) >= Names.THRESHOLD) {
                return true;
            }
        }
        return false;
    }
}
