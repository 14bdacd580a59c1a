package org.zwgk.catalogue.model;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.zwgk.catalogue.model.internal.Text;

/** 公开层级: the administrative level of a catalogue, a body, or a level column. Ordered from highest to lowest. */
public enum AdministrativeLevel {
    /** 国家级 (the national guideline itself). */
    NATIONAL("国家级", "national"),
    /** 省级. */
    PROVINCIAL("省级", "provincial"),
    /** 市级 (incl. 地市级, 州级). */
    MUNICIPAL("市级", "municipal"),
    /** 县级 (incl. 区县级, 区级, 县(市、区)级). */
    COUNTY("县级", "county"),
    /** 乡镇(街道)级 (incl. 乡镇级, 镇(街)级, 镇街(园区)级). */
    TOWNSHIP("乡镇级", "township"),
    /** 村级 (incl. 村(社区)级). */
    VILLAGE("村级", "village");

    private final String label;
    private final String englishName;

    AdministrativeLevel(String label, String englishName) {
        this.label = label;
        this.englishName = englishName;
    }

    /** The Chinese label, e.g. 市级. */
    public String label() {
        return label;
    }

    /** The English name used on the command line, e.g. {@code county}. */
    public String englishName() {
        return englishName;
    }

    /** True when this level is below {@code other} (a county is below a municipality). */
    public boolean isBelow(AdministrativeLevel other) {
        return ordinal() > other.ordinal();
    }

    /**
     * Reads a level label or a level-column header. A combined header such as 乡、村级 yields two levels;
     * an unknown text yields an empty set.
     */
    public static Set<AdministrativeLevel> parseAll(String text) {
        // 社区 (a village-level community) and 园区 (a park at township level) are no 区 (district): 村(社区)级, 镇街(园区)级.
        String t = Text.compact(text).replace("(", "").replace(")", "").replace("社区", "村").replace("园区", "");
        EnumSet<AdministrativeLevel> levels = EnumSet.noneOf(AdministrativeLevel.class);
        if (t.isEmpty()) {
            return levels;
        }
        for (AdministrativeLevel level : values()) {
            if (t.equalsIgnoreCase(level.englishName)) {
                levels.add(level);
                return levels;
            }
        }
        if (t.contains("国家")) {
            levels.add(NATIONAL);
        }
        if (t.contains("省")) {
            levels.add(PROVINCIAL);
        }
        if (t.startsWith("市") || t.contains("地市") || t.contains("州级") || t.equals("市级")) {
            levels.add(MUNICIPAL);
        }
        if (t.contains("县") || t.startsWith("区") || t.contains("区县") || t.contains("区级")) {
            levels.add(COUNTY);
        }
        if (t.contains("乡") || t.contains("镇") || t.contains("街")) {
            levels.add(TOWNSHIP);
        }
        if (t.contains("村")) {
            levels.add(VILLAGE);
        }
        return levels;
    }

    /** Reads exactly one level (市级, county, 区县级 ...); empty when the text names none or several. */
    public static Optional<AdministrativeLevel> parse(String text) {
        Set<AdministrativeLevel> all = parseAll(text);
        return all.size() == 1 ? Optional.of(all.iterator().next()) : Optional.empty();
    }
}
