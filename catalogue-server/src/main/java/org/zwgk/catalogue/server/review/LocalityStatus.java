package org.zwgk.catalogue.server.review;

import java.util.Optional;

/** A locality's state in a round, from its latest upload. */
public enum LocalityStatus {
    /** 未提交: nothing uploaded yet. */
    NOT_SUBMITTED,
    /** 已提交: uploaded, but the latest upload could not be read or checked. */
    SUBMITTED,
    /** 符合: the latest upload was checked with no error. */
    CONFORMING,
    /** 不符合: the latest upload was checked and has errors. */
    NONCONFORMING;

    /** The status that {@code latest} gives. */
    public static LocalityStatus of(Optional<Submission> latest) {
        if (latest.isEmpty()) {
            return NOT_SUBMITTED;
        }
        return latest.get().summary().map(s -> s.errors() == 0 ? CONFORMING : NONCONFORMING).orElse(SUBMITTED);
    }

    /** The label's message key, {@code review.status.<name>}. */
    public String messageKey() {
        return "review.status." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
