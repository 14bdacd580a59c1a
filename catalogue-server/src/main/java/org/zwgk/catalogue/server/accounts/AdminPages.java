package org.zwgk.catalogue.server.accounts;

import java.security.Principal;
import java.util.Locale;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zwgk.catalogue.server.review.AuditLog;
import org.zwgk.catalogue.server.review.ReviewMessages;
import org.zwgk.catalogue.server.review.ReviewProblem;

/** The sign-in page, and the administrators' page of accounts (role ADMIN). */
@Controller
public class AdminPages {

    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final AuditLog audit;

    public AdminPages(Accounts accounts, PasswordEncoder encoder, AuditLog audit) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
    }

    /** The sign-in form; Spring Security takes its POST. */
    @GetMapping("/signin")
    String signIn() {
        return "review/signin";
    }

    /** Every account, and the form of a new one. */
    @GetMapping("/admin/users")
    String users(Model model) {
        model.addAttribute("users", accounts.all());
        model.addAttribute("minPassword", UsersApi.MIN_PASSWORD);
        return "review/users";
    }

    /** Adds an account. */
    @PostMapping("/admin/users")
    String create(@RequestParam String username, @RequestParam String password,
            @RequestParam(defaultValue = "REVIEWER") String role, Principal principal, Model model,
            RedirectAttributes redirect, Locale locale) {
        try {
            UsersApi.create(accounts, encoder, audit, new UsersApi.NewUser(username, password, role),
                    principal.getName());
            redirect.addFlashAttribute("created", username.strip());
            return "redirect:/admin/users";
        } catch (ReviewProblem e) {
            model.addAttribute("problem", e);
            model.addAttribute("problemMessage", ReviewMessages.format(locale, e.id(), e.args()));
            return users(model);
        }
    }
}
