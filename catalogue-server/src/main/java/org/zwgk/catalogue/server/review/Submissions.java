package org.zwgk.catalogue.server.review;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.stereotype.Service;
import org.zwgk.catalogue.model.Problem;
import org.zwgk.catalogue.rules.Report;
import org.zwgk.catalogue.rules.ReportComparison;
import org.zwgk.catalogue.spring.CheckOrder;
import org.zwgk.catalogue.spring.CheckRefusedException;
import org.zwgk.catalogue.spring.CheckRefusedException.Reason;
import org.zwgk.catalogue.spring.CheckResult;
import org.zwgk.catalogue.spring.CheckService;
import org.zwgk.catalogue.spring.Upload;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a locality does through its link: the link is the locality's id and a token; a wrong, revoked or unknown
 * one is not found. Each upload is checked by the check service (the library's one workflow, within the server's
 * limits) against the round's parent, level and date, and stored as the locality's next version with its bytes,
 * SHA-256, report and summary; an upload the readers refuse is stored too, with its problems. An upload over the
 * size limit, or one the server is too busy to check, is refused and not stored.
 */
@Service
public class Submissions {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A stored upload and what its check gave.
     *
     * @param submission the stored submission
     * @param problems   why it could not be checked (empty when it was)
     */
    public record Stored(Submission submission, List<Problem> problems) {
    }

    private final RoundStore store;
    private final AuditLog audit;
    private final CheckService checks;

    public Submissions(RoundStore store, AuditLog audit, CheckService checks) {
        this.store = store;
        this.audit = audit;
        this.checks = checks;
    }

    /** The locality whose link is {@code localityId} and {@code token}, else 404. */
    public Locality byLink(String localityId, String token) {
        Optional<String> hash = store.tokenHash(localityId);
        if (hash.isEmpty() || !UploadTokens.matches(token, hash.get())) {
            throw ReviewProblem.notFound();
        }
        return store.locality(localityId).orElseThrow(ReviewProblem::notFound);
    }

    /** The round of a locality. */
    public Round roundOf(Locality locality) {
        return store.round(locality.roundId()).orElseThrow(ReviewProblem::notFound);
    }

    /** Checks and stores an upload through a link. */
    public Stored upload(String localityId, String token, Upload upload) {
        Locality locality = byLink(localityId, token);
        Round round = roundOf(locality);
        if (round.closed()) {
            throw new ReviewProblem(410, "review.round.closed", round.name());
        }
        RoundStore.Outcome outcome;
        List<Problem> problems = new ArrayList<>();
        try {
            CheckResult result = checks.checkAgainstStoredParent(order(round, upload));
            if (result.items().size() != 1) {
                problems.add(ReviewMessages.problem("review.upload.one-catalogue", upload.name(),
                        result.items().size()));
            } else if (result.items().get(0).failure().isPresent()) {
                problems.add(result.items().get(0).failure().get());
            }
            outcome = problems.isEmpty() ? checked(result.reports().get(0)) : refused(problems);
        } catch (CheckRefusedException e) {
            if (e.reason() == Reason.TOO_LARGE || e.reason() == Reason.BUSY) {
                throw e;
            }
            problems.add(e.problem());
            outcome = refused(problems);
        }
        String sha256 = HexFormat.of().formatHex(UploadTokens.sha256(upload.bytes()));
        Submission s = store.store(locality.id(), upload.name(), sha256, upload.bytes(), outcome);
        audit.record(round.id(), "locality:" + locality.name(), "submission.stored", "v" + s.version() + " "
                + upload.name() + " " + sha256 + (s.accepted() ? " score " + s.summary().get().score()
                : " refused"));
        return new Stored(s, problems);
    }

    /**
     * A locality's latest upload checked again against the round as it is now (its date, its parent, and the
     * registry current now), and compared with the stored report of the version re-checked; not stored yet
     * ({@link RoundStore#storeRechecks}). Empty when the bytes can no longer be read (the limits changed). When the
     * checker is busy, the re-check waits for its turn (at most {@link #BUSY_WAIT}) rather than giving up.
     */
    Optional<Rechecking> recheck(Round round, Locality locality, Submission latest) {
        RoundStore.RecheckBasis basis = store.recheckBasis(latest.id());
        CheckResult result = checkWaiting(order(round, new Upload(latest.fileName(), basis.content())));
        if (result.reports().size() != 1) {
            return Optional.empty();
        }
        Report later = result.reports().get(0);
        StoredReport report = StoredReport.of(later);
        Supplier<String> earlierJson = () -> store.reportJson(latest.id()).orElse("{}");
        RecheckChanges changes = basis.fingerprints().isPresent()
                ? RecheckChanges.between(basis.fingerprints().get(), basis.registry().orElse(""), earlierJson, later,
                        report.fingerprints())
                : RecheckChanges.between(earlierJson.get(), later);
        return Optional.of(new Rechecking(locality,
                new RoundStore.Recheck(latest, basis.contentOf(), summary(later, report), report), changes));
    }

