package org.zwgk.catalogue.rules.internal.rules;

import java.util.Optional;

import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.CategoryField;
import org.zwgk.catalogue.model.Deadline;
import org.zwgk.catalogue.model.Strictness;
import org.zwgk.catalogue.rules.Match;
import org.zwgk.catalogue.rules.Severity;
import org.zwgk.catalogue.rules.internal.CheckView;
import org.zwgk.catalogue.rules.internal.Findings;
import org.zwgk.catalogue.rules.internal.LegalBases;
import org.zwgk.catalogue.rules.internal.Rule;

/**
 * {@code deadline.looser-than-parent}: a deadline less strict than the parent's. Triggers that start the same clock
 * by the 条例 (第二条: information is 制作或者获取; 第二十六条: counted from 形成或者变更; for decision rows 作出决定之日 is
 * the day the information is formed) compare as equal: the equivalences are data ({@code legal-bases.json}). When
 * the child's trigger of that clock omits 变更 where the parent's has it, an INFO: updates after a change are not
 * promised. Where the two still cannot be compared (收到申请 against 形成, another kind, working days against
 * overlapping calendar days) the rule does not guess: a WARNING that the child's deadline cannot be shown to meet
 * the parent's.
 */
public final class DeadlineLooserThanParent implements Rule.Check {

    @Override
    public void check(CheckView check, Findings findings) {
        for (Match m : check.comparable(CategoryField.DEADLINE, findings)) {
            Category p = m.parent().orElseThrow();
            Category c = m.child().orElseThrow();
            Deadline pd = p.deadline().get();
            Deadline cd = c.deadline().get();
            if (!pd.isRecognized()) {
                findings.skip(p, CategoryField.DEADLINE, "skip.parent-deadline-unrecognized", pd.text());
                continue;
            }
            if (!cd.isRecognized()) {
                findings.skip(p, CategoryField.DEADLINE, "skip.child-deadline-unrecognized", cd.text());
                continue;
            }
            Strictness s = cd.compareStrictness(pd);
            boolean sameClock = false;
            if (pd instanceof Deadline.Relative pr && cd instanceof Deadline.Relative cr) {
                Optional<String> pc = LegalBases.clock(pr.trigger(), pr.text(), p.name());
                Optional<String> cc = LegalBases.clock(cr.trigger(), cr.text(), c.name());
                sameClock = pc.isPresent() && pc.equals(cc);
                if (sameClock && s == Strictness.NOT_COMPARABLE) {
                    s = cr.within().compare(pr.within()).and(cr.longest().compare(pr.longest()));
                }
                if (sameClock && s != Strictness.LOOSER && s != Strictness.NOT_COMPARABLE
                        && LegalBases.coversChange(pr.trigger(), pr.text())
                        && !LegalBases.coversChange(cr.trigger(), cr.text())) {
                    findings.at(c, CategoryField.DEADLINE).parentValue(pd.text()).childValue(cd.text())
                            .severity(Severity.INFO).legalBasis(LegalBases.printed(LegalBases.triggerBases()))
                            .report("finding.deadline.looser-than-parent.change-omitted", c.name(), cd.text(),
                                    pd.text());
                    continue;
                }
            }
            if (s == Strictness.LOOSER) {
                findings.at(c, CategoryField.DEADLINE).parentValue(pd.text()).childValue(cd.text())
                        .report("finding.deadline.looser-than-parent", c.name(), cd.text(), pd.text());
            } else if (s == Strictness.NOT_COMPARABLE && !ModeDeadlineChannel.countsProactiveFromRequest(c)) {
                // A 主动 row counted from 收到申请 contradicts itself: consistency.mode-deadline-channel names it.
                findings.at(c, CategoryField.DEADLINE).parentValue(pd.text()).childValue(cd.text())
                        .severity(Severity.WARNING)
                        .report("finding.deadline.looser-than-parent.not-comparable", c.name(), cd.text(), pd.text());
            }
        }
    }
}
