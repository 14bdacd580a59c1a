package org.zwgk.catalogue.io.internal.assemble;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.zwgk.catalogue.model.AdministrativeLevel;

/**
 * The level of a catalogue as its title shows it, only where that is unambiguous: a level word (县级, 市级 …)
 * used alone, or else the lowest of the places the title names (重庆市九龙坡区… → county). The generic words
 * of the catalogue's own name (生态环境领域基层政务公开标准目录) are ignored.
 */
final class TitleLevel {

    private static final Pattern GENERIC = Pattern.compile("生态环境领域|基层|政务公开|标准目录|标准指引|目录|领域|园区|社区|地区|景区");
    private static final Pattern LEVEL_WORD = Pattern.compile("(省|市|区县|县|区|乡镇|镇|街道|村)级");
    private static final Pattern PLACE = Pattern.compile("\\p{IsHan}(自治区|省|市|州|盟|县|旗|区|乡|镇|街道)");

    private TitleLevel() {
    }

    static Optional<AdministrativeLevel> of(String title) {
        String t = GENERIC.matcher(title).replaceAll("|");
        Set<AdministrativeLevel> words = EnumSet.noneOf(AdministrativeLevel.class);
        Matcher w = LEVEL_WORD.matcher(t);
        while (w.find()) {
            words.add(word(w.group(1)));
        }
        if (words.size() == 1) {
            return Optional.of(words.iterator().next());
        }
        if (words.size() > 1) {
            return Optional.empty();
        }
        AdministrativeLevel lowest = null;
        Matcher p = PLACE.matcher(LEVEL_WORD.matcher(t).replaceAll("|"));
        while (p.find()) {
            AdministrativeLevel level = place(p.group(1));
            if (lowest == null || level.isBelow(lowest)) {
                lowest = level;
            }
        }
        return Optional.ofNullable(lowest);
    }

    private static AdministrativeLevel word(String w) {
        return switch (w) {
            case "省" -> AdministrativeLevel.PROVINCIAL;
            case "市" -> AdministrativeLevel.MUNICIPAL;
            case "区县", "县", "区" -> AdministrativeLevel.COUNTY;
            case "村" -> AdministrativeLevel.VILLAGE;
            default -> AdministrativeLevel.TOWNSHIP;
        };
    }

    private static AdministrativeLevel place(String suffix) {
        return switch (suffix) {
            case "自治区", "省" -> AdministrativeLevel.PROVINCIAL;
            case "市", "州", "盟" -> AdministrativeLevel.MUNICIPAL;
            case "县", "旗", "区" -> AdministrativeLevel.COUNTY;
            default -> AdministrativeLevel.TOWNSHIP;
        };
    }
}
