package org.zwgk.catalogue.rules.internal.rules;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.zwgk.catalogue.model.AdministrativeLevel;
import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.CategoryField;
import org.zwgk.catalogue.model.internal.Memo;
import org.zwgk.catalogue.model.internal.Text;
import org.zwgk.catalogue.rules.RuleInfo;
import org.zwgk.catalogue.rules.Severity;
import org.zwgk.catalogue.rules.internal.CheckContext;
import org.zwgk.catalogue.rules.internal.LegalBases;
import org.zwgk.catalogue.rules.internal.Rule;

/**
 * {@code owner.level-mismatch}: the owner names a level that is not the catalogue's own (市级生态环境部门 in a
 * county catalogue). Only explicit level words count (省级, 市级, 县级, 区级, 乡镇级, 街道级, 村级, and "…级以上",
 * which covers that level and every level above it); an owner such as 某某市生态环境局某某分局 names no level and
 * is not judged.
 */
public final class OwnerLevelMismatch implements Rule {

    static final RuleInfo INFO = new RuleInfo("owner.level-mismatch", "0.1.0", Severity.WARNING,
            Optional.of(LegalBases.GUIDELINE));

    /** Every row of a catalogue usually names the same owner: its levels are read once per distinct text. */
    private static final Memo<String, Set<AdministrativeLevel>> LEVELS = new Memo<>(OwnerLevelMismatch::parse, 20_000);

    private static final Pattern LEVEL = Pattern.compile("(省|设区的市|地市|市|区县|县|区|乡镇|街道|乡|镇|村)级(以上)?");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(CheckContext context) {
        if (context.level().isEmpty()) {
            context.skipCatalogue(CategoryField.OWNER, "skip.level-unknown");
            return;
        }
        AdministrativeLevel level = context.level().get();
        for (Category c : context.childCategories()) {
            if (c.owner().isEmpty()) {
                continue;
            }
            String owner = c.owner().get();
            Set<AdministrativeLevel> stated = levels(owner);
            if (stated.isEmpty()) {
                continue;
            }
            if (!stated.contains(level)) {
                context.at(c, CategoryField.OWNER).childValue(owner)
                        .report("finding.owner.level-mismatch", c.name(), owner, level.label());
            }
        }
    }

    /** The levels an owner's text names, empty when it names none. */
    static Set<AdministrativeLevel> levels(String owner) {
        return LEVELS.get(owner);
    }

    private static Set<AdministrativeLevel> parse(String owner) {
        Set<AdministrativeLevel> levels = EnumSet.noneOf(AdministrativeLevel.class);
        Matcher m = LEVEL.matcher(Text.compact(owner));
        while (m.find()) {
            AdministrativeLevel level = switch (m.group(1)) {
                case "省" -> AdministrativeLevel.PROVINCIAL;
                case "设区的市", "地市", "市" -> AdministrativeLevel.MUNICIPAL;
                case "区县", "县", "区" -> AdministrativeLevel.COUNTY;
                case "村" -> AdministrativeLevel.VILLAGE;
                default -> AdministrativeLevel.TOWNSHIP;
            };
            levels.add(level);
            if (m.group(2) != null) {
                for (AdministrativeLevel above : AdministrativeLevel.values()) {
                    if (level.isBelow(above) && above != AdministrativeLevel.NATIONAL) {
                        levels.add(above);
                    }
                }
            }
        }
        return Collections.unmodifiableSet(levels);
    }
}
