package org.zwgk.catalogue.rules.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.zwgk.catalogue.rules.Baseline;
import org.zwgk.catalogue.rules.Finding;
import org.zwgk.catalogue.rules.Report;
import org.zwgk.catalogue.rules.SuppressedFinding;
import org.zwgk.catalogue.rules.Waiver;
import org.zwgk.catalogue.rules.Waivers;

/**
 * Applies waivers, then the baseline, to a report: a waived finding never uses up a baseline entry. Waivers are
 * judged on the report's check date.
 */
public final class Suppressor {

    private Suppressor() {
    }

    public static Report apply(Report report, Waivers waivers, Optional<Baseline> baseline) {
        LocalDate on = report.checkedOn();
        List<Waiver> active = waivers.activeOn(on);
        List<Waiver> expired = waivers.expiredOn(on);
        Set<Waiver> used = new LinkedHashSet<>();
        Set<Waiver> expiredMatching = new LinkedHashSet<>();
        List<Finding> kept = new ArrayList<>();
        List<SuppressedFinding> suppressed = new ArrayList<>(report.suppressed());
        for (Finding f : report.findings()) {
            Optional<Waiver> w = active.stream().filter(x -> x.covers(f)).findFirst();
            if (w.isPresent()) {
                used.add(w.get());
                suppressed.add(new SuppressedFinding(f, SuppressedFinding.Kind.WAIVER, w));
            } else {
                expired.stream().filter(x -> x.covers(f)).forEach(expiredMatching::add);
                kept.add(f);
            }
        }
        List<Finding> active2 = new ArrayList<>();
        if (baseline.isPresent()) {
            Map<String, Integer> known = new HashMap<>();
            for (Baseline.Entry e : baseline.get().entriesFor(report)) {
                known.merge(e.fingerprint(), 1, Integer::sum);
            }
            for (Finding f : kept) {
                int left = known.getOrDefault(f.fingerprint(), 0);
                if (left > 0) {
                    known.put(f.fingerprint(), left - 1);
                    suppressed.add(new SuppressedFinding(f, SuppressedFinding.Kind.BASELINE, Optional.empty()));
                } else {
                    active2.add(f);
                }
            }
        } else {
            active2.addAll(kept);
        }
        List<Waiver> usedList = new ArrayList<>(report.waiversUsed());
        used.stream().filter(w -> !usedList.contains(w)).forEach(usedList::add);
        List<Waiver> expiredList = new ArrayList<>(report.waiversExpired());
        expiredMatching.stream().filter(w -> !expiredList.contains(w)).forEach(expiredList::add);
        return new Report(report.tool(), report.parent(), report.input(), report.checkedOn(), report.level(),
                report.profile(), report.coverage(), report.alignment(), active2, report.skipped(), suppressed,
                usedList, expiredList);
    }
}
