package org.swarchive.dashboard;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.swarchive.account.Account;
import org.swarchive.account.AccountStore;
import org.swarchive.store.Station;

/**
 * Sign-in against the accounts kept in the served stations' notes ({@code swa users add}): a name
 * is looked up in every station; an account of a station belongs to that station. A name found
 * in two stations signs in nowhere (said once in the log), so nobody reads as someone else.
 */
final class AccountSignIn implements UserDetailsService {

    private static final Logger LOG = LoggerFactory.getLogger(AccountSignIn.class);

    private final List<Station> stations;

    AccountSignIn(List<Station> stations) {
        this.stations = List.copyOf(stations);
    }

    /** Spring Security's provider over these accounts, with the delegating encoder ({@code {bcrypt}}, {@code {argon2}}…). */
    static AuthenticationProvider provider(List<Station> stations) {
        DaoAuthenticationProvider p = new DaoAuthenticationProvider(new AccountSignIn(stations));
        p.setPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
        return p;
    }

    /** Whether any served station has an account: {@code swa serve} on the network needs one. */
    static boolean anyAccount(List<Station> stations) {
        return stations.stream().anyMatch(s -> !new AccountStore(s.state()).isEmpty());
    }

    @Override
    public UserDetails loadUserByUsername(String name) {
        List<Map.Entry<Station, Account>> found = stations.stream()
                .flatMap(s -> find(s, name).map(a -> Map.entry(s, a)).stream()).toList();
        if (found.size() != 1) {
            if (found.size() > 1) {
                LOG.warn("account {} exists in {} served stations; it signs in nowhere until only one keeps it", name, found.size());
            }
            throw new UsernameNotFoundException("no single account");
        }
        Map.Entry<Station, Account> one = found.get(0);
        return new AccountUser(one.getValue().person(one.getKey().id()), one.getValue().passwordHash());
    }

    private static Optional<Account> find(Station s, String name) {
        try {
            return new AccountStore(s.state()).find(name);
        } catch (RuntimeException unreadable) {
            LOG.warn("account {} of station {} cannot be read", name, s.id());
            return Optional.empty();
        }
    }
}
