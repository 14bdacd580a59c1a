package org.zwgk.catalogue.server.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The review API's JSON: rounds, localities and submissions as maps, every member present (null when absent). */
final class RoundJson {

    private RoundJson() {
    }

    /** The absolute upload URL of a locality's link, from the request's own address. */
    static String uploadUrl(String localityId, String token) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/upload/{l}/{t}")
                .buildAndExpand(localityId, token).toUriString();
    }

    /** The absolute address of a locality's upload page. */
    static String pageUrl(String localityId, String token) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/upload/{l}/{t}")
                .buildAndExpand(localityId, token).toUriString();
    }

    /** A round with its localities in order; {@code tokens} (by locality id) adds their links. */
    static Map<String, Object> round(Round r, List<Locality> localities, Map<String, Submission> latest,
            Map<String, String> tokens) {
        Map<String, Object> m = brief(r);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Locality l : localities) {
            Map<String, Object> row = locality(l, Optional.ofNullable(latest.get(l.id())));
            String token = tokens.get(l.id());
            if (token != null) {
                row.put("uploadUrl", uploadUrl(l.id(), token));
                row.put("pageUrl", pageUrl(l.id(), token));
            }
            rows.add(row);
        }
        m.put("localities", rows);
        return m;
    }

    /** A round without its localities. */
    static Map<String, Object> brief(Round r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("name", r.name());
        m.put("edition", r.edition().orElse(null));
        m.put("parentFile", r.parentName().orElse(null));
        m.put("level", r.level().orElse(null));
        m.put("asOf", r.asOf().toString());
        m.put("deadline", r.deadline().map(Object::toString).orElse(null));
        m.put("closed", r.closed());
        m.put("createdAt", r.createdAt().toString());
        return m;
    }

    /** A locality with its state from its latest submission. */
    static Map<String, Object> locality(Locality l, Optional<Submission> latest) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", l.id());
        m.put("name", l.name());
        m.put("level", l.level().orElse(null));
        m.put("code", l.code().orElse(null));
        m.put("status", LocalityStatus.of(latest).name());
        m.put("score", latest.flatMap(Submission::summary).map(Submission.Summary::score).orElse(null));
        m.put("errors", latest.flatMap(Submission::summary).map(Submission.Summary::errors).orElse(null));
        m.put("warnings", latest.flatMap(Submission::summary).map(Submission.Summary::warnings).orElse(null));
        m.put("version", latest.map(Submission::version).orElse(null));
        m.put("submittedAt", latest.map(s -> s.submittedAt().toString()).orElse(null));
        m.put("submissionId", latest.map(Submission::id).orElse(null));
        m.put("linkActive", l.linkActive());
        return m;
    }

    /** A submission with its summary. */
    static Map<String, Object> submission(Submission s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("version", s.version());
        m.put("fileName", s.fileName());
        m.put("sha256", s.sha256());
        m.put("size", s.size());
        m.put("submittedAt", s.submittedAt().toString());
        m.put("accepted", s.accepted());
        m.put("summary", s.summary().map(RoundJson::summary).orElse(null));
        m.put("recheckOf", s.recheckOf().orElse(null));
        return m;
    }

    private static Map<String, Object> summary(Submission.Summary sum) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("score", sum.score());
        m.put("errors", sum.errors());
        m.put("warnings", sum.warnings());
        m.put("infos", sum.infos());
        return m;
    }
}
