package org.zwgk.catalogue.data;

/** Whether a legal instrument is in force on a given date. */
public enum InstrumentStatus {
    /** In force: effective on or before the date, not repealed by it. */
    IN_FORCE,
    /** Adopted but not yet effective on the date. */
    NOT_YET_IN_FORCE,
    /** Repealed (no longer in force) on the date. */
    REPEALED,
    /** The registry's sources do not establish the status. */
    UNVERIFIED
}
