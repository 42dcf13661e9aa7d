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

    /**
     * How long an account read from a station's notes is used without reading it again: scripts
     * sign in on every request, and a repository that is briefly away must not sign everyone out.
     * A removed account or a changed password takes effect within this time.
     */
    static final java.time.Duration KEPT = java.time.Duration.ofMinutes(1);

    private record Kept(UserDetails user, java.time.Instant at) {
    }

    private final List<Station> stations;
    private final java.util.function.Supplier<java.time.Instant> clock;
    private final Map<String, Kept> kept = new java.util.concurrent.ConcurrentHashMap<>();

    AccountSignIn(List<Station> stations, java.util.function.Supplier<java.time.Instant> clock) {
        this.stations = List.copyOf(stations);
        this.clock = clock;
    }

    /** Spring Security's provider over these accounts, with the delegating encoder ({@code {bcrypt}}, {@code {argon2}}…). */
    static AuthenticationProvider provider(List<Station> stations, java.util.function.Supplier<java.time.Instant> clock) {
        DaoAuthenticationProvider p = new DaoAuthenticationProvider(new AccountSignIn(stations, clock));
        p.setPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
        return p;
    }

    /** Whether any served station has an account: {@code swa serve} on the network needs one. */
    static boolean anyAccount(List<Station> stations) {
        return stations.stream().anyMatch(s -> !new AccountStore(s.state()).isEmpty());
    }

    @Override
    public UserDetails loadUserByUsername(String name) {
        java.time.Instant now = clock.get();
        Kept k = kept.get(name);
        if (k != null && k.at().plus(KEPT).isAfter(now)) {
            return k.user();
        }
        UserDetails user = load(name);
        if (kept.size() < 10_000) {
            kept.put(name, new Kept(user, now));
        }
        return user;
    }

    private UserDetails load(String name) {
        List<Map.Entry<Station, Account>> found = stations.stream()
                .flatMap(s -> find(s, name).map(a -> Map.entry(s, a)).stream()).toList();
        // A district administrator or an evaluator belongs to no station: the same account kept in several (copies of a station) is one person.
        if (found.size() > 1 && found.stream().allMatch(e -> e.getValue().equals(found.get(0).getValue())
                && (e.getValue().role() == org.swarchive.access.AccountRole.DISTRICT_ADMIN
                || e.getValue().role() == org.swarchive.access.AccountRole.EVALUATOR))) {
            return new AccountUser(found.get(0).getValue().person(""), found.get(0).getValue().passwordHash());
        }
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
