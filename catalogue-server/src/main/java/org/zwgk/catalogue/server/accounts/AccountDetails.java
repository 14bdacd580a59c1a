package org.zwgk.catalogue.server.accounts;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Spring Security's view of the accounts table: the role as {@code ROLE_ADMIN} or {@code ROLE_REVIEWER}. */
@Service
public class AccountDetails implements UserDetailsService {

    private final Accounts accounts;

    public AccountDetails(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account a = accounts.byName(username).orElseThrow(() -> new UsernameNotFoundException(username));
        return User.withUsername(a.username()).password(a.passwordHash()).roles(a.role().name())
                .disabled(!a.enabled()).build();
    }
}
