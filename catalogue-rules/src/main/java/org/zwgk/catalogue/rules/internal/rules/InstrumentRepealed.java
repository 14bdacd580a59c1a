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
import org.zwgk.catalogue.rules.Severity;
import org.zwgk.catalogue.rules.internal.CheckView;
import org.zwgk.catalogue.rules.internal.Findings;
import org.zwgk.catalogue.rules.internal.Rule;

/**
 * {@code legal.instrument-repealed}: a cited instrument not in force on the check date, with its successor.
 * Citations of one category repealed on the same day in favour of the same successor (the ten laws the
 * 生态环境法典 replaced) make one finding, so the report names each change once. A repeal the registry knows only
 * from secondary sources says so.
 */
public final class InstrumentRepealed implements Rule.Check {

    @Override
    public void check(CheckView check, Findings findings) {
        for (Category c : check.childCategories()) {
            Map<Group, List<String>> citations = null;
            Map<Group, LegalInstrument> first = null;
            List<String> seen = null;
            for (LegalReference ref : c.legalBasis()) {
                // Every catalogue cites the same few instruments: each one's status is worked out once per checker,
                // and asked once per citation object of a check. Only repealed instruments are remembered as
                // seen: a status is the instrument's, so a second citation of one in force is passed over either way.
                Optional<InstrumentStatus> status = check.citations().status(ref);
                if (status.isEmpty()) {
                    continue;
                }
                boolean pending = false;
                if (status.get() != InstrumentStatus.REPEALED) {
                    LegalInstrument i = check.citations().resolve(ref).instrument().orElseThrow();
                    pending = status.get() == InstrumentStatus.IN_FORCE && pending(check, i);
                    if (!pending) {
                        continue;
                    }
                }
                LegalInstrument i = check.citations().resolve(ref).instrument().orElseThrow();
                if (seen == null) {
                    seen = new ArrayList<>();
                    citations = new LinkedHashMap<>();
                    first = new LinkedHashMap<>();
                } else if (seen.contains(i.id())) {
                    continue;
                }
                seen.add(i.id());
                Group group = new Group(i.successorId(), i.repealedOn(), confirmed(i), pending,
                        inherited(check, c, i));
                citations.computeIfAbsent(group, g -> new ArrayList<>()).add(check.citations().printed(ref));
                first.putIfAbsent(group, i);
            }
            if (citations != null) {
                for (Map.Entry<Group, List<String>> e : citations.entrySet()) {
                    report(check, findings, c, first.get(e.getKey()), e.getKey(), String.join("、", e.getValue()));
                }
            }
        }
    }

    /** Repealed citations of one category that share a successor, a repeal date and its confidence: one finding. */
    private record Group(Optional<String> successor, Optional<LocalDate> repealedOn, boolean confirmed,
            boolean pending, boolean inherited) {
    }

    /**
     * True when the instrument is still in force on the check date but a successor already adopted (promulgated on
     * or before the date) will repeal it on a later date: 将于…废止.
     */
    private static boolean pending(CheckView check, LegalInstrument i) {
        if (i.repealedOn().isEmpty() || !i.repealedOn().get().isAfter(check.asOf())) {
            return false;
        }
        Optional<LegalInstrument> successor = check.registry().successorOf(i);
        return successor.flatMap(x -> x.versions().isEmpty() ? Optional.empty() : x.versions().get(0).promulgated())
                .filter(d -> !d.isAfter(check.asOf())).isPresent();
    }

    /** True when the child's category is paired with a parent category that cites the same instrument. */
    private static boolean inherited(CheckView check, Category c, LegalInstrument i) {
        Optional<Category> parent = check.parentOf(c);
        if (parent.isEmpty()) {
            return false;
        }
        for (LegalReference ref : parent.get().legalBasis()) {
            if (check.citations().resolve(ref).instrument().filter(x -> x.id().equals(i.id())).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static void report(CheckView check, Findings findings, Category c, LegalInstrument i, Group group,
            String cited) {
        Optional<LegalInstrument> successor = check.registry().successorOf(i);
        String repealedOn = i.repealedOn().map(Object::toString).orElse("?");
        Findings.Builder finding = findings.at(c, CategoryField.LEGAL_BASIS).childValue(cited);
        if (group.pending()) {
            finding.legalBasis("《" + successor.orElseThrow().title() + "》").severity(Severity.INFO)
                    .report(confirmed(i) ? "finding.legal.instrument-repealed.pending"
                            : "finding.legal.instrument-repealed.pending.unconfirmed", c.name(), cited, repealedOn,
                            successor.get().title());
        } else if (successor.isPresent()) {
            String id = confirmed(i) ? "finding.legal.instrument-repealed"
                    : "finding.legal.instrument-repealed.unconfirmed";
            finding.legalBasis("《" + successor.get().title() + "》")
                    .report(group.inherited() ? id + ".inherited" : id, c.name(), cited, repealedOn,
                            successor.get().title());
        } else {
            finding.report("finding.legal.instrument-repealed.no-successor", c.name(), cited, repealedOn);
        }
    }

    private static boolean confirmed(LegalInstrument i) {
        return i.repealConfidence().orElse(i.confidence()) == Confidence.HIGH;
    }
}
