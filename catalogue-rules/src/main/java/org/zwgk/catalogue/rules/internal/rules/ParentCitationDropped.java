package org.zwgk.catalogue.rules.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.zwgk.catalogue.data.InstrumentStatus;
import org.zwgk.catalogue.data.LegalInstrument;
import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.CategoryField;
import org.zwgk.catalogue.model.LegalReference;
import org.zwgk.catalogue.rules.Match;
import org.zwgk.catalogue.rules.Severity;
import org.zwgk.catalogue.rules.internal.CheckView;
import org.zwgk.catalogue.rules.internal.CitedInstruments;
import org.zwgk.catalogue.rules.internal.Findings;
import org.zwgk.catalogue.rules.internal.Citations;
import org.zwgk.catalogue.rules.internal.LegalBases;
import org.zwgk.catalogue.rules.internal.Rule;

/**
 * {@code legal.parent-citation-dropped}: citations of the parent's category missing from the child's, one finding
 * per category listing them. Aliases count as the same instrument (both resolve to one registry entry), and citing
 * an instrument's successor keeps it (《噪声污染防治法》 for 《环境噪声污染防治法》). An instrument repealed on the
 * check date is never asked for: its successor is, or nothing where it has none. A law bound to a geography the unit
 * may lack (《海洋环境保护法》 inland) is an INFO of its own.
 */
public final class ParentCitationDropped implements Rule.Check {

    @Override
    public void check(CheckView check, Findings findings) {
        List<String> childKeys = new ArrayList<>();
        for (Match m : check.comparable(CategoryField.LEGAL_BASIS, false, findings)) {
            Category p = m.parent().orElseThrow();
            Category c = m.child().orElseThrow();
            childKeys.clear();
            for (LegalReference ref : c.legalBasis()) {
                childKeys.add(check.citations().key(ref));
            }
            // The parent's side is the checker's, indexed once: a category of the national edition cites a dozen
            // instruments, and matching each against each of the child's was most of this rule's time.
            Citations.Kept parentCitations = check.facts().keptCitations(p);
            boolean[] kept = parentCitations.keptBy(childKeys);
            List<String> seen = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            List<String> successors = new ArrayList<>();
            List<String> repealed = new ArrayList<>();
            List<String> bound = new ArrayList<>();
            List<String> geographies = new ArrayList<>();
            for (int i = 0; i < kept.length; i++) {
                String first = parentCitations.keys(i).get(0);
                if (kept[i] || seen.contains(first)) {
                    continue;
                }
                seen.add(first);
                LegalReference ref = p.legalBasis().get(i);
                Optional<LegalInstrument> instrument = check.citations().resolve(ref).instrument();
                Optional<InstrumentStatus> status = check.citations().status(ref);
                if (status.isPresent() && status.get() == InstrumentStatus.REPEALED) {
                    Optional<LegalInstrument> successor = check.registry().successorOf(instrument.orElseThrow());
                    if (successor.isPresent() && !successors.contains("《" + successor.get().title() + "》")) {
                        successors.add("《" + successor.get().title() + "》");
                        repealed.add(ref.printed());
                    }
                } else if (instrument.flatMap(x -> LegalBases.geographyOf(x.id())).isPresent()) {
                    bound.add(ref.printed());
                    String geography = LegalBases.geographyOf(instrument.get().id()).get();
                    if (!geographies.contains(geography)) {
                        geographies.add(geography);
                    }
                } else {
                    missing.add(ref.printed());
                }
            }
            String childValue = printed(check.citations(), c.legalBasis());
            if (!missing.isEmpty() || !successors.isEmpty()) {
                Findings.Builder finding = findings.at(c, CategoryField.LEGAL_BASIS)
                        .parentValue(check.facts().printedLegal(p)).childValue(childValue);
                if (successors.isEmpty()) {
                    finding.report("finding.legal.parent-citation-dropped", c.name(), String.join("、", missing));
                } else if (missing.isEmpty()) {
                    finding.report("finding.legal.parent-citation-dropped.successor", c.name(),
                            String.join("、", successors), String.join("、", repealed));
                } else {
                    finding.report("finding.legal.parent-citation-dropped.with-successor", c.name(),
                            String.join("、", missing), String.join("、", successors), String.join("、", repealed));
                }
            }
            if (!bound.isEmpty()) {
                findings.at(c, CategoryField.LEGAL_BASIS).parentValue(check.facts().printedLegal(p))
                        .childValue(childValue).severity(Severity.INFO)
                        .report("finding.legal.parent-citation-dropped.geography", c.name(), String.join("、", bound),
                                String.join("、", geographies));
            }
        }
    }

    /** The child's citations as printed, each printed once per check. */
    private static String printed(CitedInstruments citations, List<LegalReference> refs) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < refs.size(); i++) {
            out.append(i == 0 ? "" : "、").append(citations.printed(refs.get(i)));
        }
        return out.toString();
    }
}
