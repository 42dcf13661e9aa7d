package org.swarchive.store.alfresco;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.swarchive.retry.Retries;

/**
 * The live repository of {@code ../shared/tools/acs-live} for the tests tagged {@value #TAG}: the
 * one at {@code ACS_BASE_URL} when that is set, else one this harness starts (once per test JVM,
 * profile {@code -Pacs-live}: {@code start.sh} in {@code $ACS_LIVE_DIR} or
 * {@code platform-module/target/acs-live}, then {@code deploy-module.sh} with this build's
 * content-models jar) and stops when the JVM ends.
 *
 * <p>Credentials come from the environment ({@code ACS_LIVE_USER}, {@code ACS_LIVE_PASSWORD});
 * a repository the harness started itself has the tool's documented test account, which is used
 * when they are unset. Neither is ever printed or put on a command line.
 *
 * <p>Without a repository the tests are skipped with the reason — except under CI with the tool
 * folder present, where a repository that should be there and is not is a failure.
 */
public final class LiveRepository {

    public static final String TAG = "acs-live";

    private static LiveRepository instance;
    private static String unavailable;

    private final String baseUrl;
    private final String user;
    private final String password;

    private LiveRepository(String baseUrl, String user, String password) {
        this.baseUrl = baseUrl;
        this.user = user;
        this.password = password;
    }

    /** The repository, started if need be; a test without one is skipped (or failed under CI, see the class comment). */
    public static synchronized LiveRepository get() {
        if (instance == null && unavailable == null) {
            try {
                instance = connect();
            } catch (IOException | InterruptedException | RuntimeException e) {
                unavailable = e.getMessage();
            }
        }
        if (instance == null) {
            boolean ci = System.getenv("CI") != null && tool().isPresent();
            String why = "no live Alfresco repository: " + unavailable
                    + " (set ACS_BASE_URL, or run mvn -Pacs-live -pl platform-module -am test to start ../shared/tools/acs-live)";
            if (ci) {
                throw new AssertionError(why);
            }
            Assumptions.abort(why);
        }
        return instance;
    }

    private static LiveRepository connect() throws IOException, InterruptedException {
        String given = System.getenv("ACS_BASE_URL");
        String user = System.getenv("ACS_LIVE_USER");
        String password = System.getenv("ACS_LIVE_PASSWORD");
        if (given != null && !given.isBlank()) {
            if (user == null || password == null) {
                throw new IllegalStateException("ACS_BASE_URL is set but ACS_LIVE_USER/ACS_LIVE_PASSWORD are not");
            }
            return waitFor(new LiveRepository(root(given), user, password));
        }
        if (!Boolean.getBoolean("acs.live.start")) {
            throw new IllegalStateException("ACS_BASE_URL is not set and the acs-live profile is not active");
        }
        Path tool = tool().orElseThrow(() -> new IllegalStateException("../shared/tools/acs-live is not there"));
        Path work = Optional.ofNullable(System.getenv("ACS_LIVE_DIR")).map(Path::of)
                .orElse(Path.of("target", "acs-live")).toAbsolutePath();
        String port = Optional.ofNullable(System.getenv("ACS_PORT")).orElse("18080");
        Path jar = contentModelsJar();
        run(tool.resolve("start.sh"), "--port", port, work.toString());
        run(tool.resolve("deploy-module.sh"), jar.toString(), work.toString());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                run(tool.resolve("stop.sh"), work.toString());
            } catch (IOException | InterruptedException e) {
                System.err.println("acs-live: stop.sh failed: " + e.getMessage());
            }
        }));
        // The tool's documented test account, the only one a repository it just made has.
        return waitFor(new LiveRepository("http://127.0.0.1:" + port, user != null ? user : "admin", password != null ? password : "admin"));
    }

    /** {@code http://host:port/alfresco} as start.sh prints it, or without the webapp: the client's base is host and port. */
    private static String root(String url) {
        String u = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        return u.endsWith("/alfresco") ? u.substring(0, u.length() - "/alfresco".length()) : u;
    }

    /** ../shared/tools/acs-live from the module or the project folder. */
    static Optional<Path> tool() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path t = p.resolve("shared/tools/acs-live/start.sh");
            if (Files.isRegularFile(t)) {
                return Optional.of(t.getParent());
            }
            Path sibling = p.resolveSibling("shared").resolve("tools/acs-live/start.sh");
            if (Files.isRegularFile(sibling)) {
                return Optional.of(sibling.getParent());
            }
        }
        return Optional.empty();
    }

    private static Path contentModelsJar() throws IOException {
        Path target = Path.of("").toAbsolutePath().resolveSibling("content-models").resolve("target");
        if (!Files.isDirectory(target)) {
            target = Path.of("content-models", "target").toAbsolutePath();
        }
        if (!Files.isDirectory(target)) {
            throw new IllegalStateException("content-models/target is not there: build it first (mvn -pl content-models package)");
        }
        Path dir = target;
        try (Stream<Path> jars = Files.list(dir)) {
            return jars.filter(j -> j.getFileName().toString().matches("content-models-[^-]+(-SNAPSHOT)?\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no content-models jar in " + dir + ": build it first"));
        }
    }

    /** A tool script; its output goes to this JVM's (the tool prints no credentials). */
    private static void run(Path script, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", script.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).inheritIO().start();
        int rc = p.waitFor();
        if (rc != 0) {
            throw new IllegalStateException(script.getFileName() + " ended with " + rc);
        }
    }

    private static LiveRepository waitFor(LiveRepository r) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest root = HttpRequest.newBuilder(URI.create(r.baseUrl + AlfrescoClient.CORE + "/nodes/-root-"))
                .header("Authorization", r.authorization()).GET().build();
        int status = -1;
        for (int i = 0; i < 60 && status != 200; i++) {
            try {
                status = http.send(root, HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException e) {
                status = -1;
            }
            if (status != 200) {
                Thread.sleep(2000);
            }
        }
        if (status != 200) {
            throw new IllegalStateException(r.baseUrl + " does not answer (last status " + status + ")");
        }
        return r;
    }

    private String authorization() {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** The environment the CLI reads its credentials from. */
    public Map<String, String> environment() {
        return Map.of(AlfrescoCredentials.USER, user, AlfrescoCredentials.PASSWORD, password);
    }

    public AlfrescoClient client() {
        return client(baseUrl);
    }

    /** A client of this account for another address (a counting proxy in front of the repository). */
    public AlfrescoClient client(String url) {
        return AlfrescoClient.connect(url, AlfrescoCredentials.basic(user, password), new Retries(3, Duration.ofMillis(500), 2));
    }

    /** A site id no earlier run used: every test works in a site of its own. */
    public static String freshSite(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
