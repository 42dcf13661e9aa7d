package org.swarchive.store.alfresco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.swarchive.access.Role;
import org.swarchive.retry.Retries;

/** Signing a person in against the repository (tickets) and reading their roles from the station groups. */
class AlfrescoSignInTest {

    private final FakeRepository repository = new FakeRepository()
            .person("lina", "Lina-pw-1", "GROUP_swa-jn01-archivist", "GROUP_swa-jn01-social-worker", "GROUP_site_swa-jn01_SiteCollaborator")
            .person("visitor", "Visitor-pw-1", "GROUP_EVERYONE");
    private final AlfrescoStub alfresco = new AlfrescoStub(repository);
    private final AlfrescoSignIn signIn = new AlfrescoSignIn(alfresco.baseUrl(), new Retries(2, Duration.ofMillis(1), 2));

    @AfterEach
    void close() {
        alfresco.close();
    }

    @Test
    void should_keep_the_ticket_and_the_roles_by_station_when_the_repository_accepts_the_password() {
        AlfrescoSignIn.SignedIn lina = signIn.signIn("lina", "Lina-pw-1").orElseThrow();

        assertThat(lina.userId()).isEqualTo("lina");
        assertThat(lina.ticket()).startsWith("TICKET_");
        assertThat(lina.rolesBySite()).isEqualTo(Map.of("swa-jn01", Set.of(Role.ARCHIVIST, Role.SOCIAL_WORKER)));
        assertThat(lina.toString()).doesNotContain(lina.ticket());
        // Later requests carry the ticket alone, never the password: the repository knows them as lina.
        var asLina = alfresco.server().findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo(AlfrescoStub.CORE + "/people/-me-/groups")));
        assertThat(asLina).singleElement().satisfies(r -> assertThat(repository.caller(r)).isEqualTo("lina"));
        assertThat(asLina.get(0).getHeader("Authorization")).isEqualTo(lina.credentials().authorization());
    }

    @Test
    void should_refuse_without_a_ticket_when_the_password_is_wrong_or_the_person_unknown() {
        assertThat(signIn.signIn("lina", "wrong")).isEmpty();
        assertThat(signIn.signIn("nobody", "Lina-pw-1")).isEmpty();
    }

    @Test
    void should_give_no_role_when_the_person_is_in_no_station_group() {
        assertThat(signIn.signIn("visitor", "Visitor-pw-1").orElseThrow().roles()).isEmpty();
    }

    @Test
    void should_read_a_role_only_from_the_groups_station_create_makes() {
        assertThat(AlfrescoSignIn.rolesBySite(List.of("GROUP_swa-jn01-station-head", "GROUP_swa-sc-02-finance-officer",
                "GROUP_site_swa-jn01_SiteManager", "GROUP_jn01-archivist", "swa-jn01-archivist", "GROUP_swa--archivist")))
                .isEqualTo(Map.of("swa-jn01", Set.of(Role.STATION_HEAD), "swa-sc-02", Set.of(Role.FINANCE_OFFICER)));
    }

    @Test
    void should_say_the_repository_is_unreachable_rather_than_refuse_the_person_when_it_does_not_answer() {
        AlfrescoSignIn nowhere = new AlfrescoSignIn("http://127.0.0.1:9", new Retries(1, Duration.ofMillis(1), 1));
        assertThatThrownBy(() -> nowhere.signIn("lina", "Lina-pw-1")).isInstanceOf(org.swarchive.store.StoreException.class);
    }
}
