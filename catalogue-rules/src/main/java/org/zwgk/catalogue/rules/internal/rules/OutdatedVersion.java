package org.zwgk.catalogue.rules.internal.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.CategoryField;
import org.zwgk.catalogue.model.Deadline;
import org.zwgk.catalogue.model.LegalReference;
import org.zwgk.catalogue.model.Period;
import org.zwgk.catalogue.model.Span;
import org.zwgk.catalogue.model.TimeUnit;
import org.zwgk.catalogue.model.Trigger;
import org.zwgk.catalogue.model.internal.Text;
import org.zwgk.catalogue.rules.internal.CheckView;
import org.zwgk.catalogue.rules.internal.Findings;
import org.zwgk.catalogue.rules.internal.LegalBases;
import org.zwgk.catalogue.rules.internal.Rule;

/**
 * {@code legal.outdated-version}: signs that a row was built on the 2007 条例 (国务院令第492号) rather than the 2019
 * text (国务院令第711号, in force from 2019-05-15): a citation of 国务院令第492号; a request answered within 15 working
 * days (2007 第二十四条; now 20 + 20, 第三十三条); an annual report by 3月31日 (2007; now 1月31日 for a department,
 * 第四十九条). Each is answered with the 2019 text. A WARNING: a unit may promise more than the law asks, so the 15
 * days are not wrong in themselves, but they show which text the row was copied from.
 */
public final class OutdatedVersion implements Rule.Check {

    private static final Pattern NOT_DIGIT = Pattern.compile("\\D");

    @Override
    public void check(CheckView check, Findings findings) {
        String alias = Text.compact(LegalBases.outdatedAlias());
        String digits = NOT_DIGIT.matcher(alias).replaceAll("");
        // A catalogue cites the same few instruments on most rows: each citation is read once per check.
        Map<LegalReference, Boolean> outdated = new HashMap<>();
        List<Category> categories = check.childCategories();
        for (int i = 0; i < categories.size(); i++) {
            Category c = categories.get(i);
            for (LegalReference ref : c.legalBasis()) {
                if (outdated.computeIfAbsent(ref, r -> Text.compact(r.text()).contains(alias) || r.documentNumber()
                        .map(Text::compact).filter(n -> n.contains("令") && NOT_DIGIT.matcher(n).replaceAll("")
                                .equals(digits)).isPresent())) {
                    findings.at(c, CategoryField.LEGAL_BASIS).childValue(ref.text())
                            .legalBasis(LegalBases.printed("reg-2007"))
                            .report("finding.legal.outdated-version.citation", c.name(), ref.text());
                    break;
                }
            }
            if (c.deadline().isPresent()) {
                deadline(check, findings, c, i, c.deadline().get(), c.deadline().get());
            }
        }
    }

    private void deadline(CheckView check, Findings findings, Category c, int index, Deadline whole, Deadline part) {
        if (part instanceof Deadline.Composite composite) {
            composite.parts().forEach(p -> deadline(check, findings, c, index, whole, p));
        } else if (part instanceof Deadline.Relative r && r.trigger() == Trigger.REQUEST_RECEIVED) {
            Span old = new Span(LegalBases.outdatedRequestWithin(), TimeUnit.WORKING_DAY);
            if (r.within().equals(old) || r.extension().filter(old::equals).isPresent()) {
                findings.at(c, CategoryField.DEADLINE).childValue(whole.text()).parentValue("20个工作日+20个工作日")
                        .legalBasis(LegalBases.ART_33)
                        .report("finding.legal.outdated-version.request", c.name(), whole.text());
            }
        } else if (part instanceof Deadline.Periodic p && p.period() == Period.YEARLY
                && p.dueMonth().orElse(0) == LegalBases.outdatedAnnualReportMonth()) {
            String key = check.nameKey(index).text();
            if (key.contains("年度报告") || key.contains("年报")) {
                findings.at(c, CategoryField.DEADLINE).childValue(whole.text()).parentValue("每年1月31日前")
                        .legalBasis(LegalBases.ART_49)
                        .report("finding.legal.outdated-version.annual-report", c.name(), whole.text());
            }
        }
    }
}
