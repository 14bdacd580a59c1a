package org.zwgk.catalogue.server;

import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/** An HTTP client of the running server, that returns every answer (errors included) as it came. */
public final class Http {

    /**
     * One answer.
     *
     * @param status  its status
     * @param headers its headers
     * @param body    its body
     */
    public record Answer(HttpStatusCode status, HttpHeaders headers, byte[] body) {
        /** The body as UTF-8 text. */
        public String text() {
            return new String(body, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private final RestClient client;

    public Http(String baseUrl) {
        this.client = RestClient.builder().baseUrl(baseUrl).build();
    }

    /** A multipart form: parts named by key; a {@link FilePart} (or a list of them) is a file, anything else a field. */
    public static MultiValueMap<String, Object> form(Map<String, ?> parts) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        parts.forEach((k, v) -> {
            if (v instanceof FilePart f) {
                form.add(k, file(k, f));
            } else if (v instanceof Iterable<?> files) {
                files.forEach(f -> form.add(k, file(k, (FilePart) f)));
            } else {
                form.add(k, String.valueOf(v));
            }
        });
        return form;
    }

    /** A file part as a browser sends it: the file name as it is, in UTF-8. */
    private static HttpEntity<byte[]> file(String field, FilePart f) {
        HttpHeaders h = new HttpHeaders();
        h.setContentDisposition(ContentDisposition.formData().name(field).filename(f.name()).build());
        h.setContentType(MediaType.APPLICATION_OCTET_STREAM);
        return new HttpEntity<>(f.bytes(), h);
    }

    /**
     * A file in a form.
     *
     * @param name  the file name sent
     * @param bytes its content
     */
    public record FilePart(String name, byte[] bytes) {
    }

    /** POSTs a multipart form, with extra headers (name, value, name, value …). */
    public Answer post(String path, Map<String, ?> parts, String... headers) {
        return client.post().uri(path).contentType(MediaType.MULTIPART_FORM_DATA).headers(h -> add(h, headers))
                .body(form(parts)).exchange((req, res) -> new Answer(res.getStatusCode(), res.getHeaders(),
                        res.getBody().readAllBytes()));
    }

    /**
     * POSTs the upload form ({@code /check}) as a browser does: with the CSRF cookie and the form's token from a GET
     * of the form in {@code lang}, and the test's check date.
     */
    public Answer postCheckForm(Map<String, ?> parts, String lang) {
        Answer form = get("/?lang=" + lang);
        String cookie = form.headers().get(HttpHeaders.SET_COOKIE).stream().filter(c -> c.startsWith("XSRF-TOKEN="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
        String token = org.jsoup.Jsoup.parse(form.text()).selectFirst("input[name=_csrf]").attr("value");
        Map<String, Object> all = new java.util.LinkedHashMap<>(parts);
        all.put("_csrf", token);
        all.put("asOf", TestFiles.AS_OF);
        return post("/check?lang=" + lang, all, HttpHeaders.COOKIE, cookie);
    }

    /** POSTs raw bytes with a content type. */
    public Answer postRaw(String path, MediaType type, byte[] body) {
        return client.post().uri(path).contentType(type).body(body).exchange((req, res) ->
                new Answer(res.getStatusCode(), res.getHeaders(), res.getBody().readAllBytes()));
    }

    /** GETs a path, with extra headers (name, value, name, value …). */
    public Answer get(String path, String... headers) {
        return client.get().uri(path).headers(h -> add(h, headers)).exchange((req, res) ->
                new Answer(res.getStatusCode(), res.getHeaders(), res.getBody().readAllBytes()));
    }

    private static void add(HttpHeaders h, String... headers) {
        for (int i = 0; i + 1 < headers.length; i += 2) {
            h.add(headers[i], headers[i + 1]);
        }
    }
}
