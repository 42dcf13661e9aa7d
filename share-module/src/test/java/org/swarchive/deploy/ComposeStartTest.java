package org.swarchive.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker/docker-compose.yml as the containers start from it (docs/alfresco.md, "Deployment").
 *
 * <p>Lives in share-module because platform-module holds the structural compose test
 * (org.swarchive.deploy.DockerComposeTest there); this one replays what happens after
 * {@code docker compose up}: Compose's interpolation of {@code ${...}} (compose-spec, Interpolation),
 * then each image's own start. The repository and Share images start Tomcat with
 * {@code catalina.sh run}, whose {@code eval exec "\"$_RUNJAVA\"" ... "$JAVA_OPTS" "$CATALINA_OPTS" ...}
 * hands JAVA_OPTS to the shell a second time: the test runs that eval in bash and compares the
 * arguments the JVM would get with the ones the file means.
 */
class ComposeStartTest {

    /** What an operator's docker/.env holds at least: the platform's account, the database password, the Search secret. */
    private static final Map<String, String> OPERATOR = Map.of(
            "SWA_ALFRESCO_USER", "swa-service", "SWA_ALFRESCO_PASSWORD", "s3cret-Pa55",
            "SWA_DB_PASSWORD", "Db0perator7", "SWA_SEARCH_SECRET", "Search0perator7");

    /** Services whose image starts Tomcat's catalina.sh run (alfresco-base-tomcat: CMD catalina.sh run -security; Share: substituter.sh, then catalina.sh run). */
    private static final List<String> TOMCAT_SERVICES = List.of("alfresco", "share");

    /**
     * The images acs-deployment's community compose file pairs with ACS 25.2.0
     * (Alfresco/acs-deployment, commit 0f1c9c43 "Bump tags for Ursa Major release", docker-compose/community-compose.yaml).
     */
    private static final Map<String, String> PAIRED_WITH_25_2 = Map.of(
            "alfresco/alfresco-content-repository-community", "25.2.0",
            "alfresco/alfresco-share", "25.2.0",
            "alfresco/alfresco-search-services", "2.0.16",
            "alfresco/alfresco-transform-core-aio", "5.2.0",
            "alfresco/alfresco-activemq", "5.18-jre17-rockylinux8",
            "postgres", "16.5");

