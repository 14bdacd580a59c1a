package org.zwgk.catalogue.rules.internal.rules;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.zwgk.catalogue.data.InstrumentStatus;
import org.zwgk.catalogue.data.LegalInstrument;
import org.zwgk.catalogue.data.Resolution;
import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.Confidence;
import org.zwgk.catalogue.model.CategoryField;
import org.zwgk.catalogue.model.LegalReference;
import org.zwgk.catalogue.rules.RuleInfo;
import org.zwgk.catalogue.rules.Severity;
import org.zwgk.catalogue.rules.internal.CheckContext;
import org.zwgk.catalogue.rules.internal.Rule;

/** {@code legal.instrument-repealed}: a cited instrument not in force on the check date, with its successor. */
public final class InstrumentRepealed implements Rule {

    static final RuleInfo INFO = new RuleInfo("legal.instrument-repealed", "0.1.0", Severity.WARNING,
            Optional.empty());

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(CheckContext context) {
        for (Category c : context.child().categories()) {
            Set<String> seen = new HashSet<>();
            for (LegalReference ref : c.legalBasis()) {
                Resolution r = context.registry().resolve(ref);
                if (r.instrument().isEmpty() || !seen.add(r.instrument().get().id())) {
                    continue;
                }
                LegalInstrument i = r.instrument().get();
                if (i.statusOn(context.asOf()) != InstrumentStatus.REPEALED) {
                    continue;
                }
                Optional<LegalInstrument> successor = context.registry().successorOf(i);
                String repealedOn = i.repealedOn().map(Object::toString).orElse("?");
                CheckContext.Builder finding = context.at(c, CategoryField.LEGAL_BASIS).childValue(ref.printed());
                successor.ifPresent(s -> finding.legalBasis("《" + s.title() + "》"));
                boolean confirmed = i.repealConfidence().orElse(i.confidence()) == Confidence.HIGH;
                if (successor.isPresent()) {
                    finding.report(confirmed ? "finding.legal.instrument-repealed"
                            : "finding.legal.instrument-repealed.unconfirmed", c.name(), ref.printed(), repealedOn,
                            successor.get().title());
                } else {
                    finding.report("finding.legal.instrument-repealed.no-successor", c.name(), ref.printed(),
                            repealedOn);
                }
            }
        }
    }
}
