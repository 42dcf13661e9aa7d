package org.swarchive.app;

import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.swarchive.access.Role;
import org.swarchive.i18n.Language;
import org.swarchive.i18n.Message;
import org.swarchive.store.StoreException;
import org.swarchive.store.alfresco.AlfrescoSignIn;

/**
 * Signing in to a dashboard served from an Alfresco store: the repository checks the name and
 * password (a ticket), and the station groups {@code swa station create} made give the roles, as
 * {@code ROLE_STATION_HEAD}, {@code ROLE_ARCHIVIST}, … The authentication's details are the
 * {@link AlfrescoSignIn.SignedIn} — the ticket and the roles by station — so the session can read
 * documents as that person (an {@code AlfrescoClient} with {@link AlfrescoSignIn.SignedIn#credentials()}).
 * A person in no station group is refused: the dashboard has nothing to show them.
 */
public final class AlfrescoAuthenticationProvider implements AuthenticationProvider {

    private final AlfrescoSignIn signIn;

    public AlfrescoAuthenticationProvider(AlfrescoSignIn signIn) {
        this.signIn = signIn;
    }

    @Override
    public Authentication authenticate(Authentication request) {
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
        AlfrescoSignIn.SignedIn person = signedIn.orElseThrow(() ->
                new BadCredentialsException(Message.of("app.sign-in.refused").in(Language.EN)));
        List<GrantedAuthority> authorities = person.roles().stream().map(AlfrescoAuthenticationProvider::authority).toList();
        if (authorities.isEmpty()) {
            throw new DisabledException(Message.of("app.sign-in.no-station-role", person.userId()).in(Language.EN));
        }
        UsernamePasswordAuthenticationToken done = UsernamePasswordAuthenticationToken.authenticated(person.userId(), null, authorities);
        done.setDetails(person);
        return done;
    }

    /** {@code station-head} → {@code ROLE_STATION_HEAD}. */
    static GrantedAuthority authority(Role role) {
        return new SimpleGrantedAuthority("ROLE_" + role.id().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
