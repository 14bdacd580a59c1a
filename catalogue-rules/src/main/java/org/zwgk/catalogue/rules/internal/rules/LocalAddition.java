package org.zwgk.catalogue.rules.internal.rules;

import java.util.Optional;

import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.rules.FindingLocation;
import org.zwgk.catalogue.rules.Match;
import org.zwgk.catalogue.rules.MatchKind;
import org.zwgk.catalogue.rules.internal.CheckView;
import org.zwgk.catalogue.rules.internal.Findings;
import org.zwgk.catalogue.rules.internal.Rule;

/**
 * {@code coverage.local-addition}: a child category with no parent counterpart (补充完善 is allowed). The rows of
 * other domains in a table of every domain of a unit are not additions: one INFO says how many were set aside.
 */
public final class LocalAddition implements Rule.Check {

    @Override
    public void check(CheckView check, Findings findings) {
        check.otherDomains().ifPresent(other -> findings.at(new FindingLocation(Optional.of(other.otherDomains().get(0)),
                Optional.empty(), Optional.empty(), Optional.empty(), other.firstSetAside()))
                .report("finding.coverage.local-addition.other-domains", other.setAsideRows(),
                        String.join("、", other.otherDomains()), String.join("、", other.domain()), other.checkedRows()));
        for (Match m : check.ofKind(MatchKind.ADDED)) {
            Category c = m.child().orElseThrow();
            findings.at(c).childValue(c.name()).report("finding.coverage.local-addition", c.name());
        }
    }
}
