package org.swarchive.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.swarchive.alert.AlertService;
import org.swarchive.alert.AlertSettings;
import org.swarchive.alert.DigestMail;
import org.swarchive.alert.DisposalProposals;
import org.swarchive.retry.Pause;
import org.swarchive.archive.DocTypeCatalogue;
import org.swarchive.archive.Period;
import org.swarchive.archive.RecordReader;
import org.swarchive.check.CheckResult;
import org.swarchive.check.ScoreHistory;
import org.swarchive.check.StationCheck;
import org.swarchive.dashboard.Dashboard;
import org.swarchive.dashboard.DashboardServer;
import org.swarchive.dashboard.DisposalList;
import org.swarchive.dashboard.ReadinessBoard;
import org.swarchive.evidence.Framework;
import org.swarchive.evidence.IndicatorResult;
import org.swarchive.evidence.ReadinessEngine;
import org.swarchive.library.CatalogueLoader;
import org.swarchive.library.FrameworkLibrary;
import org.swarchive.library.FrameworkLoader;
import org.swarchive.store.Station;
import org.swarchive.store.folder.FolderEvidenceFiles;
import org.swarchive.store.folder.FolderState;
import org.swarchive.store.folder.FolderStore;

/**
 * Dashboard page times on one large station (over HTTP, server in this JVM) and alert computation
 * for many stations (check + digest, written but not sent). Prints markdown tables. Run by
 * {@code bench/dashboard-benchmark.sh} through the {@code bench-dashboard} Maven profile.
 */
public final class DashboardBenchmark {

