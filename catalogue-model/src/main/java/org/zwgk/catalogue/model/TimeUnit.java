package org.zwgk.catalogue.model;

/** The unit of a deadline's amount. */
public enum TimeUnit {
    /** 个工作日. */
    WORKING_DAY("个工作日"),
    /** 日, 天, 自然日. */
    CALENDAR_DAY("日"),
    /** 小时. */
    HOUR("小时");

    private final String label;

    TimeUnit(String label) {
        this.label = label;
    }

    /** The Chinese unit as printed after the amount. */
    public String label() {
        return label;
    }
}
