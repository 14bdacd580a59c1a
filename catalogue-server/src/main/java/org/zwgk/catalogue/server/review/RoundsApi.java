package org.zwgk.catalogue.server.review;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.zwgk.catalogue.rules.Finding;
import org.zwgk.catalogue.rules.ReportComparison;
import org.zwgk.catalogue.server.accounts.Account;
import org.zwgk.catalogue.server.accounts.Accounts;
import org.zwgk.catalogue.spring.api.Uploads;

/**
 * {@code /api/v1/rounds}: a reviewer's rounds over HTTP Basic. Someone else's round, locality or submission is 404,
 * exactly as one that does not exist.
 */
@RestController
@RequestMapping("/api/v1/rounds")
public class RoundsApi {

    private final Rounds rounds;
    private final RoundStore store;
    private final Submissions submissions;
    private final RoundExport export;
    private final AuditLog audit;
    private final Accounts accounts;
    private final Rechecks rechecks;

    public RoundsApi(Rounds rounds, RoundStore store, Submissions submissions, RoundExport export, AuditLog audit,
            Accounts accounts, Rechecks rechecks) {
        this.rechecks = rechecks;
        this.rounds = rounds;
        this.store = store;
        this.submissions = submissions;
        this.export = export;
        this.audit = audit;
        this.accounts = accounts;
    }

    /** Opens a round: 201 with each locality's {@code uploadUrl}, shown this once. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, Object>> open(@RequestBody RoundRequest request, Principal principal) {
        return created(rounds.open(me(principal), request));
    }

    /**
     * Opens a round whose parent is the bureau's own catalogue, not a bundled edition: multipart, the part
     * {@code round} the same JSON as above (sent as {@code application/json}) and the part {@code parent} the
     * catalogue's file in any format the readers take (read as the quick checker reads a part: {@link Uploads#of}).
     * An unreadable parent is 400 with its problem; the file is stored with the round and is the parent of every
     * check and re-check.
     */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<Map<String, Object>> openWithParent(@RequestPart("round") RoundRequest request,
            @RequestPart("parent") MultipartFile parent, Principal principal) throws IOException {
        return created(rounds.open(me(principal), request, Uploads.of(parent)));
    }

    /** 201 with the round and each locality's {@code uploadUrl}, shown this once. */
    private ResponseEntity<Map<String, Object>> created(Rounds.Opened opened) {
        Round r = opened.round();
        return ResponseEntity.created(URI.create("/api/v1/rounds/" + r.id()))
                .body(RoundJson.round(r, store.localities(r.id()), Map.of(), opened.tokens()));
    }

    /** The caller's rounds, newest first. */
    @GetMapping
    public List<Map<String, Object>> list(Principal principal) {
        return rounds.of(me(principal)).stream().map(RoundJson::brief).toList();
    }

    /** A round with its localities in the order given, each with its status and latest score. */
    @GetMapping("/{id}")
    public Map<String, Object> get(@PathVariable String id, Principal principal) {
        Round r = rounds.own(me(principal), id);
        return RoundJson.round(r, store.localities(id), store.latest(id), Map.of());
    }

    /** One row per locality, as {@code xlsx} or {@code csv}; or every latest report in a {@code zip}. */
    @GetMapping("/{id}/export")
    public ResponseEntity<byte[]> export(@PathVariable String id, @RequestParam(defaultValue = "xlsx") String format,
            Principal principal, Locale locale) {
        Round r = rounds.own(me(principal), id);
        return download(export.of(r, format, locale));
    }