    static Path root() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("run.sh")) && Files.isDirectory(p.resolve("docker"))) {
                return p;
            }
        }
        throw new IllegalStateException("no project root (run.sh, docker/) above " + Path.of("").toAbsolutePath());
    }

    // ---------------------------------------------------------------- Compose's interpolation

    private static final Pattern VARIABLE = Pattern.compile("\\$(?:\\$|\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?}|([A-Za-z_][A-Za-z0-9_]*))");

    /** compose-spec 12-interpolation.md: $$, ${V}, $V, ${V:-d}, ${V-d}, ${V:?e}, ${V?e} (no nesting used here). */
    static String interpolate(String value, Map<String, String> env) {
        Matcher m = VARIABLE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement;
            if (m.group().equals("$$")) {
                replacement = "$";
            } else {
                String name = m.group(1) != null ? m.group(1) : m.group(4);
                String op = m.group(2);
                String arg = m.group(3);
                String v = env.get(name);
                boolean colon = op != null && op.startsWith(":");
                boolean missing = v == null || (colon && v.isEmpty());
                if (op == null) {
                    replacement = v == null ? "" : v;
                } else if (op.endsWith("-")) {
                    assertThat(arg).as("nested interpolation is not replayed here").doesNotContain("$");
                    replacement = missing ? arg : v;
                } else {
                    if (missing) {
                        throw new IllegalStateException("required variable " + name + " is missing a value: " + arg);
                    }
                    replacement = v;
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    private static Object interpolateAll(Object node, Map<String, String> env) {
        if (node instanceof String s) {
            return interpolate(s, env);
        }
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            ((Map<String, Object>) map).forEach((k, v) -> out.put(k, interpolateAll(v, env)));
            return out;
        }
        if (node instanceof List<?> list) {
            return list.stream().map(v -> interpolateAll(v, env)).toList();
        }
        return node;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> services(Map<String, String> env) throws IOException {
        try (Reader in = Files.newBufferedReader(root().resolve("docker/docker-compose.yml"))) {
            Map<String, Object> compose = (Map<String, Object>) interpolateAll(new Yaml().load(in), env);
            return (Map<String, Map<String, Object>>) compose.get("services");
        }
    }

    /** A service's container environment; a key without a value takes the operator's, or is left out (compose-spec 05-services.md, environment). */
    @SuppressWarnings("unchecked")
    static Map<String, String> containerEnv(Map<String, Object> service, Map<String, String> env) {
        Map<String, String> out = new LinkedHashMap<>();
        ((Map<String, Object>) service.getOrDefault("environment", Map.of())).forEach((k, v) -> {
            if (v != null) {
                out.put(k, v.toString());
            } else if (env.containsKey(k)) {
                out.put(k, env.get(k));
            }
        });
        return out;
    }

    // ---------------------------------------------------------------- catalina.sh's eval

    /** The arguments the file means: JAVA_OPTS split at blanks, double quotes grouping and then dropped. */
    static List<String> intended(String javaOpts) {
        List<String> args = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (char c : javaOpts.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if (Character.isWhitespace(c) && !quoted) {
                if (any) {
                    args.add(cur.toString());
                }
                cur.setLength(0);
                any = false;
            } else {
                cur.append(c);
                any = true;
            }
        }
        if (any) {
            args.add(cur.toString());
        }
        return args;
    }

    record Run(int exit, List<String> args, String stderr) {
    }

    /** Tomcat's catalina.sh run: eval exec "\"$_RUNJAVA\"" ... "$JAVA_OPTS" "$CATALINA_OPTS" ... Bootstrap "$@" start, in a POSIX shell. */
    static Run catalinaRun(String javaOpts) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("bash", "--posix", "-c",
                "argv() { printf '%s\\0' \"$@\"; }; "
                        + "eval argv \"\\\"$_RUNJAVA\\\"\" \"$JAVA_OPTS\" \"$CATALINA_OPTS\" org.apache.catalina.startup.Bootstrap start");
        pb.environment().put("_RUNJAVA", "/usr/lib/jvm/java/bin/java");
        pb.environment().put("JAVA_OPTS", javaOpts);
        pb.environment().put("CATALINA_OPTS", "");
        pb.directory(Files.createTempDirectory("catalina").toFile());
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        List<String> args = new ArrayList<>(Arrays.asList(new String(out, StandardCharsets.UTF_8).split("\0")));
        if (p.exitValue() == 0) {
            assertThat(args.remove(0)).isEqualTo("/usr/lib/jvm/java/bin/java");
            assertThat(args.subList(args.size() - 2, args.size())).containsExactly("org.apache.catalina.startup.Bootstrap", "start");
            args = args.subList(0, args.size() - 2);
        }
        return new Run(p.exitValue(), args, err);
    }

    @Test
    void should_start_tomcat_with_the_intended_jvm_arguments_when_catalina_sh_evals_java_opts() throws Exception {
        Map<String, Map<String, Object>> services = services(OPERATOR);
        for (String name : TOMCAT_SERVICES) {
            String javaOpts = containerEnv(services.get(name), OPERATOR).get("JAVA_OPTS");
            Run run = catalinaRun(javaOpts);

            assertThat(run.exit()).as(name + ": catalina.sh's eval of JAVA_OPTS (stderr: " + run.stderr() + ")").isZero();
            assertThat(run.args()).as(name + ": the JVM's arguments").containsExactlyElementsOf(intended(javaOpts));
            assertThat(run.args()).as(name).allMatch(a -> a.startsWith("-D") || a.startsWith("-X"), "a JVM option");
        }
        List<String> repository = catalinaRun(containerEnv(services.get("alfresco"), OPERATOR).get("JAVA_OPTS")).args();
        assertThat(repository).contains(
                "-Dmessaging.broker.url=failover:(nio://activemq:61616)?timeout=3000&jms.useCompression=true",
                "-Daudit.enabled=true", "-Daudit.alfresco-access.enabled=true");
    }

    @Test
    void should_give_the_jvm_options_a_jvm_reads_itself_when_java_tool_options_are_set() throws IOException {
        // The JVM splits JAVA_TOOL_OPTIONS itself, with no shell in between: plain options only.
        services(OPERATOR).forEach((name, service) -> {
            String options = containerEnv(service, OPERATOR).get("JAVA_TOOL_OPTIONS");
            if (options != null) {
                assertThat(options.strip().split("\\s+")).as(name)
                        .allMatch(o -> o.matches("-[DX][^\"'`$;&|()<>]*"), "a plain -D or -X option");
            }
        });
    }

    @Test
    void should_refuse_to_start_when_the_platform_account_is_not_set() throws IOException {
        Map<String, String> secrets = Map.of("SWA_DB_PASSWORD", "Db0perator7", "SWA_SEARCH_SECRET", "Search0perator7");
        assertThatThrownBy(() -> services(secrets)).hasMessageContaining("SWA_ALFRESCO_USER");
        assertThatThrownBy(() -> services(with(secrets, "SWA_ALFRESCO_USER", "swa-service"))).hasMessageContaining("SWA_ALFRESCO_PASSWORD");
        assertThatThrownBy(() -> services(with(secrets, "SWA_ALFRESCO_USER", "", "SWA_ALFRESCO_PASSWORD", "x")))
                .as("an empty value is no account either").hasMessageContaining("SWA_ALFRESCO_USER");

        Map<String, String> platform = containerEnv(services(OPERATOR).get("platform"), OPERATOR);
        assertThat(platform).containsEntry("SWA_ALFRESCO_USER", "swa-service").containsEntry("SWA_ALFRESCO_PASSWORD", "s3cret-Pa55");
        assertThat(Files.readString(root().resolve("docker/docker-compose.yml"))).doesNotContain(":-admin}");
    }

    @Test
    void should_refuse_to_start_when_the_database_password_or_the_search_secret_is_not_set() throws IOException {
        Map<String, String> noDb = new HashMap<>(OPERATOR);
        noDb.remove("SWA_DB_PASSWORD");
        assertThatThrownBy(() -> services(noDb)).hasMessageContaining("SWA_DB_PASSWORD");
        Map<String, String> noSecret = new HashMap<>(OPERATOR);
        noSecret.remove("SWA_SEARCH_SECRET");
        assertThatThrownBy(() -> services(noSecret)).hasMessageContaining("SWA_SEARCH_SECRET");

        Map<String, Map<String, Object>> services = services(OPERATOR);
        assertThat(containerEnv(services.get("postgres"), OPERATOR)).containsEntry("POSTGRES_PASSWORD", "Db0perator7");
        assertThat(catalinaArgs(services.get("alfresco"))).contains("-Ddb.password=Db0perator7", "-Dsolr.sharedSecret=Search0perator7");
        assertThat(containerEnv(services.get("solr6"), OPERATOR).get("JAVA_TOOL_OPTIONS"))
                .isEqualTo("-Dalfresco.secureComms.secret=Search0perator7");
        assertThat(Files.readString(root().resolve("docker/docker-compose.yml")))
                .as("no fixed secret left in the file").doesNotContain("db.password=alfresco", "swa-search-secret");
    }

    private List<String> catalinaArgs(Map<String, Object> service) {
        try {
            return catalinaRun(containerEnv(service, OPERATOR).get("JAVA_OPTS")).args();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void should_pass_the_platform_its_mail_settings_when_the_operator_sets_them() throws IOException {
        // What the platform reads (README, "alerts"; AlertsCommand): Spring Boot's spring.mail.* and the sender.
        Map<String, String> env = new HashMap<>(OPERATOR);
        env.putAll(Map.of("SPRING_MAIL_HOST", "smtp.example.org", "SPRING_MAIL_PORT", "587",
                "SPRING_MAIL_USERNAME", "alerts@example.org", "SPRING_MAIL_PASSWORD", "mail-secret",
                "SPRING_MAIL_PROPERTIES_MAIL_SMTP_AUTH", "true", "SPRING_MAIL_PROPERTIES_MAIL_SMTP_STARTTLS_ENABLE", "true",
                "SWA_ALERTS_FROM", "社工站档案 <alerts@example.org>"));

        Map<String, String> platform = containerEnv(services(env).get("platform"), env);
        env.forEach((k, v) -> {
            if (!k.equals("SWA_DB_PASSWORD") && !k.equals("SWA_SEARCH_SECRET")) {
                assertThat(platform).as(k).containsEntry(k, v);
            }
        });
        assertThat(platform).as("the repository's secrets stay with the repository").doesNotContainKeys("SWA_DB_PASSWORD", "SWA_SEARCH_SECRET");

        Map<String, String> unset = containerEnv(services(OPERATOR).get("platform"), OPERATOR);
        assertThat(unset.keySet()).as("left out, not set empty, when the operator sets none")
                .noneMatch(k -> k.startsWith("SPRING_MAIL_") || k.equals("SWA_ALERTS_FROM"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void should_publish_the_activemq_console_and_the_dashboard_on_loopback_unless_the_operator_binds_them() throws IOException {
        Map<String, Map<String, Object>> services = services(OPERATOR);
        assertThat((List<String>) services.get("activemq").get("ports")).containsExactly("127.0.0.1:8161:8161");
        assertThat((List<String>) services.get("platform").get("ports")).containsExactly("127.0.0.1:8280:8080");
        assertThat((List<String>) services.get("alfresco").get("ports")).containsExactly("127.0.0.1:8080:8080");
        services.forEach((name, service) -> {
            if (!name.equals("share")) {
                assertThat((List<String>) service.getOrDefault("ports", List.of())).as(name + ": published on loopback only")
                        .allMatch(p -> p.startsWith("127.0.0.1:"));
            }
        });

        Map<String, String> env = new HashMap<>(OPERATOR);
        env.put("SWA_ACTIVEMQ_CONSOLE_BIND", "10.0.0.5");
        env.put("SWA_DASHBOARD_BIND", "0.0.0.0");
        env.put("SWA_REPOSITORY_BIND", "0.0.0.0");
        Map<String, Map<String, Object>> bound = services(env);
        assertThat((List<String>) bound.get("alfresco").get("ports")).containsExactly("0.0.0.0:8080:8080");
        assertThat((List<String>) bound.get("activemq").get("ports")).containsExactly("10.0.0.5:8161:8161");
        assertThat((List<String>) bound.get("platform").get("ports")).containsExactly("0.0.0.0:8280:8080");
    }

    @Test
    @SuppressWarnings("unchecked")
    void should_address_share_where_users_reach_it_when_links_are_built_and_origins_checked() throws Exception {
        for (Map<String, String> env : List.of(OPERATOR, with(OPERATOR, "SWA_PUBLIC_HOST", "archives.district.example", "SWA_SHARE_PORT", "9180"))) {
            String host = env.getOrDefault("SWA_PUBLIC_HOST", "localhost");
            String port = env.getOrDefault("SWA_SHARE_PORT", "8180");
            Map<String, Map<String, Object>> services = services(env);

            assertThat((List<String>) services.get("share").get("ports")).containsExactly(port + ":8080");
            Map<String, String> share = containerEnv(services.get("share"), env);
            assertThat(share).containsEntry("CSRF_FILTER_ORIGIN", "http://" + host + ":" + port)
                    .containsEntry("CSRF_FILTER_REFERER", "http://" + host + ":" + port + "/share/.*");
            List<String> repository = catalinaRun(containerEnv(services.get("alfresco"), env).get("JAVA_OPTS")).args();
            assertThat(repository).contains("-Dshare.host=" + host, "-Dshare.port=" + port, "-Dalfresco.host=" + host,
                    "-Dalfresco.port=8080", "-Daos.baseUrlOverwrite=http://" + host + ":8080/alfresco/aos");
        }
    }

    @Test
    void should_size_every_jvm_heap_from_its_container_limit() throws IOException {
        Map<String, Map<String, Object>> services = services(OPERATOR);
        // The JVMs whose options this file sets (Search and ActiveMQ size themselves, as in acs-deployment's files).
        for (String name : List.of("alfresco", "share", "transform-core-aio", "platform")) {
            Map<String, Object> service = services.get(name);
            Map<String, String> env = containerEnv(service, OPERATOR);
            String jvm = env.getOrDefault("JAVA_OPTS", "") + " " + env.getOrDefault("JAVA_TOOL_OPTIONS", "");
            assertThat(service).as(name + " has a memory limit").containsKey("mem_limit");
            assertThat(jvm).as(name + ": heap from the limit, as acs-deployment's compose files size it")
                    .containsPattern("-XX:MaxRAMPercentage=\\d+|-Xmx\\d+");
        }
        assertThat(containerEnv(services(OPERATOR).get("platform"), OPERATOR).get("JAVA_TOOL_OPTIONS"))
                .as("the image's serial collector stays").contains("-XX:+UseSerialGC");
    }

    @Test
    void should_pair_the_images_of_the_acs_release_the_images_are_built_on() throws IOException {
        Map<String, String> tags = new LinkedHashMap<>();
        services(OPERATOR).forEach((name, service) -> {
            Object image = service.get("image");
            if (image != null && !image.toString().startsWith("swarchive/")) {
                String[] ref = image.toString().replaceFirst("^docker\\.io/", "").split(":", 2);
                tags.put(ref[0], ref[1]);
            }
        });
        for (String dockerfile : List.of("docker/alfresco/Dockerfile", "docker/share/Dockerfile")) {
            Matcher m = Pattern.compile("(?m)^ARG \\w+=(?:docker\\.io/)?([^:\\s]+):(\\S+)$").matcher(Files.readString(root().resolve(dockerfile)));
            assertThat(m.find()).as(dockerfile + " names its base image in an ARG").isTrue();
            tags.put(m.group(1), m.group(2));
        }
        assertThat(tags).containsExactlyInAnyOrderEntriesOf(PAIRED_WITH_25_2);
    }

    @Test
    void should_build_from_a_clean_target_when_build_start_makes_the_images() throws IOException {
        String runSh = Files.readString(root().resolve("run.sh"));
        Matcher arm = Pattern.compile("(?ms)^\\s*build_start\\)(.*?);;").matcher(runSh);
        assertThat(arm.find()).isTrue();
        String buildStart = arm.group(1);
        // The Alfresco SDK's run.sh: build() { mvn clean package }, before the images are built.
        assertThat(buildStart).containsPattern("mvn [^\\n]*\\bclean\\b[^\\n]*\\bpackage\\b");
        assertThat(buildStart.indexOf("clean")).isLessThan(buildStart.indexOf("compose build"));

        for (String dockerfile : List.of("docker/alfresco/Dockerfile", "docker/share/Dockerfile")) {
            String text = Files.readString(root().resolve(dockerfile));
            Matcher copy = Pattern.compile("(?m)^COPY (\\S*\\*\\S*) (\\S+)$").matcher(text);
            while (copy.find()) {
                assertThat(text.substring(copy.end())).as(dockerfile + ": " + copy.group(1) + " must match exactly one jar")
                        .containsPattern("(?s)^(\\s*#[^\\n]*)*\\s*RUN set -- " + Pattern.quote(copy.group(2)) + ".*\"\\$#\" -ne 1.*exit 1");
            }
        }
    }

    private static Map<String, String> with(Map<String, String> base, String... kv) {
        Map<String, String> out = new HashMap<>(base);
        for (int i = 0; i < kv.length; i += 2) {
            out.put(kv[i], kv[i + 1]);
        }
        return out;
    }
}
