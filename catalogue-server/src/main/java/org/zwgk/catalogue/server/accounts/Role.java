package org.zwgk.catalogue.server.accounts;

/** What an account may do: an administrator manages accounts; a reviewer runs review rounds (so does an admin). */
public enum Role {
    /** Manages reviewer accounts, and may run rounds of its own. */
    ADMIN,
    /** Opens review rounds and sees only its own. */
    REVIEWER
}
