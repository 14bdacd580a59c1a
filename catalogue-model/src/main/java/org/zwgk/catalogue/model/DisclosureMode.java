package org.zwgk.catalogue.model;

import java.util.Optional;

import org.zwgk.catalogue.model.internal.Text;

/** 公开方式: proactive disclosure or disclosure on request. */
public enum DisclosureMode {
    /** 主动 (主动公开). */
    PROACTIVE("主动"),
    /** 依申请 (依申请公开). */
    ON_REQUEST("依申请");

    private static final Optional<DisclosureMode> AS_PROACTIVE = Optional.of(PROACTIVE);
    private static final Optional<DisclosureMode> AS_ON_REQUEST = Optional.of(ON_REQUEST);

    private final String label;

    DisclosureMode(String label) {
        this.label = label;
    }

    /** The label printed on the catalogue. */
    public String label() {
        return label;
    }

    /** Reads 主动, 主动公开, 依申请, 依申请公开; empty for anything else. */
    public static Optional<DisclosureMode> fromLabel(String text) {
        // The printed labels themselves, as the canonical JSON and most workbooks hold them, without folding.
        if (PROACTIVE.label.equals(text)) {
            return AS_PROACTIVE;
        }
        if (ON_REQUEST.label.equals(text)) {
            return AS_ON_REQUEST;
        }
        String t = Text.compact(text);
        if (t.startsWith("主动")) {
            return AS_PROACTIVE;
        }
        if (t.startsWith("依申请")) {
            return AS_ON_REQUEST;
        }
        return Optional.empty();
    }
}
