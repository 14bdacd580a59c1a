package org.zwgk.catalogue.rules.internal.rules;

import java.util.Optional;

import org.zwgk.catalogue.model.NotApplicable;
import org.zwgk.catalogue.model.internal.Text;
import org.zwgk.catalogue.rules.FindingLocation;
import org.zwgk.catalogue.rules.RuleInfo;
import org.zwgk.catalogue.rules.Severity;
import org.zwgk.catalogue.rules.internal.CheckContext;
import org.zwgk.catalogue.rules.internal.LegalBases;
import org.zwgk.catalogue.rules.internal.Rule;

/** {@code coverage.not-applicable-without-reason}: a category declared 不涉及 with no reason. */
public final class NotApplicableWithoutReason implements Rule {

    static final RuleInfo INFO = new RuleInfo("coverage.not-applicable-without-reason", "0.1.0", Severity.WARNING,
            Optional.of(LegalBases.GUIDELINE));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(CheckContext context) {
        for (NotApplicable na : context.child().notApplicable()) {
            if (na.reason().filter(r -> !Text.isBlank(r)).isEmpty()) {
                context.at(new FindingLocation(na.area(), Optional.of(na.category()), na.code(), Optional.empty(),
                        Optional.empty())).report("finding.coverage.not-applicable-without-reason", na.category());
            }
        }
    }
}
