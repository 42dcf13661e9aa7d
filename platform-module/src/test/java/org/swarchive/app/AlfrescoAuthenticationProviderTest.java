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
            .person("visitor", "Visitor-pw-1", "GROUP_EVERYONE")
            .person("qian", "Qian-pw-1", "GROUP_swa-jn01-social-worker", "GROUP_swa-jn01-finance-officer")
            .person("district", "District-pw-1", "GROUP_ALFRESCO_ADMINISTRATORS")
            .person("eval", "Eval-pw-1", "GROUP_swa-jn01-evaluator", "GROUP_district-eval-2025");
    private final AlfrescoStub alfresco = new AlfrescoStub(repository);
    private final ProviderManager manager = new ProviderManager(new AlfrescoAuthenticationProvider(
            new AlfrescoSignIn(alfresco.baseUrl(), new Retries(2, Duration.ofMillis(1), 2)), java.util.List.of()));

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
        assertThat(wang.getPrincipal()).isInstanceOfSatisfying(RepositoryUser.class, u -> {
            assertThat(u.person()).isEqualTo(new org.swarchive.access.Person("wang", org.swarchive.access.AccountRole.STATION_HEAD,
                    "swa-jn01", "", "", java.util.Set.of()));
            assertThat(u.signedIn().ticket()).startsWith("TICKET_");
            assertThat(u.toString()).as("no ticket in a log").doesNotContain(u.signedIn().ticket());
        });
    }

    @Test
    void should_take_the_widest_role_when_the_person_is_in_several_station_groups() {
        Authentication qian = manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("qian", "Qian-pw-1"));

        assertThat(qian.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_SOCIAL_WORKER");
    }

    @Test
    void should_make_alfresco_administrators_district_administrators_of_no_station() {
        Authentication district = manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("district", "District-pw-1"));

        assertThat(district.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_DISTRICT_ADMIN");
        assertThat(((RepositoryUser) district.getPrincipal()).person().station()).isEmpty();
    }

    @Test
    void should_give_an_evaluator_no_station_and_no_window_group_when_no_served_station_names_one() {
        Authentication eval = manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("eval", "Eval-pw-1"));

        assertThat(eval.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_EVALUATOR");
        assertThat(((RepositoryUser) eval.getPrincipal()).person().station()).isEmpty();
        assertThat(((RepositoryUser) eval.getPrincipal()).person().group()).isEmpty();
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
                new AlfrescoSignIn("http://127.0.0.1:9", new Retries(1, Duration.ofMillis(1), 1)), java.util.List.of()));
        assertThatThrownBy(() -> nowhere.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("wang", "Wang-pw-1")))
                .isInstanceOf(AuthenticationServiceException.class);
    }
}
