package org.zwgk.catalogue.model;

import java.util.Optional;

/** The fields of a category (二级事项) as the catalogue prints them, with their canonical JSON names. */
public enum CategoryField {
    /** 一级事项 (the area a category belongs to). */
    AREA("一级事项", "area"),
    /** 二级事项. */
    NAME("二级事项", "name"),
    /** 三级事项. */
    ITEMS("三级事项", "items"),
    /** 公开内容(要素). */
    CONTENT("公开内容", "content"),
    /** 公开依据. */
    LEGAL_BASIS("公开依据", "legalBasis"),
    /** 公开时限. */
    DEADLINE("公开时限", "deadline"),
    /** 公开主体. */
    OWNER("公开主体", "owner"),
    /** 公开渠道和载体. */
    CHANNELS("公开渠道和载体", "channels"),
    /** 公开对象. */
    AUDIENCE("公开对象", "audience"),
    /** 公开方式. */
    MODE("公开方式", "mode"),
    /** 公开层级. */
    LEVELS("公开层级", "levels");

    private final String label;
    private final String jsonName;

    CategoryField(String label, String jsonName) {
        this.label = label;
        this.jsonName = jsonName;
    }

    /** The column header printed on the national catalogue, e.g. 公开时限. */
    public String label() {
        return label;
    }

    /** The field name in the canonical JSON form, e.g. {@code legalBasis}. */
    public String jsonName() {
        return jsonName;
    }

    /** Finds a field by its canonical JSON name. */
    public static Optional<CategoryField> fromJsonName(String name) {
        for (CategoryField f : values()) {
            if (f.jsonName.equals(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
