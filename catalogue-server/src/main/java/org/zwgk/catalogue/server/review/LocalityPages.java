package org.zwgk.catalogue.server.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zwgk.catalogue.spring.CheckRefusedException;
import org.zwgk.catalogue.spring.Upload;

/**
 * A locality's upload page, opened by its link (no account): the round, the parent, the deadline, its previous
 * uploads and their reports, and the upload form; each upload is a new version, and its result shows at once.
 */
@Controller
public class LocalityPages {

    private final Submissions submissions;

    public LocalityPages(Submissions submissions) {
        this.submissions = submissions;
    }

    /** The page of the link. */
    @GetMapping("/upload/{localityId}/{token}")
    String page(@PathVariable String localityId, @PathVariable String token, Model model) {
        Locality l = submissions.byLink(localityId, token);
        model.addAttribute("locality", l);
        model.addAttribute("round", submissions.roundOf(l));
        List<Submission> newestFirst = new ArrayList<>(submissions.of(l));
        Collections.reverse(newestFirst);
        model.addAttribute("versions", newestFirst);
        model.addAttribute("base", "/upload/" + localityId + "/" + token);
        return "review/upload";
    }

    /** Uploads a catalogue through the page; back to the page with the new version's result. */
    @PostMapping("/upload/{localityId}/{token}")
    String upload(@PathVariable String localityId, @PathVariable String token, @RequestPart("file") MultipartFile file,
            RedirectAttributes redirect, Locale locale) {
        try {
            String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload"
                    : file.getOriginalFilename();
            Submissions.Stored stored = submissions.upload(localityId, token, new Upload(name, file.getBytes()));
            redirect.addFlashAttribute("stored", stored.submission());
            redirect.addFlashAttribute("problems", UploadApi.problems(stored.problems(), locale));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CheckRefusedException e) {
            redirect.addFlashAttribute("refused", e.problem().message(locale));
        } catch (ReviewProblem e) {
            if (e.status() == 404) {
                throw e;
            }
            redirect.addFlashAttribute("refused", ReviewMessages.format(locale, e.id(), e.args()));
        }
        return "redirect:/upload/" + localityId + "/" + token;
    }

    /** The html report of one of this locality's uploads. */
    @GetMapping("/upload/{localityId}/{token}/submissions/{submissionId}/report")
    ResponseEntity<byte[]> report(@PathVariable String localityId, @PathVariable String token,
            @PathVariable String submissionId, Locale locale) {
        Locality l = submissions.byLink(localityId, token);
        Submission s = submissions.ofLocality(l, submissionId);
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets
                .UTF_8)).body(submissions.htmlReport(submissions.roundOf(l), s, locale));
    }
}
