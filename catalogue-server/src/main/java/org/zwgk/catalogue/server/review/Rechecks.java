package org.zwgk.catalogue.server.review;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

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

    /**
     * Re-checks stored in one transaction: a round of 3,000 commits 12 times. Each commit of H2's store rewrites
     * every index page the transaction touched, and a batch's localities are spread over the whole of the
     * localities' rows and the (locality, version) index, so 32 new versions already touched nearly every leaf: at
     * 32 (and random submission ids, before {@link Ids}), storing was 13% of a re-check's CPU samples and its
     * commits half of that, and the H2 file 10% larger.
     */
    static final int BATCH = 256;

    private static final AtomicInteger WORKERS = new AtomicInteger();

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
        List<Locality> localities = new ArrayList<>();
        for (Locality l : store.localities(roundId)) {
            Submission s = latest.get(l.id());
            if (s != null && s.accepted()) {
                localities.add(l);
            }
        }
        String what = "asOf " + before.asOf() + " -> " + date + ", edition " + before.edition().orElse("-") + " -> "
                + parent;
        RecheckRun run = new RecheckRun(after, localities, latest);
        List<Submissions.Rechecked> done;
        try {
            done = run.run();
        } catch (RuntimeException | Error e) {
            // The versions stored before the failure stay (each batch is its own transaction): say so.
            try {
                audit.record(roundId, owner.username(), "round.recheck.failed", what + ", " + run.stored() + " of "
                        + localities.size() + " re-checked and stored, then failed: " + e.getClass().getSimpleName());
            } catch (RuntimeException notRecorded) {
                e.addSuppressed(notRecorded);
            }
            throw e;
        }
        audit.record(roundId, owner.username(), "round.rechecked", what + ", " + done.size() + " re-checked");
        return done;
    }

    /**
     * One re-check of a round's localities: as many at once as the checker has slots (each check still passes
     * through the check service's gate, so the quick checker's requests wait in its queue behind at most these),
     * stored in batches of {@link #BATCH}, each batch one transaction. Bounded: at most {@link #BATCH} plus two per
     * worker checked and not yet stored. When one fails, those under way are finished and stored and the failure
     * is thrown.
     */
    private final class RecheckRun {
        private final Round round;
        private final List<Locality> localities;
        private final Map<String, Submission> latest;
        private int stored;

        RecheckRun(Round round, List<Locality> localities, Map<String, Submission> latest) {
            this.round = round;
            this.localities = localities;
            this.latest = latest;
        }

        List<Submissions.Rechecked> run() {
            int workers = Math.max(1, Math.min(checks.properties().limits().effectiveConcurrentChecks(),
                    localities.size()));
            int window = BATCH + 2 * workers;
            ExecutorService pool = Executors.newFixedThreadPool(workers, Rechecks::worker);
            CompletionService<Optional<Submissions.Rechecking>> checked = new ExecutorCompletionService<>(pool);
            List<Submissions.Rechecked> done = new ArrayList<>();
            List<Submissions.Rechecking> pending = new ArrayList<>();
            RuntimeException failure = null;
            int next = 0;
            int running = 0;
            try {
                while (running > 0 || (failure == null && next < localities.size())) {
                    while (failure == null && next < localities.size() && running < window) {
                        Locality l = localities.get(next++);
                        checked.submit(() -> submissions.recheck(round, l, latest.get(l.id())));
                        running++;
                    }
                    Future<Optional<Submissions.Rechecking>> f = checked.take();
                    running--;
                    try {
                        f.get().ifPresent(pending::add);
                    } catch (ExecutionException e) {
                        failure = failure != null ? failure : unchecked(e.getCause());
                    }
                    if (pending.size() >= BATCH || (running == 0 && !pending.isEmpty())) {
                        done.addAll(store(pending));
                        pending.clear();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while re-checking", e);
            } finally {
                pool.shutdownNow();
            }
            if (failure != null) {
                throw failure;
            }
            done.sort(Comparator.comparingInt(r -> r.locality().position()));
            return done;
        }

        /** How many new versions were stored so far. */
        int stored() {
            return stored;
        }

        private List<Submissions.Rechecked> store(List<Submissions.Rechecking> batch) {
            List<Submission> stored = store.storeRechecks(batch.stream().map(Submissions.Rechecking::recheck)
                    .toList());
            this.stored += stored.size();
            List<Submissions.Rechecked> done = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                Submissions.Rechecking r = batch.get(i);
                done.add(new Submissions.Rechecked(r.locality(), r.recheck().of(), stored.get(i), r.changes()));
            }
            return done;
        }
    }

    private static Thread worker(Runnable r) {
        Thread t = new Thread(r, "zwgk-recheck-" + WORKERS.incrementAndGet());
        t.setDaemon(true);
        return t;
    }

    private static RuntimeException unchecked(Throwable t) {
        if (t instanceof RuntimeException e) {
            return e;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(t);
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ReviewProblem.badField("asOf", value);
        }
    }
}
