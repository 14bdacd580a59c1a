package org.zwgk.catalogue.server.review;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.zwgk.catalogue.io.UnreadableInputException;
import org.zwgk.catalogue.model.AdministrativeLevel;
import org.zwgk.catalogue.rules.CheckInput;
import org.zwgk.catalogue.rules.CheckRequest;
import org.zwgk.catalogue.rules.InputFile;
import org.zwgk.catalogue.server.accounts.Account;
import org.zwgk.catalogue.spring.CheckService;
import org.zwgk.catalogue.spring.Upload;

/**
 * What a reviewer does with rounds: opens one, sees only their own, revokes and renews links, closes, reopens and
 * deletes; every change is written to the audit log. Someone else's round is not found, exactly as a round that
 * does not exist.
 */
@Service
public class Rounds {

    private static final Pattern CODE = Pattern.compile("\\d{6}(\\d{6})?");
    private static final int MAX_LOCALITIES = 5000;

    /**
     * A round just opened, with each locality's token (shown once: only its hash is kept).
     *
     * @param round  the round
     * @param tokens token by locality id
     */
    public record Opened(Round round, Map<String, String> tokens) {
    }

    private final RoundStore store;
    private final AuditLog audit;
    private final CheckService checks;

    public Rounds(RoundStore store, AuditLog audit, CheckService checks) {
        this.store = store;
        this.audit = audit;
        this.checks = checks;
    }

    /** Opens a round for {@code owner}, against a bundled edition. */
    public Opened open(Account owner, RoundRequest request) {
        return open(owner, request, Optional.empty());
    }

    /**
     * Opens a round for {@code owner}; with {@code parent}, the bureau's own catalogue (read here, refused with its
     * located problem when it cannot be read) is stored with the round and is the parent of every check.
     */
    public Opened open(Account owner, RoundRequest request, Optional<Upload> parent) {
        String name = required("name", request.name());
        if (parent.isPresent()) {
            try {
                CheckInput.read(InputFile.of(parent.get().name(), parent.get().bytes()),
                        checks.properties().limits().readLimits());
            } catch (UnreadableInputException e) {
                throw new ReviewProblem(400, "review.parent.unreadable", parent.get().name(),
                        e.problem().message(Locale.SIMPLIFIED_CHINESE));
            }
        }
        String edition = Optional.ofNullable(request.edition()).filter(s -> !s.isBlank()).map(String::strip)
                .orElse(checks.properties().edition());
        if (checks.editions().stream().noneMatch(e -> e.id().equals(edition))) {
            throw new ReviewProblem(400, "review.edition.unknown", edition);
        }
        Optional<String> level = level("level", request.level());
        LocalDate asOf = Optional.ofNullable(request.asOf()).filter(s -> !s.isBlank()).map(s -> date("asOf", s))
                .orElseGet(CheckRequest::today);
        Optional<LocalDate> deadline = Optional.ofNullable(request.deadline()).filter(s -> !s.isBlank())
                .map(s -> date("deadline", s));
        List<RoundRequest.LocalityRequest> asked = request.localities() == null ? List.of() : request.localities();
        if (asked.isEmpty() || asked.size() > MAX_LOCALITIES) {
            throw ReviewProblem.badField("localities", asked.size());
        }
        List<RoundStore.NewLocality> localities = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < asked.size(); i++) {
            RoundRequest.LocalityRequest l = asked.get(i);
            if (l == null) {
                throw ReviewProblem.badField("localities/" + i, "null");
            }
            String token = UploadTokens.issue();
            tokens.add(token);
            Optional<String> code = Optional.ofNullable(l.code()).map(String::strip).filter(s -> !s.isEmpty());
            if (code.isPresent() && !CODE.matcher(code.get()).matches()) {
                throw ReviewProblem.badField("localities/" + i + "/code", code.get());
            }
            localities.add(new RoundStore.NewLocality(required("localities/" + i + "/name", l.name()),
                    level("localities/" + i + "/level", l.level()), code, UploadTokens.hash(token)));
        }
        String id = store.create(owner.id(), name, parent.isPresent() ? Optional.empty() : Optional.of(edition),
                parent.map(Upload::name), parent.map(Upload::bytes), level, asOf, deadline, localities);
        audit.record(id, owner.username(), "round.created", name + " (" + localities.size() + ")");
        Map<String, String> byLocality = new LinkedHashMap<>();
        List<Locality> stored = store.localities(id);
        for (int i = 0; i < stored.size(); i++) {
            byLocality.put(stored.get(i).id(), tokens.get(i));
        }
        return new Opened(store.round(id).orElseThrow(), byLocality);
    }

    /** {@code owner}'s rounds, newest first. */
    public List<Round> of(Account owner) {
        return store.roundsOf(owner.id());
    }

    /** {@code owner}'s round {@code id}, else 404. */
    public Round own(Account owner, String id) {
        return store.round(id).filter(r -> r.ownerId() == owner.id()).orElseThrow(ReviewProblem::notFound);
    }

    /** A locality of {@code owner}'s round, else 404. */
    public Locality ownLocality(Account owner, String roundId, String localityId) {
        Round r = own(owner, roundId);
        return store.locality(localityId).filter(l -> l.roundId().equals(r.id()))
                .orElseThrow(ReviewProblem::notFound);
    }

    /** A submission of {@code owner}'s round, else 404. */
    public Submission ownSubmission(Account owner, String roundId, String submissionId) {
        Round r = own(owner, roundId);
        Submission s = store.submission(submissionId).orElseThrow(ReviewProblem::notFound);
        store.locality(s.localityId()).filter(l -> l.roundId().equals(r.id())).orElseThrow(ReviewProblem::notFound);
        return s;
    }

    /** Closes (uploads refused, links void) or reopens a round. */
    public Round setClosed(Account owner, String id, boolean closed) {
        Round r = own(owner, id);
        if (r.closed() != closed) {
            store.setClosed(id, closed);
            audit.record(id, owner.username(), closed ? "round.closed" : "round.reopened", r.name());
        }
        return store.round(id).orElseThrow();
    }

    /** Revokes a locality's link: its token no longer opens anything. */
    public void revoke(Account owner, String roundId, String localityId) {
        Locality l = ownLocality(owner, roundId, localityId);
        store.setTokenHash(l.id(), null);
        audit.record(roundId, owner.username(), "link.revoked", l.name());
    }

    /** Gives a locality a new link (the old one stops working); returns the new token. */
    public String renew(Account owner, String roundId, String localityId) {
        Locality l = ownLocality(owner, roundId, localityId);
        String token = UploadTokens.issue();
        store.setTokenHash(l.id(), UploadTokens.hash(token));
        audit.record(roundId, owner.username(), "link.renewed", l.name());
        return token;
    }

    /** Deletes a round with everything stored for it. */
    public void delete(Account owner, String id) {
        Round r = own(owner, id);
        store.delete(r.id());
        audit.record(null, owner.username(), "round.deleted", r.id() + " " + r.name());
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank() || value.strip().length() > 200) {
            throw ReviewProblem.badField(field, value);
        }
        return value.strip();
    }

    private static Optional<String> level(String field, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        AdministrativeLevel parsed = AdministrativeLevel.parse(value.strip())
                .orElseThrow(() -> ReviewProblem.badField(field, value));
        return Optional.of(parsed.englishName());
    }

    private static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ReviewProblem.badField(field, value);
        }
    }
}
