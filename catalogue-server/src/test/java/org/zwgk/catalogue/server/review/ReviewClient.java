package org.zwgk.catalogue.server.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.zwgk.catalogue.server.Http;

/** The review API as a pipeline uses it: HTTP Basic, JSON in and out, every answer returned as it came. */
final class ReviewClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final RestClient client;
    private final String authorization;

    private ReviewClient(String base, String authorization) {
        this.base = base;
        this.client = RestClient.builder().build();
        this.authorization = authorization;
    }

    /** No credentials. */
    static ReviewClient anonymous(String base) {
        return new ReviewClient(base, null);
    }

    /** With {@code user}'s credentials. */
    ReviewClient as(String user, String password) {
        return new ReviewClient(base, "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8)));
    }

    /** GET a path of this server, or an absolute URL. */
    Http.Answer get(String path) {
        return client.get().uri(url(path)).headers(this::auth).exchange((req, res) -> new Http.Answer(
                res.getStatusCode(), res.getHeaders(), res.getBody().readAllBytes()));
    }

    /** POST JSON ({@code body} as a map, list or record; null for none). */
    Http.Answer post(String path, Object body) {
        var spec = client.post().uri(url(path)).headers(this::auth);
        if (body != null) {
            spec = spec.contentType(MediaType.APPLICATION_JSON).body(write(body));
        }
        return spec.exchange((req, res) -> new Http.Answer(res.getStatusCode(), res.getHeaders(),
                res.getBody().readAllBytes()));
    }

    /** DELETE. */
    Http.Answer delete(String path) {
        return client.delete().uri(url(path)).headers(this::auth).exchange((req, res) -> new Http.Answer(
                res.getStatusCode(), res.getHeaders(), res.getBody().readAllBytes()));
    }

    /** POST a file as the multipart field {@code file} (to an upload URL). */
    Http.Answer upload(String url, String name, byte[] bytes) {
        return client.post().uri(url(url)).headers(this::auth).contentType(MediaType.MULTIPART_FORM_DATA)
                .body(Http.form(Map.of("file", new Http.FilePart(name, bytes))))
                .exchange((req, res) -> new Http.Answer(res.getStatusCode(), res.getHeaders(),
                        res.getBody().readAllBytes()));
    }

    /** POST a multipart form: the part {@code json} as {@code application/json}, and one file. */
    Http.Answer postJsonAndFile(String path, String json, Object body, String file, String name, byte[] bytes) {
        HttpHeaders type = new HttpHeaders();
        type.setContentType(MediaType.APPLICATION_JSON);
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add(json, new HttpEntity<>(write(body), type));
        form.addAll(Http.form(Map.of(file, new Http.FilePart(name, bytes))));
        return client.post().uri(url(path)).headers(this::auth).contentType(MediaType.MULTIPART_FORM_DATA)
                .body(form).exchange((req, res) -> new Http.Answer(res.getStatusCode(), res.getHeaders(),
                        res.getBody().readAllBytes()));
    }

    /** PUT files as the multipart field {@code file}. */
    Http.Answer put(String path, Map<String, byte[]> files) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        files.forEach((name, bytes) -> form.addAll(Http.form(Map.of("file", new Http.FilePart(name, bytes)))));
        return client.put().uri(url(path)).headers(this::auth).contentType(MediaType.MULTIPART_FORM_DATA)
                .body(form).exchange((req, res) -> new Http.Answer(res.getStatusCode(), res.getHeaders(),
                        res.getBody().readAllBytes()));
    }

    /** An answer's body as JSON. */
    static JsonNode json(Http.Answer a) {
        try {
            return JSON.readTree(a.body());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + a.text(), e);
        }
    }

    private String url(String path) {
        return path.startsWith("http") ? path : base + path;
    }

    private void auth(HttpHeaders h) {
        if (authorization != null) {
            h.set(HttpHeaders.AUTHORIZATION, authorization);
        }
    }

    private static byte[] write(Object body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
