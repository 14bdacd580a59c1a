package org.zwgk.catalogue.server.review;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.zwgk.catalogue.server.accounts.Account;
import org.zwgk.catalogue.spring.CheckService;

/**
 * Re-checks a round: when its check date, its parent edition or the legal registry changes (an administrator's
 * registry overlay: a law repealed, a date corrected), every locality's latest readable upload is checked again
 * and stored as a new version, and what changed is returned: score before and after, findings new, fixed and
 * unchanged, the registry before and after. Uploads that could not be read stay as they are.
 */
@Service
public class Rechecks {

    private final Rounds rounds;
    private final RoundStore store;
    private final Submissions submissions;
    private final AuditLog audit;
    private final CheckService checks;

    public Rechecks(Rounds rounds, RoundStore store, Submissions submissions, AuditLog audit, CheckService checks) {
        this.rounds = rounds;
        this.store = store;
        this.submissions = submissions;
        this.audit = audit;
        this.checks = checks;
    }

    /** Sets the round's check date and edition (each optional) and re-checks every latest upload. */
    public List<Submissions.Rechecked> recheck(Account owner, String roundId, Optional<String> asOf,
            Optional<String> edition) {
        Round before = rounds.own(owner, roundId);
        LocalDate date = asOf.filter(s -> !s.isBlank()).map(Rechecks::date).orElse(before.asOf());
        String parent = edition.filter(s -> !s.isBlank()).map(String::strip)
                .orElse(before.edition().orElse(checks.properties().edition()));
        if (checks.editions().stream().noneMatch(e -> e.id().equals(parent))) {
            throw new ReviewProblem(400, "review.edition.unknown", parent);
        }
        store.setCheck(roundId, date, parent);
        Round after = store.round(roundId).orElseThrow();
        Map<String, Submission> latest = store.latest(roundId);
        List<Submissions.Rechecked> done = new ArrayList<>();
        for (Locality l : store.localities(roundId)) {
            Submission s = latest.get(l.id());
            if (s != null && s.accepted()) {
                done.add(submissions.recheck(after, l, s));
            }
        }
        audit.record(roundId, owner.username(), "round.rechecked", "asOf " + before.asOf() + " -> " + date
                + ", edition " + before.edition().orElse("-") + " -> " + parent + ", " + done.size() + " re-checked");
        return done;
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ReviewProblem.badField("asOf", value);
        }
    }
}
