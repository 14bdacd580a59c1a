package org.zwgk.catalogue.rules.internal.rules;

import java.util.List;

import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.CategoryField;
import org.zwgk.catalogue.model.Deadline;
import org.zwgk.catalogue.model.Period;
import org.zwgk.catalogue.model.Span;
import org.zwgk.catalogue.model.Strictness;
import org.zwgk.catalogue.model.TimeUnit;
import org.zwgk.catalogue.model.Trigger;
import org.zwgk.catalogue.rules.internal.CheckView;
import org.zwgk.catalogue.rules.internal.Findings;
import org.zwgk.catalogue.rules.internal.LegalBases;
import org.zwgk.catalogue.rules.internal.Rule;

/**
 * {@code deadline.beyond-statute}: a deadline beyond the ceilings of the 政府信息公开条例 (2019): 第二十六条, 20
 * working days from the information being formed or changed (or made or obtained, produced: the trigger
 * equivalences of {@code legal-bases.json}) for proactive items;
 * 第三十三条, 20 working days from receipt for requests, extendable by at most 20; 第四十九条, the annual report
 * by 1月31日. Only deadlines known to be longer are reported: 30日 against 20个工作日 may or may not be longer,
 * and is not reported.
 */
public final class DeadlineBeyondStatute implements Rule.Check {

    private static final Span TWENTY_WORKING_DAYS = new Span(20, TimeUnit.WORKING_DAY);

    @Override
    public void check(CheckView check, Findings findings) {
        List<Category> categories = check.childCategories();
        for (int i = 0; i < categories.size(); i++) {
            Category c = categories.get(i);
            if (c.deadline().isPresent()) {
                judge(check, findings, c, i, c.deadline().get(), c.deadline().get());
            }
        }
    }

    private void judge(CheckView check, Findings findings, Category c, int index, Deadline whole, Deadline part) {
        if (part instanceof Deadline.Composite composite) {
            composite.parts().forEach(p -> judge(check, findings, c, index, whole, p));
        } else if (part instanceof Deadline.Relative r) {
            relative(findings, c, whole, r);
        } else if (part instanceof Deadline.Periodic p) {
            periodic(check, findings, c, index, whole, p);
        }
    }

    private void relative(Findings findings, Category c, Deadline whole, Deadline.Relative r) {
        Trigger t = r.trigger();
        // 形成, 制作或获取, 产生, 生成 (and 作出决定 on a decision row) start 第二十六条's clock: legal-bases.json.
        if (LegalBases.clock(t, r.text(), c.name()).filter("formed"::equals).isPresent()) {
            if (r.longest().compare(TWENTY_WORKING_DAYS) == Strictness.LOOSER) {
                findings.at(c, CategoryField.DEADLINE).childValue(whole.text()).parentValue("20个工作日")
                        .legalBasis(LegalBases.ART_26)
                        .report("finding.deadline.beyond-statute.proactive", c.name(), r.longest(), "20个工作日");
            }
        } else if (t == Trigger.REQUEST_RECEIVED) {
            boolean within = r.within().compare(TWENTY_WORKING_DAYS) == Strictness.LOOSER;
            boolean extension = r.extension().map(e -> e.compare(TWENTY_WORKING_DAYS) == Strictness.LOOSER)
                    .orElse(false);
            if (within || extension) {
                String stated = r.within() + r.extension().map(e -> "+" + e).orElse("");
                findings.at(c, CategoryField.DEADLINE).childValue(whole.text()).parentValue("20个工作日+20个工作日")
                        .legalBasis(LegalBases.ART_33)
                        .report("finding.deadline.beyond-statute.request", c.name(), stated, "20个工作日+20个工作日");
            }
        }
    }

    private void periodic(CheckView check, Findings findings, Category c, int index, Deadline whole,
            Deadline.Periodic p) {
        String key = check.nameKey(index).text();
        boolean annualReport = key.contains("年度报告") || key.contains("年报");
        if (!annualReport || p.period() != Period.YEARLY || p.dueMonth().isEmpty()) {
            return;
        }
        int month = p.dueMonth().getAsInt();
        int day = p.dueDay().orElse(31);
        if (month > 1 || day > 31) {
            String stated = month + "月" + (p.dueDay().isPresent() ? day + "日" : "");
            findings.at(c, CategoryField.DEADLINE).childValue(whole.text()).parentValue("每年1月31日前")
                    .legalBasis(LegalBases.ART_49)
                    .report("finding.deadline.beyond-statute.annual-report", c.name(), stated, "1月31日");
        }
    }
}
