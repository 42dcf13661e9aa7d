package org.swarchive.app;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.swarchive.access.AccountRole;
import org.swarchive.access.InspectionWindow;
import org.swarchive.access.Person;
import org.swarchive.access.Role;
import org.swarchive.i18n.Language;
import org.swarchive.i18n.Message;
import org.swarchive.inspect.InspectionWindowStore;
import org.swarchive.store.Station;
import org.swarchive.store.StoreException;
import org.swarchive.store.alfresco.AlfrescoSignIn;
import org.swarchive.store.alfresco.AlfrescoStore;

/**
 * Signing in to a dashboard served from an Alfresco store: the repository checks the name and
 * password (a ticket), and the station groups {@code swa station create} made give the role
 * ({@code GROUP_swa-jn01-station-head} → station head of {@code swa-jn01}); members of
 * {@link AlfrescoSignIn#DISTRICT_GROUPS} are district administrators. The principal is a
 * {@link RepositoryUser}: the person the access policy judges, and the ticket their documents are
 * read with. A person in no station group of any site (and no district group) is refused: the
 * dashboard has nothing to show them. Several roles at a station: the widest counts (station head
 * before archivist before social worker before finance before evaluator); several stations: the
 * first served one they have a role at.
 */
public final class AlfrescoAuthenticationProvider implements AuthenticationProvider {

    /**
     * How long a sign-in is reused for the same name and password: scripts and Share send HTTP Basic
     * on every request, which must not buy a ticket each time, nor fail while the repository is
     * briefly away. Kept by a keyed hash of name and password (a key of this process only), never
     * the password.
     */
    static final java.time.Duration KEPT = java.time.Duration.ofMinutes(1);
    private static final int REMEMBERED = 10_000;

    private record Kept(Authentication done, java.time.Instant at) {
    }

    private final AlfrescoSignIn signIn;
    private final List<Station> served;
    private final java.util.function.Supplier<java.time.Instant> clock;
    private final javax.crypto.spec.SecretKeySpec key;
    private final Map<String, Kept> kept = new java.util.concurrent.ConcurrentHashMap<>();

    public AlfrescoAuthenticationProvider(AlfrescoSignIn signIn, List<Station> served) {
        this(signIn, served, java.time.Instant::now);
    }

    public AlfrescoAuthenticationProvider(AlfrescoSignIn signIn, List<Station> served, java.util.function.Supplier<java.time.Instant> clock) {
        this.signIn = signIn;
        this.served = List.copyOf(served);
        this.clock = clock;
        byte[] secret = new byte[32];
        new java.security.SecureRandom().nextBytes(secret);
        this.key = new javax.crypto.spec.SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String user = request.getName();
        Object password = request.getCredentials();
        if (user == null || password == null || !(request instanceof UsernamePasswordAuthenticationToken)) {
            return signIn(request);
        }
        String id = fingerprint(user.strip(), password.toString());
        java.time.Instant now = clock.get();
        Kept k = kept.get(id);
        if (k != null && k.at().plus(KEPT).isAfter(now)) {
            return k.done();
        }
        Authentication done = signIn(request);
        if (kept.size() >= REMEMBERED) {
            kept.values().removeIf(old -> !old.at().plus(KEPT).isAfter(now));
        }
        if (kept.size() < REMEMBERED) {
            kept.put(id, new Kept(done, now));
        }
        return done;
    }

