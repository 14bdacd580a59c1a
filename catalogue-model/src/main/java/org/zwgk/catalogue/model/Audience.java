package org.zwgk.catalogue.model;

import java.util.Optional;

import org.zwgk.catalogue.model.internal.Text;

/** 公开对象: to whom a category is disclosed, as printed on the catalogue. */
public enum Audience {
    /** 全社会. */
    PUBLIC("全社会"),
    /** 特定群体 (also printed 特定群众). */
    SPECIFIC_GROUP("特定群体");

    private static final Optional<Audience> AS_PUBLIC = Optional.of(PUBLIC);
    private static final Optional<Audience> AS_SPECIFIC_GROUP = Optional.of(SPECIFIC_GROUP);

    private final String label;

    Audience(String label) {
        this.label = label;
    }

    /** The label printed on the catalogue. */
    public String label() {
        return label;
    }

    /** Reads a label or a header variant (全社会, 特定群体, 特定群众, 特定对象); empty when it is neither. */
    public static Optional<Audience> fromLabel(String text) {
        // The printed labels themselves, as the canonical JSON and most workbooks hold them, without folding.
        if (PUBLIC.label.equals(text)) {
            return AS_PUBLIC;
        }
        if (SPECIFIC_GROUP.label.equals(text)) {
            return AS_SPECIFIC_GROUP;
        }
        String t = Text.compact(text);
        if (t.startsWith("全社会") || t.equals("社会公众") || t.equals("公众")) {
            return AS_PUBLIC;
        }
        if (t.startsWith("特定群") || t.startsWith("特定对象")) {
            return AS_SPECIFIC_GROUP;
        }
        return Optional.empty();
    }
}
