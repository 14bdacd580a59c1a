package org.zwgk.catalogue.server.rules;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.zwgk.catalogue.rules.Rules;

/** {@code /rules}: every rule's id, default severity, meaning and legal basis, in the page's language. */
@Controller
class RulePage {

    @GetMapping("/rules")
    String rules(Model model) {
        model.addAttribute("rules", Rules.all());
        return "rules";
    }
}
