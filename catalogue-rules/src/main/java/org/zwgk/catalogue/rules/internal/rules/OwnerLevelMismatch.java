package org.zwgk.catalogue.rules.internal.rules;

import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.zwgk.catalogue.model.AdministrativeLevel;
import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.CategoryField;
import org.zwgk.catalogue.model.internal.Text;
import org.zwgk.catalogue.rules.Severity;
import org.zwgk.catalogue.rules.internal.CheckView;
import org.zwgk.catalogue.rules.internal.Findings;
import org.zwgk.catalogue.rules.internal.LegalBases;
import org.zwgk.catalogue.rules.internal.Rule;

/**
 * {@code owner.level-mismatch}: an owner whose level does not fit the catalogue's, read as a 政务公开 officer reads
 * it. The guideline applies to 市级生态环境部门及其派出机构, and after the vertical-management reform a county
 * bureau is the city bureau's 派出分局, often deciding in the city bureau's name (条例 第十条): a 市级 owner in a 县级
 * or 乡镇级 catalogue is no finding. Findings: a WARNING for an owner above the unit (省级; or 市级 where the issuer
 * is a 直辖市 district's own bureau, whose 市级 is provincial), since the row is likely outside the unit's powers
 * and should be 不涉及 with a reason; a WARNING for an owner below the catalogue's level; one INFO per distinct
 * generic owner (the template's 市级生态环境部门) suggesting the named body. Only explicit level words count (省级,
 * 市级, 县级, 区级, 乡镇级, 街道级, 村级, "…级以上").
 */
public final class OwnerLevelMismatch implements Rule.Check {

    private static final Pattern LEVEL = Pattern.compile("(省|设区的市|地市|市|区县|县|区|乡镇|街道|乡|镇|村)级(以上)?");

    @Override
    public void check(CheckView check, Findings findings) {
        if (check.level().isEmpty()) {
            findings.skipCatalogue(CategoryField.OWNER, "skip.level-unknown");
            return;
        }
        AdministrativeLevel level = check.level().get();
        String issuer = check.child().issuer().orElse("");
        boolean municipalDistrict = !LegalBases.isBranch(issuer) && LegalBases.isDistrictOfMunicipality(issuer);
        Map<String, Category> generic = new LinkedHashMap<>();
        Map<String, Integer> genericCount = new LinkedHashMap<>();
        // Most rows name one of a few owners: each is read once per check.
        Map<String, Set<AdministrativeLevel>> levelsByOwner = new HashMap<>();
        Map<String, Boolean> genericByOwner = new HashMap<>();
        for (Category c : check.childCategories()) {
            if (c.owner().isEmpty()) {
                continue;
            }
            String owner = c.owner().get();
            Set<AdministrativeLevel> stated = levelsByOwner.computeIfAbsent(owner, OwnerLevelMismatch::levels);
            boolean reported = false;
            if (!stated.isEmpty() && !stated.contains(level)) {
                if (stated.stream().anyMatch(s -> s.isBelow(level))) {
                    findings.at(c, CategoryField.OWNER).childValue(owner)
                            .report("finding.owner.level-mismatch", c.name(), owner, level.label());
                    reported = true;
                } else if (above(stated, level, municipalDistrict)) {
                    findings.at(c, CategoryField.OWNER).childValue(owner)
                            .report("finding.owner.level-mismatch.above", c.name(), owner, level.label());
                    reported = true;
                }
            }
            if (!reported && genericByOwner.computeIfAbsent(owner, LegalBases::isGenericOwner)) {
                generic.putIfAbsent(owner, c);
                genericCount.merge(owner, 1, Integer::sum);
            }
        }
        for (Map.Entry<String, Category> e : generic.entrySet()) {
            findings.at(e.getValue(), CategoryField.OWNER).childValue(e.getKey()).severity(Severity.INFO)
                    .report("finding.owner.level-mismatch.generic", e.getValue().name(), e.getKey(),
                            genericCount.get(e.getKey()));
        }
    }

    /**
     * True when the owner is above the unit in a way that matters: 省级 (or national) in any catalogue below it;
     * 市级 only where the issuer is a 直辖市 district's own bureau (its 市级 is provincial). A 市级 owner in a 县级 or
     * 乡镇级 catalogue is the city bureau the unit is a branch of.
     */
    private static boolean above(Set<AdministrativeLevel> stated, AdministrativeLevel level, boolean municipalDistrict) {
        if (stated.contains(AdministrativeLevel.PROVINCIAL) || stated.contains(AdministrativeLevel.NATIONAL)) {
            return true;
        }
        return municipalDistrict && stated.contains(AdministrativeLevel.MUNICIPAL);
    }

    /** The levels an owner's text names, empty when it names none. */
    static Set<AdministrativeLevel> levels(String owner) {
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
