package org.zwgk.catalogue.rules.internal.rules;

import java.util.Optional;

import org.zwgk.catalogue.model.NotApplicable;
import org.zwgk.catalogue.model.internal.Text;
import org.zwgk.catalogue.rules.FindingLocation;
import org.zwgk.catalogue.rules.internal.CheckView;
import org.zwgk.catalogue.rules.internal.Findings;
import org.zwgk.catalogue.rules.internal.LegalBases;
import org.zwgk.catalogue.rules.internal.Rule;

/**
 * {@code coverage.not-applicable-without-reason}: a category declared 不涉及 with no reason, or with only a mark
 * (不涉及, 无, —) that says nothing of why. A reason citing the unit's 三定 or 职能, or its geography, is a reason, as
 * the 保山 self-assessment in {@code seeds/} writes one (依据……职能配置、内设机构和人员编制规定……职能范围未涉及).
 */
public final class NotApplicableWithoutReason implements Rule.Check {

    @Override
    public void check(CheckView check, Findings findings) {
        for (NotApplicable na : check.child().notApplicable()) {
            FindingLocation at = new FindingLocation(na.area(), Optional.of(na.category()), na.code(),
                    Optional.empty(), Optional.empty());
            if (na.reason().filter(r -> !Text.isBlank(r)).isEmpty()) {
                findings.at(at).report("finding.coverage.not-applicable-without-reason", na.category());
            } else if (LegalBases.isBareReason(na.reason().get())) {
                findings.at(at).childValue(na.reason().get())
                        .report("finding.coverage.not-applicable-without-reason.bare", na.category(), na.reason().get());
            }
        }
    }
}
