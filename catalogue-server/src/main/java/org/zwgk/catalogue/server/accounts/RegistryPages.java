package org.zwgk.catalogue.server.accounts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;
import org.zwgk.catalogue.data.RegistryOverlay;
import org.zwgk.catalogue.data.RegistryOverlayException;

/**
 * {@code /admin/registry} (role ADMIN): the legal registry the server checks with, the overlays laid over it, and
 * the forms that upload one more or remove an uploaded one. The work is {@link RegistryOverlays}'s, as for the API:
 * a refused file changes nothing, and every change goes to the audit log.
 */
@Controller
public class RegistryPages {

    /**
     * One overlay as the page lists it.
     *
     * @param name        its file name
     * @param version     the version it states
     * @param sha256      the start of its SHA-256, as reports show it
     * @param about       what it says it changes (may be empty)
     * @param instruments the ids of the instruments it adds or corrects
     * @param upload      its index among the uploaded overlays; -1 for one from {@code zwgk.catalogue.registry}
     */
    public record Row(String name, String version, String sha256, String about, List<String> instruments,
            int upload) {
    }

    /**
     * A located problem of a refused file.
     *
     * @param location its JSON pointer (with the file name)
     * @param message  in the page's language
     */
    public record Problem(String location, String message) {
    }

    private final RegistryOverlays overlays;

    public RegistryPages(RegistryOverlays overlays) {
        this.overlays = overlays;
    }

    /** The registry in use and its overlays. */
    @GetMapping("/admin/registry")
    String registry(Model model) {
        List<RegistryOverlay> all = overlays.overlays();
        int configured = overlays.configuredCount();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            RegistryOverlay o = all.get(i);
            rows.add(new Row(o.name(), o.version(), o.sha256().substring(0, Math.min(12, o.sha256().length())),
                    o.about(), o.instrumentIds(), i < configured ? -1 : i - configured));
        }
        model.addAttribute("bundled", overlays.version().bundled());
        model.addAttribute("label", overlays.label());
        model.addAttribute("overlays", rows);
        return "review/registry";
    }

    /** Lays an uploaded overlay file over the others; a refused one is shown with its problems. */
    @PostMapping("/admin/registry")
    String upload(@RequestParam("file") MultipartFile file, Principal principal, Model model,
            RedirectAttributes redirect, Locale locale) {
        String name = String.valueOf(file.getOriginalFilename());
        try {
            overlays.add(new RegistryOverlays.File(name, file.getBytes()), principal.getName());
            redirect.addFlashAttribute("added", name);
            return "redirect:/admin/registry";
        } catch (RegistryOverlayException e) {
            return refused(name, e, model, locale);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes an uploaded overlay; refused (and shown) when an overlay after it needs an instrument it adds. */
    @PostMapping("/admin/registry/remove")
    String remove(@RequestParam int upload, Principal principal, Model model, RedirectAttributes redirect,
            Locale locale) {
        String name = overlays.uploaded().stream().skip(Math.max(0, upload)).findFirst()
                .map(RegistryOverlays.File::name).orElse("");
        try {
            if (!overlays.remove(upload, principal.getName())) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            redirect.addFlashAttribute("removed", name);
            return "redirect:/admin/registry";
        } catch (RegistryOverlayException e) {
            return refused(name, e, model, locale);
        }
    }

    private String refused(String name, RegistryOverlayException e, Model model, Locale locale) {
        model.addAttribute("refused", name);
        model.addAttribute("problems", e.problems().stream()
                .map(p -> new Problem(p.location().toString(), p.message(locale))).toList());
        return registry(model);
    }
}
