package org.swarchive.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The deployment's compose file, checked for structure without a Docker engine. */
class DockerComposeTest {

    private static Path root() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("run.sh"))) {
                return p;
            }
        }
        throw new IllegalStateException("no repository root (run.sh) above " + Path.of("").toAbsolutePath());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> services() throws IOException {
        try (Reader in = Files.newBufferedReader(root().resolve("docker/docker-compose.yml"))) {
            Map<String, Object> compose = new Yaml().load(in);
            return (Map<String, Object>) compose.get("services");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(String name) throws IOException {
        return (Map<String, Object>) services().get(name);
    }

    @Test
    void should_run_every_part_of_the_deployment_when_composed() throws IOException {
        assertThat(services()).containsKeys("alfresco", "share", "solr6", "transform-core-aio", "activemq", "postgres", "platform");
    }

    @Test
    void should_wait_for_the_repository_readiness_probe_when_starting_dependants() throws IOException {
        Map<String, Object> health = (Map<String, Object>) service("alfresco").get("healthcheck");
        assertThat(health.get("test").toString()).contains("/alfresco/api/-default-/public/alfresco/versions/1/probes/-ready-");
        assertThat(service("platform").get("depends_on").toString()).contains("alfresco").contains("service_healthy");
        assertThat(service("share").get("depends_on").toString()).contains("alfresco");
    }

    @Test
    void should_enable_auditing_for_the_access_register_when_the_repository_starts() throws IOException {
        Map<String, Object> env = (Map<String, Object>) service("alfresco").get("environment");
        assertThat(env.get("JAVA_OPTS").toString()).contains("-Daudit.enabled=true").contains("-Daudit.alfresco-access.enabled=true");
    }

    @Test
    void should_build_our_images_from_dockerfiles_that_exist_when_built_from_the_repository_root() throws IOException {
        for (String name : new String[] {"alfresco", "share", "platform"}) {
            Map<String, Object> build = (Map<String, Object>) service(name).get("build");
            assertThat(build.get("context")).isEqualTo("..");
            Path dockerfile = root().resolve(build.get("dockerfile").toString());
            assertThat(dockerfile).exists();
        }
        assertThat(Files.readString(root().resolve("docker/alfresco/Dockerfile"))).contains("content-models/target/");
        assertThat(Files.readString(root().resolve("docker/share/Dockerfile"))).contains("share-module/target/");
    }

    @Test
    void should_take_credentials_from_the_environment_when_the_platform_service_starts() throws IOException {
        Map<String, Object> platform = service("platform");
        assertThat(platform.get("command").toString()).doesNotContain("PASSWORD").doesNotContain("password");
        assertThat((Map<String, Object>) platform.get("environment")).containsKeys("SWA_ALFRESCO_USER", "SWA_ALFRESCO_PASSWORD");
    }
}
