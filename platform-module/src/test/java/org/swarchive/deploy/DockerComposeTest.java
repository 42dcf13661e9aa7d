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

    @Test
    @SuppressWarnings("unchecked")
    void should_serve_and_watch_the_whole_district_when_the_platform_service_starts() throws IOException {
        java.util.List<String> command = (java.util.List<String>) service("platform").get("command");
        assertThat(command).startsWith("serve").contains("--watch", "--bind", "0.0.0.0");
        String store = command.get(command.indexOf("--store") + 1);
        assertThat(store).startsWith("alfresco:http://alfresco:8080").as("no site: every station").doesNotContain("/sites/");
        assertThat(service("platform").get("environment").toString()).contains("SPRING_ACTIVEMQ_BROKER_URL");
    }

    @Test
    @SuppressWarnings("unchecked")
    void should_answer_share_where_its_swarchive_endpoint_points_when_composed() throws Exception {
        org.w3c.dom.Document config = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(root().resolve("share-module/src/main/resources/META-INF/share-config-custom.xml").toFile());
        java.net.URI endpoint = java.net.URI.create(config.getElementsByTagName("endpoint-url").item(0).getTextContent().trim());
        Map<String, Object> platform = service("platform");
        Map<String, Object> networks = (Map<String, Object>) platform.get("networks");
        java.util.List<String> aliases = (java.util.List<String>) ((Map<String, Object>) networks.get("default")).get("aliases");
        assertThat(aliases).contains(endpoint.getHost());
        java.util.List<String> command = (java.util.List<String>) platform.get("command");
        String port = command.contains("--port") ? command.get(command.indexOf("--port") + 1) : "8080";
        assertThat(port).isEqualTo(String.valueOf(endpoint.getPort()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void should_expose_the_mail_action_to_the_platform_when_the_repository_starts() throws IOException {
        Map<String, Object> env = (Map<String, Object>) service("alfresco").get("environment");
        assertThat(env.get("JAVA_OPTS").toString()).contains("-Dorg.alfresco.repo.action.mail.v1.exposed=true");
    }
}
