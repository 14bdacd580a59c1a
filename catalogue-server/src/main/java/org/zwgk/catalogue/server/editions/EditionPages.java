package org.zwgk.catalogue.server.editions;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.zwgk.catalogue.io.CatalogueWriter;
import org.zwgk.catalogue.io.Format;
import org.zwgk.catalogue.model.Catalogue;
import org.zwgk.catalogue.rules.CatalogueHtml;
import org.zwgk.catalogue.spring.CheckRefusedException;
import org.zwgk.catalogue.spring.CheckService;

/**
 * {@code /editions}: the bundled editions; {@code /editions/{id}}: one edition as the standard table (what
 * {@code show --format html} prints), with its workbook ({@code /editions/{id}/template.xlsx}) to fill in.
 */
@Controller
class EditionPages {

    private final CheckService service;

    EditionPages(CheckService service) {
        this.service = service;
    }

    @GetMapping("/editions")
    String list(Model model) {
        model.addAttribute("editions", service.editions());
        return "editions";
    }

    @GetMapping("/editions/{id}")
    String show(@PathVariable("id") String id, Locale locale, Model model) throws IOException {
        Catalogue catalogue = service.edition(id);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CatalogueHtml.fragment(catalogue, locale, out);
        model.addAttribute("id", id);
        model.addAttribute("info", service.editions().stream().filter(e -> e.id().equals(id)).findFirst());
        model.addAttribute("title", catalogue.title());
        model.addAttribute("table", out.toString(StandardCharsets.UTF_8));
        return "edition";
    }

    @GetMapping("/editions/{id}/template.xlsx")
    ResponseEntity<byte[]> workbook(@PathVariable("id") String id) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CatalogueWriter.write(service.edition(id), Format.XLSX, out);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        headers.setContentDisposition(ContentDisposition.attachment().filename(id + ".xlsx", StandardCharsets.UTF_8)
                .build());
        return ResponseEntity.ok().headers(headers).body(out.toByteArray());
    }

    /** An unknown edition: the error page at 404, with the problem. */
    @ExceptionHandler(CheckRefusedException.class)
    String unknown(CheckRefusedException e, Model model, HttpServletResponse response) {
        response.setStatus(e.reason().status());
        model.addAttribute("status", e.reason().status());
        model.addAttribute("problem", Optional.of(e.problem()));
        return "error";
    }
}
