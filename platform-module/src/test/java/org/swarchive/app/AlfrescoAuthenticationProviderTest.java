package org.swarchive.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.swarchive.retry.Retries;
import org.swarchive.store.alfresco.AlfrescoSignIn;
import org.swarchive.store.alfresco.AlfrescoStub;
import org.swarchive.store.alfresco.FakeRepository;

/** The dashboard's sign-in on an Alfresco store, as Spring Security's ProviderManager runs it. */
class AlfrescoAuthenticationProviderTest {

    private final FakeRepository repository = new FakeRepository()
            .person("wang", "Wang-pw-1", "GROUP_swa-jn01-station-head")
            .person("visitor", "Visitor-pw-1", "GROUP_EVERYONE");
    private final AlfrescoStub alfresco = new AlfrescoStub(repository);
    private final ProviderManager manager = new ProviderManager(new AlfrescoAuthenticationProvider(
            new AlfrescoSignIn(alfresco.baseUrl(), new Retries(2, Duration.ofMillis(1), 2))));

    @AfterEach
    void close() {
        alfresco.close();
    }

    @Test
    void should_grant_the_station_roles_and_keep_the_ticket_when_alfresco_accepts_the_password() {
        Authentication wang = manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("wang", "Wang-pw-1"));

        assertThat(wang.isAuthenticated()).isTrue();
        assertThat(wang.getName()).isEqualTo("wang");
        assertThat(wang.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_STATION_HEAD");
        assertThat(wang.getCredentials()).as("no password kept").isNull();
        assertThat(wang.getDetails()).isInstanceOfSatisfying(AlfrescoSignIn.SignedIn.class,
                s -> assertThat(s.ticket()).startsWith("TICKET_"));
    }

    @Test
    void should_refuse_when_the_password_is_wrong_or_the_person_has_no_station_role() {
        assertThatThrownBy(() -> manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("wang", "nope")))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("", "")))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("visitor", "Visitor-pw-1")))
                .isInstanceOf(DisabledException.class).hasMessageContaining("visitor");
    }

    @Test
    void should_fail_as_a_service_problem_when_the_repository_does_not_answer() {
        ProviderManager nowhere = new ProviderManager(new AlfrescoAuthenticationProvider(
                new AlfrescoSignIn("http://127.0.0.1:9", new Retries(1, Duration.ofMillis(1), 1))));
        assertThatThrownBy(() -> nowhere.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("wang", "Wang-pw-1")))
                .isInstanceOf(AuthenticationServiceException.class);
    }
}
