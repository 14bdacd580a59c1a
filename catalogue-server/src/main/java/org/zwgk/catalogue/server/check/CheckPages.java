package org.zwgk.catalogue.server.check;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.zwgk.catalogue.model.AdministrativeLevel;
import org.zwgk.catalogue.model.Problem;
import org.zwgk.catalogue.rules.CheckRequest;
import org.zwgk.catalogue.spring.CheckOrder;
import org.zwgk.catalogue.spring.CheckRefusedException;
import org.zwgk.catalogue.spring.CheckResult;
import org.zwgk.catalogue.spring.CheckService;
import org.zwgk.catalogue.spring.Upload;
import org.zwgk.catalogue.spring.api.ApiProblems;
import org.zwgk.catalogue.spring.api.Uploads;
import org.zwgk.catalogue.server.web.UploadSizeGuard;

/**
 * The quick checker: {@code /} is the upload form, {@code POST /check} answers with the result page (or the form
 * again with the problem, at its HTTP status). Works without JavaScript.
 */
@Controller
class CheckPages {

    /** The levels the form offers. */
    static final List<AdministrativeLevel> LEVELS = List.of(AdministrativeLevel.PROVINCIAL,
            AdministrativeLevel.MUNICIPAL, AdministrativeLevel.COUNTY, AdministrativeLevel.TOWNSHIP);

    private final CheckService service;
    private final ResultPages results;

    CheckPages(CheckService service, ResultPages results) {
        this.service = service;
        this.results = results;
    }

    /** The form; after an upload the guard refused for its size, with that problem. */
    @GetMapping("/")
    String form(@RequestParam(name = UploadSizeGuard.PROBLEM_PARAMETER, required = false) String problem,
            Model model) {
        return form(model, "upload.too-large".equals(problem) ? Optional.of(CheckRefusedException.uploadTooLarge(
                service.properties().limits().uploadSize().toBytes()).problem()) : Optional.empty());
    }

    /** The form, with the problem that stopped the last upload when there is one. */
    String form(Model model, Optional<Problem> problem) {
        model.addAttribute("editions", service.editions());
        model.addAttribute("defaultEdition", service.properties().edition());
        model.addAttribute("levels", LEVELS);
        model.addAttribute("today", CheckRequest.today().toString());
        model.addAttribute("uploadLimitMb", service.properties().limits().uploadSize().toMegabytes());
        problem.ifPresent(p -> model.addAttribute("problem", p));
        return "index";
    }

    @PostMapping("/check")
    String check(@RequestPart(name = "file", required = false) List<MultipartFile> file,
            @RequestPart(name = "parent", required = false) MultipartFile parent,
            @RequestParam(name = "edition", required = false) String edition,
            @RequestParam(name = "level", required = false) String level,
            @RequestParam(name = "asOf", required = false) String asOf,
            @RequestPart(name = "profile", required = false) MultipartFile profile,
            @RequestPart(name = "baseline", required = false) MultipartFile baseline,
            @RequestPart(name = "waivers", required = false) MultipartFile waivers,
            Locale locale, Model model, HttpServletResponse response) throws IOException {
        List<Upload> uploads = new ArrayList<>();
        for (MultipartFile f : file == null ? List.<MultipartFile>of() : file) {
            Uploads.of(f).ifPresent(uploads::add);
        }
        try {
            CheckResult result = service.check(new CheckOrder(uploads, Optional.ofNullable(edition),
                    Uploads.of(parent), Optional.ofNullable(level), Optional.ofNullable(asOf), Uploads.of(profile),
                    Uploads.of(baseline), Uploads.of(waivers), "html"));
            if (result.isBatch()) {
                results.batch(result, locale, model);
                return "batch";
            }
            CheckResult.Item item = result.items().get(0);
            if (item.failure().isPresent()) {
                response.setStatus(422);
                return form(model, item.failure());
            }
            results.single(result, item, locale, model);
            return "result";
        } catch (CheckRefusedException e) {
            response.setStatus(e.reason().status());
            if (e.reason() == CheckRefusedException.Reason.BUSY) {
                response.setHeader("Retry-After", Integer.toString(ApiProblems.RETRY_AFTER_SECONDS));
            }
            return form(model, Optional.of(e.problem()));
        }
    }
}
