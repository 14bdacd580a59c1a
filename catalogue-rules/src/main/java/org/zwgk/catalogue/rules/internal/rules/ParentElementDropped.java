package org.zwgk.catalogue.rules.internal.rules;

import java.util.ArrayList;
import java.util.List;

import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.CategoryField;
import org.zwgk.catalogue.model.ContentElement;
import org.zwgk.catalogue.rules.Match;
import org.zwgk.catalogue.rules.internal.CheckView;
import org.zwgk.catalogue.rules.internal.Findings;
import org.zwgk.catalogue.rules.internal.LegalBases;
import org.zwgk.catalogue.rules.internal.Names;
import org.zwgk.catalogue.rules.internal.Printed;
import org.zwgk.catalogue.rules.internal.Rule;

/**
 * {@code content.parent-element-dropped}: content elements of the parent's category that the child does not keep,
 * one finding per category listing them. An element is kept when some child element contains it once folded
 * (细化: "行政处罚决定书（含罚款金额）" keeps "行政处罚决定书"; one cell listing several elements keeps each), or is
 * similar to it by the alignment's measure (a rewording). Common abbreviations are folded first (危废 = 危险废物,
 * 环评 = 环境影响评价: data in {@code legal-bases.json}). A single element may be declared 不涉及 with a reason
 * ("…海洋工程…审批结果（不涉及：本县无海域）"): it is then not reported; a bare 不涉及 is no reason. Stages (受理环节 …)
 * are not compared.
 */
public final class ParentElementDropped implements Rule.Check {

    private static final String NOT_APPLICABLE = "不涉及";

    @Override
    public void check(CheckView check, Findings findings) {
        for (Match m : check.comparable(CategoryField.CONTENT, findings)) {
            Category p = m.parent().orElseThrow();
            Category c = m.child().orElseThrow();
            List<Names.Key> childKeys = new ArrayList<>(c.content().size());
            List<Names.Key> declared = new ArrayList<>();
            for (ContentElement e : c.content()) {
                String text = e.text();
                int at = text.indexOf(NOT_APPLICABLE);
                if (at < 0) {
                    childKeys.add(check.facts().key(LegalBases.foldAbbreviations(text)));
                    continue;
                }
                String reason = text.substring(at + NOT_APPLICABLE.length()).replaceAll("^[：:，,、\\s]+|[)）]+$", "");
                if (!LegalBases.isBareReason(reason)) {
                    declared.add(check.facts().key(LegalBases.foldAbbreviations(text.substring(0, at))));
                }
            }
            // The parent's keys and printed content are the checker's, made once.
            List<Names.Key> parentKeys = check.facts().contentKeys(p);
            List<String> dropped = new ArrayList<>();
            for (int i = 0; i < parentKeys.size(); i++) {
                if (!kept(parentKeys.get(i), childKeys) && !kept(parentKeys.get(i), declared)) {
                    dropped.add("“" + p.content().get(i).printed() + "”");
                }
            }
            if (!dropped.isEmpty()) {
                findings.at(c, CategoryField.CONTENT).parentValue(check.facts().printedContent(p))
                        .childValue(Printed.content(c.content()))
                        .report("finding.content.parent-element-dropped", c.name(), String.join("、", dropped),
                                dropped.size());
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
