package org.zwgk.catalogue.server.accounts;

import java.util.Objects;

/**
 * One account as stored: the password only as the delegating encoder's hash ({@code {bcrypt}…}).
 *
 * @param id           the row's id
 * @param username     the sign-in name
 * @param passwordHash the encoded password
 * @param role         what it may do
 * @param enabled      false when the account may not sign in
 */
public record Account(long id, String username, String passwordHash, Role role, boolean enabled) {
    public Account {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(role, "role");
    }
}
