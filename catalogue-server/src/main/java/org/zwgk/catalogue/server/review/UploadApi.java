package org.zwgk.catalogue.server.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.zwgk.catalogue.model.Problem;
import org.zwgk.catalogue.spring.Upload;

/**
 * {@code /api/v1/upload/{localityId}/{token}}: a locality's link, no account. {@code POST} (multipart {@code file})
 * stores a new version: 201 with its version, SHA-256 and the report's summary; 422 with the stored submission and
 * its problems when the file could not be read; 404 for a wrong or revoked link; 410 when the round is closed.
 * {@code GET} shows the round and this locality's uploads; a submission of another locality is 404.
 */
@RestController
@RequestMapping("/api/v1/upload/{localityId}/{token}")
public class UploadApi {

    private final Submissions submissions;

    public UploadApi(Submissions submissions) {
        this.submissions = submissions;
    }

    /** Uploads a catalogue: a new version. */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<Map<String, Object>> upload(@PathVariable String localityId, @PathVariable String token,
            @RequestPart("file") MultipartFile file, Locale locale) {
        Submissions.Stored stored = submissions.upload(localityId, token, upload(file));
        Map<String, Object> body = RoundJson.submission(stored.submission());
        body.put("problems", problems(stored.problems(), locale));
        URI at = URI.create("/api/v1/upload/" + localityId + "/" + token + "/submissions/"
                + stored.submission().id());
        return stored.submission().accepted() ? ResponseEntity.created(at).body(body)
                : ResponseEntity.unprocessableEntity().location(at).body(body);
    }

    /** The round, the parent, the deadline and this locality's uploads. */
    @GetMapping
    public Map<String, Object> show(@PathVariable String localityId, @PathVariable String token) {
        Locality l = submissions.byLink(localityId, token);
        Round r = submissions.roundOf(l);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("round", Map.of("name", r.name(), "edition", r.edition().orElse(""), "asOf", r.asOf().toString(),
                "deadline", r.deadline().map(Object::toString).orElse(""), "closed", r.closed()));
        m.put("locality", l.name());
        m.put("submissions", submissions.of(l).stream().map(RoundJson::submission).toList());
        return m;
    }

    /** One of this locality's submissions, with its summary. */
    @GetMapping("/submissions/{submissionId}")
    public Map<String, Object> submission(@PathVariable String localityId, @PathVariable String token,
            @PathVariable String submissionId) {
        return RoundJson.submission(submissions.ofLocality(submissions.byLink(localityId, token), submissionId));
    }

    /** The JSON report of one of this locality's submissions. */
    @GetMapping(value = "/submissions/{submissionId}/report", produces = MediaType.APPLICATION_JSON_VALUE)
    public String report(@PathVariable String localityId, @PathVariable String token,
            @PathVariable String submissionId) {
        return submissions.report(submissions.ofLocality(submissions.byLink(localityId, token), submissionId));
    }

    /** The bytes this locality uploaded, as an attachment. */
    @GetMapping("/submissions/{submissionId}/file")
    public ResponseEntity<byte[]> file(@PathVariable String localityId, @PathVariable String token,
            @PathVariable String submissionId) {
        Submission s = submissions.ofLocality(submissions.byLink(localityId, token), submissionId);
        return RoundsApi.attachment(s, submissions.content(s));
    }

    private static Upload upload(MultipartFile file) {
        try {
            String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload"
                    : file.getOriginalFilename();
            return new Upload(name, file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Map<String, Object>> problems(List<Problem> problems, Locale locale) {
        return problems.stream().map(p -> Map.<String, Object>of("id", p.messageId(), "location",
                p.location().toString(), "message", p.message(locale))).toList();
    }
}