    private String fingerprint(String user, String password) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(key);
            return java.util.HexFormat.of().formatHex(mac.doFinal((user + "\0" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private Authentication signIn(Authentication request) {
        if (request instanceof PreAuthenticatedAuthenticationToken share) {
            return withTicket(share);
        }
        String user = request.getName();
        Object password = request.getCredentials();
        if (user == null || user.isBlank() || password == null || password.toString().isEmpty()) {
            throw new BadCredentialsException(Message.of("app.sign-in.refused").in(Language.EN));
        }
        Optional<AlfrescoSignIn.SignedIn> signedIn;
        try {
            signedIn = signIn.signIn(user.strip(), password.toString());
        } catch (StoreException unreachable) {
            // The repository did not answer: not the person's mistake, and not a reason to lock them out.
            throw new AuthenticationServiceException(Message.of("app.sign-in.repository-unavailable").in(Language.EN), unreachable);
        }
        AlfrescoSignIn.SignedIn who = signedIn.orElseThrow(() ->
                new BadCredentialsException(Message.of("app.sign-in.refused").in(Language.EN)));
        Person person = person(who).orElseThrow(() ->
                new DisabledException(Message.of("app.sign-in.no-station-role", who.userId()).in(Language.EN)));
        RepositoryUser principal = new RepositoryUser(person, who, repository());
        return UsernamePasswordAuthenticationToken.authenticated(principal, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + person.role().name())));
    }

    /**
     * Share's request on behalf of its signed-in user ({@code alf_ticket}): the repository says who
     * the ticket is; their groups give the role, as at a sign-in.
     */
    private Authentication withTicket(PreAuthenticatedAuthenticationToken share) {
        Object ticket = share.getCredentials();
        Optional<AlfrescoSignIn.SignedIn> who;
        try {
            who = ticket == null ? Optional.empty() : signIn.withTicket(ticket.toString());
        } catch (StoreException unreachable) {
            throw new AuthenticationServiceException(Message.of("app.sign-in.repository-unavailable").in(Language.EN), unreachable);
        }
        AlfrescoSignIn.SignedIn person = who.orElseThrow(() -> new BadCredentialsException(Message.of("app.sign-in.refused").in(Language.EN)));
        Person p = person(person).orElseThrow(() ->
                new DisabledException(Message.of("app.sign-in.no-station-role", person.userId()).in(Language.EN)));
        PreAuthenticatedAuthenticationToken done = new PreAuthenticatedAuthenticationToken(new RepositoryUser(p, person, repository()), null,
                List.of(new SimpleGrantedAuthority("ROLE_" + p.role().name())));
        return done;
    }

    /** The served repository's client (one repository per dashboard), for questions asked with a person's ticket. */
    private org.swarchive.store.alfresco.AlfrescoClient repository() {
        return served.stream().map(Station::archive).filter(AlfrescoStore.class::isInstance)
                .map(a -> ((AlfrescoStore) a).client()).findFirst().orElse(null);
    }

    /** The person the access policy judges; empty when the repository gives them no role here. */
    Optional<Person> person(AlfrescoSignIn.SignedIn who) {
        if (who.districtAdmin()) {
            return Optional.of(new Person(who.userId(), AccountRole.DISTRICT_ADMIN, "", "", "", Set.of()));
        }
        Map<String, Set<Role>> roles = who.rolesBySite();
        Optional<String> site = served.stream().map(AlfrescoAuthenticationProvider::siteOf).flatMap(Optional::stream)
                .filter(roles::containsKey).findFirst()
                .or(() -> roles.keySet().stream().findFirst());
        return site.map(s -> {
            AccountRole role = roles.get(s).stream().map(r -> AccountRole.fromId(r.id()).orElseThrow())
                    .min(Comparator.naturalOrder()).orElseThrow();
            String station = served.stream().filter(st -> siteOf(st).filter(s::equals).isPresent()).map(Station::id).findFirst().orElse(s);
            if (role == AccountRole.EVALUATOR) {
                // Evaluators read through their group's inspection windows: the window group they are in.
                return new Person(who.userId(), role, "", windowGroup(who.groupIds()).orElse(""), "", Set.of());
            }
            return new Person(who.userId(), role, station, "", "", Set.of());
        });
    }

    /** Of the person's groups, the first that some served station's inspection window names ({@code GROUP_name} → {@code name}). */
    private Optional<String> windowGroup(List<String> groupIds) {
        List<String> windowGroups = served.stream().flatMap(s -> windows(s).stream()).map(InspectionWindow::evaluatorGroup).toList();
        return groupIds.stream().map(g -> g.startsWith("GROUP_") ? g.substring("GROUP_".length()) : g)
                .filter(windowGroups::contains).findFirst();
    }

    private static List<InspectionWindow> windows(Station s) {
        try {
            return new InspectionWindowStore(s.state()).all();
        } catch (RuntimeException unreadable) {
            return List.of();
        }
    }

    private static Optional<String> siteOf(Station s) {
        return s.archive() instanceof AlfrescoStore store ? Optional.of(store.site()) : Optional.empty();
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication)
                || PreAuthenticatedAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
