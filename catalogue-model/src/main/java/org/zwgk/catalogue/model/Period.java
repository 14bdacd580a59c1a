package org.zwgk.catalogue.model;

/** The period of a recurring deadline (每月, 每季度 …), shortest first. */
public enum Period {
    /** 每周. */
    WEEKLY("每周", 7),
    /** 每月. */
    MONTHLY("每月", 31),
    /** 每季度. */
    QUARTERLY("每季度", 92),
    /** 每半年. */
    HALF_YEARLY("每半年", 184),
    /** 每年. */
    YEARLY("每年", 366);

    private final String label;
    private final int maxDays;

    Period(String label, int maxDays) {
        this.label = label;
        this.maxDays = maxDays;
    }

    /** The Chinese label. */
    public String label() {
        return label;
    }

    /** The longest this period can be, in calendar days. */
    int maxDays() {
        return maxDays;
    }
}
