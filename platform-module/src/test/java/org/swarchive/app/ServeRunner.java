package org.swarchive.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.swarchive.LogLines;
import org.swarchive.alert.AlertChannel;
import org.swarchive.evidence.ReadinessEngine;
import org.swarchive.library.CatalogueLoader;
import org.swarchive.retry.Retries;
import picocli.CommandLine;

/**
 * {@code swa serve} (or {@code swa watch}) run in-process on a thread of its own, as a test (or the
 * benchmark) reaches it: started with its arguments, asked over HTTP, and stopped by interrupting its thread.
 */
public final class ServeRunner implements AutoCloseable {

    private static final Pattern ADDRESS = Pattern.compile("(http://\\S+:\\d+/)");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final LogLines log = LogLines.of("org.swarchive");
    private final Thread thread;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private volatile int exit = -1;
    /** Who the requests sign in as (HTTP Basic): the demo station's head unless a test says otherwise. */
    private volatile String as = org.swarchive.TestAccounts.HEAD;
    private String url;

    /** Starts {@code swa ARGS} with this environment and broker URL; returns once the address is printed (or the command ended). */
    public ServeRunner(Clock clock, Map<String, String> environment, String brokerUrl, Supplier<Optional<AlertChannel>> smtp,
                       String... args) throws InterruptedException {
        CommandLine cl = new SwaCli(new CatalogueLoader(), new ReadinessEngine(), clock, environment,
                new Retries(2, Duration.ofMillis(1), 2), brokerUrl, smtp).commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        thread = new Thread(() -> exit = cl.execute(args), "swa-serve-test");
        thread.setDaemon(true);
        thread.start();
        if (args.length > 0 && args[0].equals("serve")) {
            // Waits for the address line, as a person reading the terminal would; gives up after two minutes.
            url = await(ADDRESS);
        }
    }

    /** The first match of the pattern in the output, waiting for it up to two minutes (null: it never came, or the command ended). */
    public String await(Pattern pattern) throws InterruptedException {
        return awaitIn(this::out, pattern);
    }

    /** The first match of the pattern in what the command logged (its background work), waiting as {@link #await} does. */
    public String awaitLog(Pattern pattern) throws InterruptedException {
        return awaitIn(this::log, pattern);
    }

    private String awaitIn(Supplier<String> text, Pattern pattern) {
        try {
            Awaitility.await().atMost(Duration.ofMinutes(2)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100))
                    .until(() -> pattern.matcher(text.get()).find() || !thread.isAlive());
        } catch (ConditionTimeoutException never) {
            return null;
        }
        Matcher m = pattern.matcher(text.get());
        return !m.find() ? null : m.groupCount() > 0 ? m.group(1) : m.group();
    }

    public static ServeRunner start(Clock clock, Map<String, String> environment, String... args) throws InterruptedException {
        return new ServeRunner(clock, environment, "", Optional::empty, args);
    }

    /** The dashboard's address, or null when the command stopped before printing it. */
    public String url() {
        return url;
    }

    public String out() {
        return out.toString();
    }

    public String err() {
        return err.toString();
    }

    /** What the command has logged under org.swarchive (INFO and above), a line per event: its background work. */
    public String log() {
        return log.text();
    }

    /** The exit code once the command has ended (-1 while it runs). */
    public int exit() {
        return exit;
    }

    public boolean running() {
        return thread.isAlive();
    }

    /** From now on, requests sign in as this account (null: anonymous). */
    public ServeRunner as(String account) {
        this.as = account;
        return this;
    }

    private HttpRequest.Builder signed(HttpRequest.Builder request) {
        return as == null ? request : org.swarchive.TestAccounts.as(as, request);
    }

    public HttpResponse<String> get(String path) throws Exception {
        return http.send(signed(HttpRequest.newBuilder(URI.create(url + path.replaceFirst("^/", ""))).header("Accept", "text/html,*/*;q=0.8"))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A POST as Share's server-side call sends it: JSON, with credentials, no browser origin. */
    public HttpResponse<String> post(String path) throws Exception {
        return http.send(signed(HttpRequest.newBuilder(URI.create(url + path.replaceFirst("^/", "")))
                .header("Content-Type", "application/json")).POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Waits until the command has ended by itself (it refused to start, say). */
    public int awaitExit() throws InterruptedException {
        thread.join(120_000);
        return exit;
    }

    @Override
    public void close() throws InterruptedException {
        thread.interrupt();
        thread.join(60_000);
        log.close();
    }
}
