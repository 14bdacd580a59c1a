package org.zwgk.catalogue.spring.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.zwgk.catalogue.rules.Report;
import org.zwgk.catalogue.spring.CheckOrder;
import org.zwgk.catalogue.spring.CheckRefusedException;
import org.zwgk.catalogue.spring.CheckResult;
import org.zwgk.catalogue.spring.CheckService;
import org.zwgk.catalogue.spring.ReportFormat;
import org.zwgk.catalogue.spring.Upload;

/**
 * {@code POST /api/v1/checks}: a multipart upload in, a report out, in the format {@code format=} or
 * {@code Accept} asks for (JSON by default: the command line's {@code check --format json}, with the uploaded
 * file's name as {@code input.path}). One file gives its report; several files or a .zip give every report as one
 * document ({@code format=summary}: the batch's ranked summary). A single file that cannot be read is a 422
 * problem. Reports and problems are in the language of {@code lang} ({@code zh-CN} or {@code en}) or of
 * Accept-Language.
 */
@RestController
@RequestMapping("/api/v1")
public class CheckApi {

    /** Reports and problems name this header when some catalogues of a batch could not be read. */
    public static final String UNREADABLE_HEADER = "Zwgk-Unreadable";

    private final CheckService service;

    public CheckApi(CheckService service) {
        this.service = service;
    }

    /** Checks the uploaded catalogue(s). */
    @PostMapping(path = "/checks")
    public ResponseEntity<byte[]> check(@RequestPart("file") List<MultipartFile> file,
            @RequestPart(name = "parent", required = false) MultipartFile parent,
            @RequestParam(name = "edition", required = false) String edition,
            @RequestParam(name = "level", required = false) String level,
            @RequestParam(name = "asOf", required = false) String asOf,
            @RequestPart(name = "profile", required = false) MultipartFile profile,
            @RequestPart(name = "baseline", required = false) MultipartFile baseline,
            @RequestPart(name = "waivers", required = false) MultipartFile waivers,
            @RequestParam(name = "format", required = false) String format,
            @RequestParam(name = "lang", required = false) String lang,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
            Locale resolved, HttpServletRequest request) throws IOException {
        Locale locale = ApiLocale.of(request, resolved);
        boolean summary = "summary".equalsIgnoreCase(Optional.ofNullable(format).orElse("").strip());
        ReportFormat chosen = summary ? ReportFormat.JSON
                : ReportFormat.choose(Optional.ofNullable(format), Optional.ofNullable(accept));
        List<Upload> uploads = new ArrayList<>();
        for (MultipartFile f : file) {
            Uploads.of(f).ifPresent(uploads::add);
        }
        CheckResult result = service.check(new CheckOrder(uploads, Optional.ofNullable(edition), Uploads.of(parent),
                Optional.ofNullable(level), Optional.ofNullable(asOf), Uploads.of(profile), Uploads.of(baseline),
                Uploads.of(waivers), summary ? "summary" : chosen.rendererName()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long unreadable = result.items().stream().filter(i -> i.failure().isPresent()).count();
        String name;
        if (summary) {
            result.renderSummary("json", Map.of(), locale, out);
            name = "summary";
        } else if (result.isBatch()) {
            result.renderAll(chosen.rendererName(), locale, out);
            name = "reports";
        } else {
            CheckResult.Item item = result.items().get(0);
            if (item.failure().isPresent()) {
                throw new CheckRefusedException(CheckRefusedException.Reason.UNREADABLE, item.failure().get());
            }
            Report report = item.report().orElseThrow();
            result.render(chosen.rendererName(), report, locale, out);
            name = baseName(item.name());
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(chosen.mediaType());
        headers.setContentDisposition(ContentDisposition.attachment()
                .filename(name + "." + chosen.extension(), StandardCharsets.UTF_8).build());
        if (unreadable > 0) {
            headers.set(UNREADABLE_HEADER, Long.toString(unreadable));
        }
        return ResponseEntity.ok().headers(headers).body(out.toByteArray());
    }

    private static String baseName(String uploaded) {
        String n = uploaded.substring(Math.max(uploaded.lastIndexOf('/'), uploaded.lastIndexOf('\\')) + 1);
        int dot = n.lastIndexOf('.');
        return (dot > 0 ? n.substring(0, dot) : n) + "-report";
    }
}
