package org.zwgk.catalogue.server.review;

import java.io.IOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zwgk.catalogue.model.AdministrativeLevel;
import org.zwgk.catalogue.rules.CheckRequest;
import org.zwgk.catalogue.rules.ReportComparison;
import org.zwgk.catalogue.server.accounts.Account;
import org.zwgk.catalogue.server.accounts.Accounts;
import org.zwgk.catalogue.server.accounts.Role;
import org.zwgk.catalogue.spring.CheckService;
import org.zwgk.catalogue.spring.Upload;

/**
 * The reviewer's pages (signed in): the rounds, a new round, a round's dashboard with its charts, a locality's
 * versions and their comparison, the audit log; and the forms that close, reopen, revoke and renew. Every form
 * carries the CSRF token; someone else's round is 404.
 */
@Controller
public class ReviewPages {

    private final Rounds rounds;
    private final Dashboard dashboard;
    private final Submissions submissions;
    private final AuditLog audit;
    private final Accounts accounts;
    private final CheckService checks;
    private final EchartsAsset echarts;
    private final RoundExport export;
    private final Rechecks rechecks;

    public ReviewPages(Rounds rounds, Dashboard dashboard, Submissions submissions, AuditLog audit,
            Accounts accounts, CheckService checks, EchartsAsset echarts, RoundExport export, Rechecks rechecks) {
        this.export = export;
        this.rechecks = rechecks;
        this.rounds = rounds;
        this.dashboard = dashboard;
        this.submissions = submissions;
        this.audit = audit;
        this.accounts = accounts;
        this.checks = checks;
        this.echarts = echarts;
    }

    /** The signed-in reviewer's rounds. */
    @GetMapping("/review")
    String list(Principal principal, Model model) {
        Account me = me(principal);
        model.addAttribute("rounds", rounds.of(me));
        model.addAttribute("admin", me.role() == Role.ADMIN);
        model.addAttribute("user", me.username());
        return "review/rounds";
    }

    /** The form of a new round. */
    @GetMapping("/review/new")
    String form(Model model) {
        model.addAttribute("editions", checks.editions());
        model.addAttribute("defaultEdition", checks.properties().edition());
        model.addAttribute("levels", Arrays.asList(AdministrativeLevel.values()));
        model.addAttribute("today", CheckRequest.today().toString());
        return "review/new";
    }

    /** Opens a round from the form: one locality per line, "name[,code[,level]]". */
    @PostMapping("/review/new")
    String open(@RequestParam String name, @RequestParam String edition, @RequestParam(required = false) String level,
            @RequestParam String asOf, @RequestParam(required = false) String deadline,
            @RequestParam String localities, @RequestParam(required = false) MultipartFile parent,
            Principal principal, Model model, RedirectAttributes redirect, Locale locale) throws IOException {
        List<RoundRequest.LocalityRequest> rows = new ArrayList<>();
        for (String line : localities.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("[,，\\t]", 3);
            rows.add(new RoundRequest.LocalityRequest(parts[0].strip(), parts.length > 2 ? parts[2].strip() : null,
                    parts.length > 1 ? parts[1].strip() : null));
        }
        try {
            Optional<Upload> own = parent == null || parent.isEmpty() ? Optional.empty()
                    : Optional.of(new Upload(parent.getOriginalFilename() == null ? "parent"
                            : parent.getOriginalFilename(), parent.getBytes()));
            Rounds.Opened opened = rounds.open(me(principal), new RoundRequest(name, edition, level, asOf, deadline,
                    rows), own);
            redirect.addFlashAttribute("tokens", opened.tokens());
            return "redirect:/review/" + opened.round().id();
        } catch (ReviewProblem e) {
            model.addAttribute("problem", e);
            model.addAttribute("problemMessage", ReviewMessages.format(locale, e.id(), e.args()));
            return form(model);
        }
    }

    /** A round's dashboard. */
    @GetMapping("/review/{id}")
    String round(@PathVariable String id, Principal principal, Model model, Locale locale) {
        Round r = rounds.own(me(principal), id);
        List<Dashboard.Row> rows = dashboard.rows(r);
        model.addAttribute("round", r);
        model.addAttribute("rows", rows);
        Dashboard.Charts charts = dashboard.charts(rows, locale);
        model.addAttribute("chart", charts.json());
        model.addAttribute("charts", charts);
        model.addAttribute("echarts", echarts.path());
        model.addAttribute("editions", checks.editions());
        if (!model.containsAttribute("tokens")) {
            model.addAttribute("tokens", Map.of());
        }
        return "review/dashboard";
    }

