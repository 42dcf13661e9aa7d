package org.swarchive.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarchive.access.Permission;
import org.swarchive.access.PermissionPlan;
import org.swarchive.access.Role;
import org.swarchive.archive.Category;
import org.swarchive.i18n.Language;

class PermissionPlanLoaderTest {

    private final PermissionPlanLoader loader = new PermissionPlanLoader();

    @Test
    void should_ship_the_plan_of_the_domain_roles() {
        PermissionPlan p = loader.shipped();
        assertThat(p.of(Role.ARCHIVIST, Category.PERSONNEL)).isEqualTo(Permission.COORDINATOR);
        assertThat(p.of(Role.SOCIAL_WORKER, Category.SERVICE)).isEqualTo(Permission.CONTRIBUTOR);
        assertThat(p.of(Role.SOCIAL_WORKER, Category.PERSONNEL)).isEqualTo(Permission.NONE);
        assertThat(p.of(Role.SOCIAL_WORKER, Category.FINANCE)).isEqualTo(Permission.NONE);
        assertThat(p.of(Role.FINANCE_OFFICER, Category.ASSETS)).isEqualTo(Permission.CONSUMER);
        assertThat(Category.values()).allSatisfy(c -> assertThat(p.of(Role.EVALUATOR, c)).isEqualTo(Permission.NONE));
    }

    @Test
    void should_name_file_line_and_reason_when_a_station_plan_is_wrong(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("plan.yaml"), """
                roles:
                  archivist: {documents: Coordinator}
                  social-worker: {service: Editor}
                  volunteer: {service: Consumer}
                """);
        assertThatThrownBy(() -> loader.load(f)).isInstanceOfSatisfying(InvalidLibraryFileException.class, e ->
                assertThat(e.problems()).extracting(LibraryProblem::line, p -> p.reason().in(Language.EN)).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(3, "unknown permission 'Editor' (Consumer, Contributor, Collaborator, Coordinator)"),
                        org.assertj.core.groups.Tuple.tuple(4, "unknown key 'volunteer' in roles")));
    }
}
