package org.zwgk.catalogue.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.zwgk.catalogue.rules.internal.RuleSet;

/**
 * {@code docs/rules.md} is generated from the rule table (RuleSet's rows, the bundles and legal-bases.json): this
 * test fails when the two differ. Regenerate with {@code -Dzwgk.updateDocs=true}.
 */
class RulesDocumentTest {

    private static final Path DOC = Path.of("../docs/rules.md");

    static String render() {
        StringBuilder md = new StringBuilder();
        md.append("# Rules\n\n")
                .append("<!-- Generated from catalogue-rules (RuleSet, the rule bundles, legal-bases.json) by ")
                .append("RulesDocumentTest; edit those, then run it with -Dzwgk.updateDocs=true. -->\n\n")
                .append("Each rule has a stable id (profiles, baselines and waivers name it), the version that ")
                .append("introduced it, a default severity a profile may override, the provisions it rests on and ")
                .append("the message ids its findings use. Where the guideline or the law leaves a choice to the ")
                .append("locality, a finding is a WARNING or an INFO, never an ERROR.\n\n")
                .append("Legal bases come from `catalogue-rules/src/main/resources/org/zwgk/catalogue/rules/")
                .append("legal-bases.json`, each with its instrument id (the legal registry's, or that file's own ")
                .append("where the registry does not carry it yet), article and verification: `verified` (a ")
                .append("primary text or two independent secondary sources), `copy-of-official-database` (read ")
                .append("verbatim from a crawl of flk.npc.gov.cn, the registry's convention for the 条例), ")
                .append("`unverified` (every finding that relies on it says so), `per entry` (the registry's own ")
                .append("sources and confidence). The same file holds the trigger equivalences, the abbreviations, ")
                .append("the geography-bound laws, the marks that are no 不涉及 reason and the special statutes, ")
                .append("and records the check of 环境保护部令第31号 → 生态环境部令第24号 (not verified: no source ")
                .append("printing 24号's repeal clause was found, so the registry keeps 31号's status 未核实).\n\n");
        md.append("| id | since | severity | title |\n|---|---|---|---|\n");
        for (RuleInfo r : Rules.all()) {
            md.append("| `").append(r.id()).append("` | ").append(r.since()).append(" | ")
                    .append(r.defaultSeverity()).append(" | ").append(r.title(Locale.SIMPLIFIED_CHINESE))
                    .append(" / ").append(r.title(Locale.ENGLISH)).append(" |\n");
        }
        for (RuleSet.Row row : RuleSet.rows()) {
            RuleInfo r = row.info();
            md.append("\n## `").append(r.id()).append("`\n\n")
                    .append("**").append(r.title(Locale.SIMPLIFIED_CHINESE)).append("** / ")
                    .append(r.title(Locale.ENGLISH)).append(" — since ").append(r.since())
                    .append(", default ").append(r.defaultSeverity()).append(".\n\n")
                    .append(r.description(Locale.SIMPLIFIED_CHINESE)).append("\n\n")
                    .append(r.description(Locale.ENGLISH)).append("\n\n");
            if (r.bases().isEmpty()) {
                md.append("Legal basis: none (a reading problem, not a legal requirement).\n\n");
            } else {
                md.append("| legal basis | instrument id | article | primary text | verification |\n")
                        .append("|---|---|---|---|---|\n");
                for (RuleBasis b : r.bases()) {
                    md.append("| ").append(b.instrument()).append(" | `").append(b.instrumentId()).append("` | ")
                            .append(b.article().orElse("—")).append(" | ").append(b.primaryText() ? "yes" : "no")
                            .append(" | ").append(b.verification()).append(" |\n");
                }
                md.append('\n');
            }
            md.append("Messages: ");
            for (int i = 0; i < row.messages().size(); i++) {
                md.append(i == 0 ? "" : ", ").append('`').append(row.messages().get(i)).append('`');
            }
            md.append(".\n\n")
                    .append("Example: ").append(r.example(Locale.SIMPLIFIED_CHINESE)).append("  \n")
                    .append("Example: ").append(r.example(Locale.ENGLISH)).append('\n');
        }
        return md.toString();
    }

    @Test
    void theRulesDocumentIsTheRuleTable() throws IOException {
        String expected = render();
        if (Boolean.getBoolean("zwgk.updateDocs")) {
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8)).as("docs/rules.md; regenerate with "
                + "-Dzwgk.updateDocs=true").isEqualTo(expected);
    }
}
