package org.zwgk.catalogue.rules.internal.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.zwgk.catalogue.data.InstrumentStatus;
import org.zwgk.catalogue.data.LegalInstrument;
import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.CategoryField;
import org.zwgk.catalogue.model.Confidence;
import org.zwgk.catalogue.model.LegalReference;
import org.zwgk.catalogue.rules.RuleInfo;
import org.zwgk.catalogue.rules.Severity;
import org.zwgk.catalogue.rules.internal.CheckContext;
import org.zwgk.catalogue.rules.internal.Rule;

/**
 * {@code legal.instrument-repealed}: a cited instrument not in force on the check date, with its successor.
 * Citations of one category repealed on the same day in favour of the same successor (the ten laws the
 * 生态环境法典 replaced) make one finding, so the report names each change once. A repeal the registry knows only
 * from secondary sources says so.
 */
public final class InstrumentRepealed implements Rule {

    static final RuleInfo INFO = new RuleInfo("legal.instrument-repealed", "0.1.0", Severity.WARNING,
            Optional.empty());

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(CheckContext context) {
        for (Category c : context.childCategories()) {
            Map<Group, List<String>> citations = null;
            Map<Group, LegalInstrument> first = null;
            List<String> seen = null;
            for (LegalReference ref : c.legalBasis()) {
                // Every catalogue cites the same few instruments: each one's status is worked out once per checker,
                // and asked once per citation object of a check. Only repealed instruments are remembered as
                // seen: a status is the instrument's, so a second citation of one in force is passed over either way.
                Optional<InstrumentStatus> status = context.status(ref);
                if (status.isEmpty() || status.get() != InstrumentStatus.REPEALED) {
                    continue;
                }
                LegalInstrument i = context.resolve(ref).instrument().orElseThrow();
                if (seen == null) {
                    seen = new ArrayList<>();
                    citations = new LinkedHashMap<>();
                    first = new LinkedHashMap<>();
                } else if (seen.contains(i.id())) {
                    continue;
                }
                seen.add(i.id());
                Group group = new Group(i.successorId(), i.repealedOn(), confirmed(i));
                citations.computeIfAbsent(group, g -> new ArrayList<>()).add(context.printed(ref));
                first.putIfAbsent(group, i);
            }
            if (citations != null) {
                for (Map.Entry<Group, List<String>> e : citations.entrySet()) {
                    report(context, c, first.get(e.getKey()), String.join("、", e.getValue()));
                }
            }
        }
    }

    /** Repealed citations of one category that share a successor, a repeal date and its confidence: one finding. */
    private record Group(Optional<String> successor, Optional<LocalDate> repealedOn, boolean confirmed) {
    }

    private static void report(CheckContext context, Category c, LegalInstrument i, String cited) {
        Optional<LegalInstrument> successor = context.registry().successorOf(i);
        String repealedOn = i.repealedOn().map(Object::toString).orElse("?");
        CheckContext.Builder finding = context.at(c, CategoryField.LEGAL_BASIS).childValue(cited);
        if (successor.isPresent()) {
            finding.legalBasis("《" + successor.get().title() + "》").report(confirmed(i)
                    ? "finding.legal.instrument-repealed" : "finding.legal.instrument-repealed.unconfirmed",
                    c.name(), cited, repealedOn, successor.get().title());
        } else {
            finding.report("finding.legal.instrument-repealed.no-successor", c.name(), cited, repealedOn);
        }
    }

    private static boolean confirmed(LegalInstrument i) {
        return i.repealConfidence().orElse(i.confidence()) == Confidence.HIGH;
    }
}