    /** An export as a download. */
    static ResponseEntity<byte[]> download(RoundExport.File file) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.name(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.bytes());
    }

    /** The round's audit log, oldest first. */
    @GetMapping("/{id}/audit")
    public List<AuditLog.Entry> audit(@PathVariable String id, Principal principal) {
        return audit.of(rounds.own(me(principal), id).id());
    }

    /**
     * Re-checks every locality's latest upload, after setting the round's {@code asOf} and {@code edition} (both
     * optional): per locality the version re-checked, the new version, the score before and after, and the findings
     * new, fixed and unchanged.
     */
    @PostMapping("/{id}/recheck")
    public List<Map<String, Object>> recheck(@PathVariable String id,
            @RequestBody(required = false) Map<String, String> body, Principal principal, Locale locale) {
        Map<String, String> asked = body == null ? Map.of() : body;
        return rechecks.recheck(me(principal), id, Optional.ofNullable(asked.get("asOf")),
                Optional.ofNullable(asked.get("edition"))).stream().map(r -> {
                    Map<String, Object> m = new java.util.LinkedHashMap<>();
                    m.put("locality", r.locality().name());
                    m.put("localityId", r.locality().id());
                    m.put("recheckOf", r.before().version());
                    m.put("version", r.after().version());
                    m.put("scoreBefore", r.before().summary().map(Submission.Summary::score).orElse(null));
                    m.put("scoreAfter", r.after().summary().map(Submission.Summary::score).orElse(null));
                    m.put("added", findings(r.changes().added(), locale));
                    m.put("fixed", r.changes().fixed());
                    m.put("unchanged", r.changes().unchanged());
                    m.put("registryBefore", r.changes().registryBefore());
                    m.put("registryAfter", r.changes().registryAfter());
                    return m;
                }).toList();
    }

    /** Closes the round: uploads refused until it is reopened. */
    @PostMapping("/{id}/close")
    public Map<String, Object> close(@PathVariable String id, Principal principal) {
        return RoundJson.brief(rounds.setClosed(me(principal), id, true));
    }

    /** Reopens the round. */
    @PostMapping("/{id}/reopen")
    public Map<String, Object> reopen(@PathVariable String id, Principal principal) {
        return RoundJson.brief(rounds.setClosed(me(principal), id, false));
    }

    /** Deletes the round with its localities, submissions and files. */
    @DeleteMapping("/{id}")
    public ResponseEntity<Void> delete(@PathVariable String id, Principal principal) {
        rounds.delete(me(principal), id);
        return ResponseEntity.noContent().build();
    }

    /** Revokes a locality's link. */
    @PostMapping("/{id}/localities/{localityId}/revoke")
    public ResponseEntity<Void> revoke(@PathVariable String id, @PathVariable String localityId,
            Principal principal) {
        rounds.revoke(me(principal), id, localityId);
        return ResponseEntity.noContent().build();
    }

    /** Gives a locality a new link; the old one stops working. */
    @PostMapping("/{id}/localities/{localityId}/renew")
    public Map<String, Object> renew(@PathVariable String id, @PathVariable String localityId,
            Principal principal) {
        String token = rounds.renew(me(principal), id, localityId);
        return Map.of("uploadUrl", RoundJson.uploadUrl(localityId, token), "pageUrl",
                RoundJson.pageUrl(localityId, token));
    }

    /** A locality's submissions, oldest first. */
    @GetMapping("/{id}/localities/{localityId}/submissions")
    public List<Map<String, Object>> submissions(@PathVariable String id, @PathVariable String localityId,
            Principal principal) {
        Locality l = rounds.ownLocality(me(principal), id, localityId);
        return submissions.of(l).stream().map(RoundJson::submission).toList();
    }

    /** Findings new, fixed and unchanged from version {@code from} to version {@code to}. */
    @GetMapping("/{id}/localities/{localityId}/compare")
    public Map<String, Object> compare(@PathVariable String id, @PathVariable String localityId,
            @RequestParam int from, @RequestParam int to, Principal principal, Locale locale) {
        Account me = me(principal);
        Locality l = rounds.ownLocality(me, id, localityId);
        ReportComparison c = submissions.compare(rounds.own(me, id), l, from, to);
        return Map.of("from", from, "to", to, "added", findings(c.added(), locale), "fixed",
                findings(c.fixed(), locale), "unchanged", findings(c.unchanged(), locale));
    }

    /** One submission with its summary. */
    @GetMapping("/{id}/submissions/{submissionId}")
    public Map<String, Object> submission(@PathVariable String id, @PathVariable String submissionId,
            Principal principal) {
        return RoundJson.submission(rounds.ownSubmission(me(principal), id, submissionId));
    }

    /** A submission's JSON report. */
    @GetMapping(value = "/{id}/submissions/{submissionId}/report", produces = MediaType.APPLICATION_JSON_VALUE)
    public String report(@PathVariable String id, @PathVariable String submissionId, Principal principal) {
        return submissions.report(rounds.ownSubmission(me(principal), id, submissionId));
    }

    /** The bytes the locality uploaded: always an attachment, never shown inline. */
    @GetMapping("/{id}/submissions/{submissionId}/file")
    public ResponseEntity<byte[]> file(@PathVariable String id, @PathVariable String submissionId,
            Principal principal) {
        Submission s = rounds.ownSubmission(me(principal), id, submissionId);
        return attachment(s, submissions.content(s));
    }

    /** The uploaded bytes as a download: octet-stream, attachment, nosniff. */
    static ResponseEntity<byte[]> attachment(Submission s, byte[] bytes) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(s.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(bytes);
    }

    private static List<Map<String, Object>> findings(List<Finding> findings, Locale locale) {
        return findings.stream().map(f -> Map.<String, Object>of("rule", f.ruleId(), "severity",
                f.severity().name(), "location", f.location().toString(), "message", f.message(locale),
                "fingerprint", f.fingerprint())).toList();
    }

    private Account me(Principal principal) {
        return accounts.byName(principal.getName()).orElseThrow(ReviewProblem::notFound);
    }
}
