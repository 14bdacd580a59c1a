package org.zwgk.catalogue.rules.internal.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.CategoryField;
import org.zwgk.catalogue.model.Deadline;
import org.zwgk.catalogue.model.Span;
import org.zwgk.catalogue.model.Strictness;
import org.zwgk.catalogue.model.TimeUnit;
import org.zwgk.catalogue.model.internal.Text;
import org.zwgk.catalogue.rules.Severity;
import org.zwgk.catalogue.rules.internal.CheckView;
import org.zwgk.catalogue.rules.internal.Findings;
import org.zwgk.catalogue.rules.internal.LegalBases;
import org.zwgk.catalogue.rules.internal.LegalBases.SpecialStatute;
import org.zwgk.catalogue.rules.internal.Rule;

/**
 * {@code deadline.special-statute}: a deadline looser than a special statutory one that the 条例's 20 working days
 * give way to (第二十六条: 法律、法规对政府信息公开的期限另有规定的，从其规定). The statutes are data: 国办发〔2018〕118号
 * (行政许可 and 行政处罚 decision information within 7 working days of the decision; its text is not verified, and
 * the finding says so) and 《行政处罚法》(2021) 第四十八条 (a published penalty decision that is changed or revoked is
 * withdrawn within 三日, working days by 第八十五条). When the parent's row is as loose (the national 行政处罚决定 row
 * says 20 working days), the rows that keep their parent's period make one INFO that names them and says the parent
 * is looser than the statute too: copying it is not the child's fault alone, and the fix starts with the parent. A
 * WARNING for each row where the child alone is looser.
 */
public final class SpecialStatuteDeadline implements Rule.Check {

    @Override
    public void check(CheckView check, Findings findings) {
        List<SpecialStatute> statutes = LegalBases.specialStatutes();
        // Rows that keep their parent's period, by statute, period and parent text: one notice for them all.
        Map<List<Object>, List<Category>> copied = new LinkedHashMap<>();
        Map<String, String> areas = new HashMap<>(); // each area's name compacted once, not once per row
        for (Category c : check.childCategories()) {
            if (c.deadline().isEmpty()) {
                continue;
            }
            String name = Text.compact(c.name());
            String area = areas.computeIfAbsent(check.areaName(c), Text::compact);
            for (SpecialStatute statute : statutes) {
                if (!statute.governs(name, area)) {
                    continue;
                }
                Optional<Deadline.Relative> looser = looser(c, c.deadline().get(), statute);
                if (looser.isEmpty()) {
                    continue;
                }
                Optional<Deadline> parent = check.parentOf(c).flatMap(Category::deadline);
                Optional<Deadline.Relative> parentClause = parent.flatMap(pd -> looser(c, pd, statute));
                if (parentClause.isPresent()
                        && looser.get().longest().compare(parentClause.get().longest()).isAtLeastAsStrict()) {
                    copied.computeIfAbsent(List.of(statute, looser.get().longest(), parent.get().text()),
                            k -> new ArrayList<>()).add(c);
                    continue;
                }
                Span limit = new Span(statute.within(), TimeUnit.WORKING_DAY);
                Findings.Builder finding = at(findings, c, statute);
                parent.ifPresent(pd -> finding.parentValue(pd.text()));
                finding.report(statute.onChange() ? "finding.deadline.special-statute.withdrawal"
                        : "finding.deadline.special-statute", c.name(), looser.get().longest(), limit);
            }
        }
        for (Map.Entry<List<Object>, List<Category>> e : copied.entrySet()) {
            SpecialStatute statute = (SpecialStatute) e.getKey().get(0);
            Category first = e.getValue().get(0);
            List<String> names = new ArrayList<>();
            e.getValue().forEach(c -> names.add("“" + c.name() + "”"));
            // The rows keep their parent's period: the parent is as loose, so the fix starts there: a notice.
            at(findings, first, statute).parentValue((String) e.getKey().get(2)).severity(Severity.INFO)
                    .report(statute.onChange() ? "finding.deadline.special-statute.withdrawal.parent-too"
                            : "finding.deadline.special-statute.parent-too", String.join("、", names),
                            e.getKey().get(1), new Span(statute.within(), TimeUnit.WORKING_DAY), e.getKey().get(2),
                            names.size());
        }
    }

    private static Findings.Builder at(Findings findings, Category c, SpecialStatute statute) {
        return findings.at(c, CategoryField.DEADLINE).childValue(c.deadline().get().text())
                .legalBasis(statute.basis().printed() + (statute.basis().isVerified() ? "" : "（未核实）"));
    }

    /**
     * The clause of {@code deadline} the statute governs and it exceeds: for a decision statute a clause of the
     * formation clock (形成, 制作或获取, 作出决定); for a change statute a clause that also covers 变更.
     */
    private static Optional<Deadline.Relative> looser(Category c, Deadline deadline, SpecialStatute statute) {
        Span limit = new Span(statute.within(), TimeUnit.WORKING_DAY);
        for (Deadline.Relative r : relatives(deadline)) {
            boolean formed = LegalBases.clock(r.trigger(), r.text(), c.name()).filter("formed"::equals).isPresent();
            boolean governed = statute.onChange() ? formed && LegalBases.coversChange(r.trigger(), r.text()) : formed;
            if (governed && r.longest().compare(limit) == Strictness.LOOSER) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    private static List<Deadline.Relative> relatives(Deadline d) {
        List<Deadline.Relative> out = new ArrayList<>();
        if (d instanceof Deadline.Relative r) {
            out.add(r);
        } else if (d instanceof Deadline.Composite composite) {
            composite.parts().forEach(p -> out.addAll(relatives(p)));
        }
        return out;
    }
}
