package app.avenant.identity.security;

import app.avenant.identity.domain.AccountRules;
import app.avenant.identity.domain.UserAccount;
import app.avenant.identity.domain.UserAccountRepository;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts for form login. An unknown username ends as the same "bad credentials" failure as a wrong
 * password (Spring hides {@link UsernameNotFoundException} and still spends a hash on it), so the login
 * page never tells which usernames exist.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

    /** Every signed-in user. */
    static final String ROLE_USER = "ROLE_USER";
    /** Organisation admins, who manage their colleagues' accounts. */
    static final String ROLE_ORGANISATION_ADMIN = "ROLE_ORGANISATION_ADMIN";

    private final UserAccountRepository accounts;

    AccountUserDetailsService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = accounts.findByUsername(AccountRules.normaliseUsername(username))
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(ROLE_USER));
        if (account.organisationAdmin()) {
            authorities.add(new SimpleGrantedAuthority(ROLE_ORGANISATION_ADMIN));
        }
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .disabled(!account.enabled())
                .authorities(authorities)
                .build();
    }
}