    /** Closes or reopens a round. */
    @PostMapping("/review/{id}/{action:close|reopen}")
    String close(@PathVariable String id, @PathVariable String action, Principal principal) {
        rounds.setClosed(me(principal), id, action.equals("close"));
        return "redirect:/review/" + id;
    }

    /** Sets the round's check date and parent, re-checks every latest upload and shows what changed. */
    @PostMapping("/review/{id}/recheck")
    String recheck(@PathVariable String id, @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String edition, Principal principal, RedirectAttributes redirect) {
        redirect.addFlashAttribute("rechecked", rechecks.recheck(me(principal), id, Optional.ofNullable(asOf),
                Optional.ofNullable(edition)));
        return "redirect:/review/" + id;
    }

    /** Revokes a locality's link. */
    @PostMapping("/review/{id}/localities/{localityId}/revoke")
    String revoke(@PathVariable String id, @PathVariable String localityId, Principal principal) {
        rounds.revoke(me(principal), id, localityId);
        return "redirect:/review/" + id;
    }

    /** Gives a locality a new link, shown once on the dashboard. */
    @PostMapping("/review/{id}/localities/{localityId}/renew")
    String renew(@PathVariable String id, @PathVariable String localityId, Principal principal,
            RedirectAttributes redirect) {
        redirect.addFlashAttribute("tokens", Map.of(localityId, rounds.renew(me(principal), id, localityId)));
        return "redirect:/review/" + id;
    }

    /** A locality's versions, and two of them compared. */
    @GetMapping("/review/{id}/localities/{localityId}")
    String locality(@PathVariable String id, @PathVariable String localityId,
            @RequestParam Optional<Integer> from, @RequestParam Optional<Integer> to, Principal principal,
            Model model, Locale locale) {
        Account me = me(principal);
        Round r = rounds.own(me, id);
        Locality l = rounds.ownLocality(me, id, localityId);
        List<Submission> versions = submissions.of(l);
        model.addAttribute("round", r);
        model.addAttribute("locality", l);
        model.addAttribute("versions", versions);
        int last = versions.size();
        int a = from.orElse(Math.max(1, last - 1));
        int b = to.orElse(last);
        model.addAttribute("from", a);
        model.addAttribute("to", b);
        if (last >= 2 && a != b && a >= 1 && b >= 1 && a <= last && b <= last) {
            try {
                ReportComparison c = submissions.compare(r, l, a, b);
                model.addAttribute("comparison", c);
            } catch (ReviewProblem e) {
                model.addAttribute("problem", e);
                model.addAttribute("problemMessage", ReviewMessages.format(locale, e.id(), e.args()));
            }
        }
        return "review/locality";
    }

    /** A submission's report, as the html report of the library. */
    @GetMapping("/review/{id}/submissions/{submissionId}/report")
    ResponseEntity<byte[]> report(@PathVariable String id, @PathVariable String submissionId, Principal principal,
            Locale locale) {
        Account me = me(principal);
        Submission s = rounds.ownSubmission(me, id, submissionId);
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets
                .UTF_8)).body(submissions.htmlReport(rounds.own(me, id), s, locale));
    }

    /** The bytes of a submission, as an attachment. */
    @GetMapping("/review/{id}/submissions/{submissionId}/file")
    ResponseEntity<byte[]> file(@PathVariable String id, @PathVariable String submissionId, Principal principal) {
        Submission s = rounds.ownSubmission(me(principal), id, submissionId);
        return RoundsApi.attachment(s, submissions.content(s));
    }

    /** The round's export, as {@code xlsx}, {@code csv} or {@code zip}. */
    @GetMapping("/review/{id}/export")
    ResponseEntity<byte[]> export(@PathVariable String id, @RequestParam(defaultValue = "xlsx") String format,
            Principal principal, Locale locale) {
        return RoundsApi.download(export.of(rounds.own(me(principal), id), format, locale));
    }

    /** The round's audit log. */
    @GetMapping("/review/{id}/audit")
    String audit(@PathVariable String id, Principal principal, Model model) {
        Round r = rounds.own(me(principal), id);
        model.addAttribute("round", r);
        model.addAttribute("entries", audit.of(r.id()));
        return "review/audit";
    }

    private Account me(Principal principal) {
        return accounts.byName(principal.getName()).orElseThrow(ReviewProblem::notFound);
    }
}