    /**
     * A re-check done and not stored yet.
     *
     * @param locality the locality
     * @param recheck  the new version to store
     * @param changes  what changed against the version re-checked
     */
    record Rechecking(Locality locality, RoundStore.Recheck recheck, RecheckChanges changes) {
    }

    /** How long a re-check waits for the checker when it is busy with other requests. */
    static final Duration BUSY_WAIT = Duration.ofSeconds(60);

    private CheckResult checkWaiting(CheckOrder order) {
        long deadline = System.nanoTime() + BUSY_WAIT.toNanos();
        while (true) {
            try {
                return checks.checkAgainstStoredParent(order);
            } catch (CheckRefusedException e) {
                if (e.reason() != Reason.BUSY || System.nanoTime() > deadline) {
                    throw e;
                }
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the checker", e);
            }
        }
    }

    /**
     * What a re-check changed for one locality.
     *
     * @param locality the locality
     * @param before   the submission re-checked
     * @param after    the new version with the new report
     * @param changes  findings new, fixed and unchanged, and the registries
     */
    public record Rechecked(Locality locality, Submission before, Submission after, RecheckChanges changes) {
    }

    /** A locality's submissions, oldest first. */
    public List<Submission> of(Locality locality) {
        return store.submissions(locality.id());
    }

    /** The submission {@code id} of {@code locality}, else 404. */
    public Submission ofLocality(Locality locality, String id) {
        return store.submission(id).filter(s -> s.localityId().equals(locality.id()))
                .orElseThrow(ReviewProblem::notFound);
    }

    /** The JSON report of a submission, else 404. */
    public String report(Submission s) {
        return store.reportJson(s.id()).orElseThrow(ReviewProblem::notFound);
    }

    /** The bytes a locality uploaded. */
    public byte[] content(Submission s) {
        return store.content(s.id());
    }

    /**
     * Findings new, fixed and unchanged between two versions of a locality: both uploads checked again now,
     * against the round as it is, and compared by the library's fingerprints.
     */
    public ReportComparison compare(Round round, Locality locality, int from, int to) {
        return ReportComparison.between(recheck(round, locality, from), recheck(round, locality, to));
    }

    /** A submission's report as the library's html report: its upload checked again against the round now. */
    public byte[] htmlReport(Round round, Submission s, Locale locale) {
        if (!s.accepted()) {
            throw ReviewProblem.notFound();
        }
        CheckResult result = checkAgain(round, s);
        ByteArrayOutputStream html = new ByteArrayOutputStream();
        try {
            result.render("html", result.reports().get(0), locale, html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return html.toByteArray();
    }

    private Report recheck(Round round, Locality locality, int version) {
        Submission s = store.submission(locality.id(), version).orElseThrow(ReviewProblem::notFound);
        if (!s.accepted()) {
            throw new ReviewProblem(409, "review.compare.unchecked", version);
        }
        CheckResult result = checkAgain(round, s);
        return result.reports().get(0);
    }

    /** A stored upload checked again against the round as it is now. */
    private CheckResult checkAgain(Round round, Submission s) {
        return checks.checkAgainstStoredParent(order(round, new Upload(s.fileName(), store.content(s.id()))));
    }

    private CheckOrder order(Round round, Upload upload) {
        Optional<Upload> parent = round.parentName().flatMap(n -> store.parentFile(round.id())
                .map(b -> new Upload(n, b)));
        return new CheckOrder(List.of(upload), round.edition(), parent, round.level(),
                Optional.of(round.asOf().toString()), Optional.empty(), Optional.empty(), Optional.empty(),
                "json");
    }

    private static RoundStore.Outcome checked(Report report) {
        StoredReport stored = StoredReport.of(report);
        return new RoundStore.Outcome(Optional.of(summary(report, stored)), Optional.of(stored), Optional.empty());
    }

    /** The version's summary: the score as its stored report printed it. */
    private static Submission.Summary summary(Report report, StoredReport stored) {
        return new Submission.Summary(stored.score().value(), report.errors(), report.warnings(), report.infos());
    }

    private static RoundStore.Outcome refused(List<Problem> problems) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (Problem p : problems) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("id", p.messageId());
            row.put("location", p.location().toString());
            row.put("zh", p.message(Locale.SIMPLIFIED_CHINESE));
            row.put("en", p.message(Locale.ENGLISH));
            rows.add(row);
        }
        try {
            return new RoundStore.Outcome(Optional.empty(), Optional.empty(), Optional.of(JSON.writeValueAsString(
                    rows)));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