    private static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);
    private static final int RUNS = 20;

    private final DocTypeCatalogue catalogue = new CatalogueLoader().shipped();
    private final Framework framework = new FrameworkLibrary(new FrameworkLoader(catalogue)).resolve("station-star");
    /** Keeps the sign-in session: pages are measured as a signed-in person sees them (one sign-in, not a password check per page). */
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();

    private DashboardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        DashboardBenchmark b = new DashboardBenchmark();
        b.pages(Path.of(args[0]));
        // The alerts half needs 100 stations; without them (-Dbench.alerts= empty) only the pages are measured.
        if (args.length > 1 && !args[1].isBlank()) {
            b.alerts(Path.of(args[1]));
        }
        System.exit(0);
    }

    private Station station(Path dir) {
        return new Station(dir.getFileName().toString(), new FolderStore(dir, new RecordReader(catalogue)),
                new FolderEvidenceFiles(dir), new FolderState(dir));
    }

    private ReadinessBoard board(Station s, Duration maxAge) {
        Clock clock = Clock.fixed(AS_OF.atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        return new ReadinessBoard(List.of(s), framework, Period.year(2025), catalogue, new StationCheck(new ReadinessEngine()),
                new ScoreHistory(), clock, maxAge);
    }

    private record Timed(double ms, int bytes) {
    }

    private Timed request(HttpRequest r) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<byte[]> resp = http.send(r, HttpResponse.BodyHandlers.ofByteArray());
        double ms = (System.nanoTime() - t0) / 1e6;
        if (resp.statusCode() >= 300) {
            throw new IllegalStateException(r.uri() + " → " + resp.statusCode());
        }
        return new Timed(ms, resp.body().length);
    }

    private static double median(List<Double> v) {
        List<Double> s = v.stream().sorted().toList();
        return s.get(s.size() / 2);
    }

    /** Signs in through the form as the station head (the session cookie stays in {@link #http}). */
    private void signIn(String base) throws Exception {
        String page = http.send(HttpRequest.newBuilder(URI.create(base + "login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no sign-in form");
        }
        http.send(HttpRequest.newBuilder(URI.create(base + "login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + org.swarchive.TestAccounts.HEAD + "&password="
                        + URLEncoder.encode(org.swarchive.TestAccounts.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                        + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.discarding());
    }

    private void pages(Path dir) throws Exception {
        Station s = station(dir);
        org.swarchive.TestAccounts.head(s.state());
        String id = URLEncoder.encode(s.id(), StandardCharsets.UTF_8);
        try (DashboardServer.Running warm = DashboardServer.start(new Dashboard(board(s, Duration.ofDays(1)),
                DisposalList.notAvailable()), "127.0.0.1", 0)) {
            String base = warm.url();
            signIn(base);
            HttpRequest stationPage = HttpRequest.newBuilder(URI.create(base + "stations/" + id)).build();
            Timed cold = request(stationPage);
            CheckResult result = board(s, Duration.ofDays(1)).current(s).result();
            IndicatorResult biggest = result.assessment().allIndicators().filter(r -> r.indicator().isLeaf())
                    .max(Comparator.comparingLong(r -> r.slots().count())).orElseThrow();
            System.out.println("| page | records | median (ms) | runs | size (KiB) |");
            System.out.println("|---|---:|---:|---:|---:|");
            System.out.printf("| station page, first request (check of the station included) | %d | %.0f | 1 | %d |%n",
                    result.records(), cold.ms(), cold.bytes() / 1024);
            List<String[]> pages = List.of(
                    new String[] {"station list", base},
                    new String[] {"station page (indicator tree, gaps, upcoming)", base + "stations/" + id},
                    new String[] {"indicator " + biggest.code() + ", first page (" + Math.min(200, biggest.slots().count()) + " of "
                            + biggest.slots().count() + " slots, evidence files)", base + "stations/" + id + "/indicators/" + biggest.code()},
                    new String[] {"indicator " + biggest.code() + ", last page (`?page=" + lastPage(biggest) + "`)",
                            base + "stations/" + id + "/indicators/" + biggest.code() + "?page=" + lastPage(biggest)},
                    new String[] {"`GET /api/v1/stations/{station}/readiness`", base + "api/v1/stations/" + id + "/readiness"});
            for (String[] p : pages) {
                HttpRequest r = HttpRequest.newBuilder(URI.create(p[1])).header("Accept-Encoding", "identity").build();
                for (int i = 0; i < 5; i++) {
                    request(r);
                }
                List<Double> ms = new ArrayList<>();
                int bytes = 0;
                for (int i = 0; i < RUNS; i++) {
                    Timed t = request(r);
                    ms.add(t.ms());
                    bytes = t.bytes();
                }
                System.out.printf("| %s | %d | %.1f | %d | %d |%n", p[0], result.records(), median(ms), RUNS, bytes / 1024);
            }
        }
        try (DashboardServer.Running fresh = DashboardServer.start(new Dashboard(board(s, Duration.ZERO),
                DisposalList.notAvailable()), "127.0.0.1", 0)) {
            signIn(fresh.url());
            HttpRequest r = HttpRequest.newBuilder(URI.create(fresh.url() + "stations/" + id)).build();
            request(r);
            List<Double> ms = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                ms.add(request(r).ms());
            }
            System.out.printf("| station page after its check expired (a new check each time) | - | %.0f | 5 | - |%n", median(ms));
        }
        System.out.println();
    }

    /** The indicator page shows 200 slots a page (DashboardViews.SLOTS_PER_PAGE). */
    private static long lastPage(IndicatorResult r) {
        return Math.max(1, (r.slots().count() + 199) / 200);
    }

    private void alerts(Path parent) throws Exception {
        List<Path> dirs;
        try (Stream<Path> list = Files.list(parent)) {
            dirs = list.filter(Files::isDirectory).sorted().toList();
        }
        AlertService service = new AlertService(new DigestMail(catalogue), mail -> { }, AlertService.RETRIES,
                Pause.real(), Clock.systemDefaultZone(), DisposalProposals.none());
        StationCheck check = new StationCheck(new ReadinessEngine());
        AlertSettings settings = AlertSettings.defaults().withRecipients(List.of("head@station.example"));
        double[] rounds = new double[3];
        double[] composeOnly = new double[3];
        int records = 0;
        for (int round = -1; round < rounds.length; round++) {
            long checkNanos = 0;
            long t0 = System.nanoTime();
            records = 0;
            for (Path d : dirs) {
                Station s = station(d);
                long c0 = System.nanoTime();
                CheckResult r = check.run(s.archive(), framework, Period.year(2025), AS_OF);
                checkNanos += System.nanoTime() - c0;
                records += r.records();
                if (service.digest(s, r, settings, true).status() != AlertService.Status.DRY_RUN) {
                    throw new IllegalStateException("no digest for " + d);
                }
            }
            if (round >= 0) {
                rounds[round] = (System.nanoTime() - t0) / 1e6;
                composeOnly[round] = rounds[round] - checkNanos / 1e6;
            }
        }
        Arrays.sort(rounds);
        Arrays.sort(composeOnly);
        System.out.println("| stations | records in all | total (ms) | per station (ms) | of which digest + mail text (ms per station) |");
        System.out.println("|---:|---:|---:|---:|---:|");
        System.out.printf("| %d | %d | %.0f | %.1f | %.2f |%n", dirs.size(), records, rounds[1], rounds[1] / dirs.size(),
                composeOnly[1] / dirs.size());
    }
}
