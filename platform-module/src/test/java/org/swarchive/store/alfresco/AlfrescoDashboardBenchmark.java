package org.swarchive.store.alfresco;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.swarchive.app.ServeRunner;
import org.swarchive.archive.DocTypeCatalogue;
import org.swarchive.archive.Period;
import org.swarchive.archive.RecordReader;
import org.swarchive.check.ScoreHistory;
import org.swarchive.check.StationCheck;
import org.swarchive.dashboard.Dashboard;
import org.swarchive.dashboard.DashboardServer;
import org.swarchive.dashboard.DisposalList;
import org.swarchive.dashboard.ReadinessBoard;
import org.swarchive.evidence.Framework;
import org.swarchive.evidence.ReadinessEngine;
import org.swarchive.library.CatalogueLoader;
import org.swarchive.library.FrameworkLibrary;
import org.swarchive.library.FrameworkLoader;
import org.swarchive.store.Station;
import org.swarchive.store.StoreDocument;
import org.swarchive.store.ModelConstraints;

/**
 * Not a test: the dashboard on a station in Alfresco served by WireMock and the fake repository —
 * HTTP calls to the repository and time of the first station page (the station's check included)
 * and of Share's readiness check (re-check and write-back). Prints Markdown for docs/benchmarks.md.
 * The fake repository answers every request by filtering its whole node list, so times are upper
 * bounds of the service's own work; the call counts are what a real repository would receive.
 */
public final class AlfrescoDashboardBenchmark {

    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 3, 1).atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    private AlfrescoDashboardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length == 0 ? 10_000 : Integer.parseInt(args[0]);
        DocTypeCatalogue catalogue = new CatalogueLoader().shipped();
        Framework framework = new FrameworkLibrary(new FrameworkLoader(catalogue)).resolve("station-star");
        FakeRepository repository = new FakeRepository();
        try (AlfrescoStub stub = new AlfrescoStub(repository);
             AlfrescoClient client = stub.client(AlfrescoCredentials.basic("bench", "bench"))) {
            AlfrescoStations stations = new AlfrescoStations(repository, stub);
            String stationId = stations.provision("JN01", "金牛区示范社工站");
            fill(repository, stationId, AlfrescoStoreBenchmark.documents(n));
            AlfrescoStore store = new AlfrescoStore(client, "swa-jn01", new RecordReader(catalogue), ModelConstraints.shipped());
            Station station = new Station("swa-jn01", store, new AlfrescoEvidenceFiles(client, "swa-jn01"),
                    new AlfrescoStationState(client, "swa-jn01"));
            StationCheck check = new StationCheck(new ReadinessEngine());
            check.run(store, framework, Period.year(2025), LocalDate.now(CLOCK)); // warm-up: JIT, connections
            int records = check.run(store, framework, Period.year(2025), LocalDate.now(CLOCK)).records();

            String size = String.format("%,d (%,d records)", n, records);
            System.out.println("| step | documents | HTTP calls | by kind | runs | median ms |");
            System.out.println("|---|---:|---:|---|---:|---:|");
            row("for scale: the scan alone (station folder and search pages, the fake answering)", size, stub, 5, () -> {
                try (java.util.stream.Stream<org.swarchive.store.ScanItem> items = store.scan()) {
                    items.forEach(i -> { });
                }
            });
            ReadinessBoard cold = board(station, framework, catalogue, check);
            try (DashboardServer.Running server = server(cold)) {
                URI page = URI.create(server.url() + "stations/swa-jn01");
                row("first station page, cold JVM (the station's check; score history read and written)", size, stub, 1, () -> get(page));
            }
            // Each new board's first page is a first check again, in a warm JVM (as every later check of a running service).
            List<DashboardServer.Running> fresh = new ArrayList<>();
            try {
                for (int i = 0; i < 5; i++) {
                    fresh.add(server(board(station, framework, catalogue, check)));
                }
                java.util.Iterator<DashboardServer.Running> next = fresh.iterator();
                row("first station page on a new board, warm JVM", size, stub, fresh.size(),
                        () -> get(URI.create(next.next().url() + "stations/swa-jn01")));
            } finally {
                fresh.forEach(DashboardServer.Running::close);
            }
            ReadinessBoard kept = board(station, framework, catalogue, check);
            try (DashboardServer.Running server = server(kept)) {
                URI page = URI.create(server.url() + "stations/swa-jn01");
                get(page);
                row("the station page again (check kept)", size, stub, 20, () -> get(page));
            }
            try (ServeRunner swa = ServeRunner.start(CLOCK, AlfrescoStub.basicEnvironment("bench"), "serve", "--store",
                    "alfresco:" + stub.baseUrl() + "/sites/swa-jn01", "--period", "2025", "--port", "0")) {
                URI readiness = URI.create(swa.url() + "api/v1/nodes/" + stationId + "/readiness-check");
                row("Share's readiness check, first (re-check; " + framework.allIndicators().count()
                        + " evidence folders written, report created)", size, stub, 1, () -> post(readiness));
                row("Share's readiness check, again (report replaced)", size, stub, 5, () -> post(readiness));
            }
        }
        System.exit(0);
    }

    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }

    private static ReadinessBoard board(Station station, Framework framework, DocTypeCatalogue catalogue, StationCheck check) {
        return new ReadinessBoard(List.of(station), framework, Period.year(2025), catalogue, check, new ScoreHistory(), CLOCK,
                Duration.ofHours(1));
    }

    private static DashboardServer.Running server(ReadinessBoard board) {
        // Signed in without a call to the repository, so the calls counted are the page's own.
        return DashboardServer.start(new Dashboard(board, DisposalList.notAvailable()).withSignIn(org.swarchive.dashboard.SignIn.provider(
                new org.swarchive.access.Person(org.swarchive.TestAccounts.HEAD, org.swarchive.access.AccountRole.STATION_HEAD,
                board.stations().isEmpty() ? "" : board.stations().get(0).id(), "", "",
                        java.util.Set.of()))), "127.0.0.1", 0);
    }

    /** Runs a step {@code runs} times; the calls and their kinds are those of the last run (every run sends the same). */
    private static void row(String what, String size, AlfrescoStub stub, int runs, Step step) throws Exception {
        List<Long> wall = new ArrayList<>();
        List<ServeEvent> calls = List.of();
        for (int i = 0; i < runs; i++) {
            stub.server().resetRequests();
            long t0 = System.nanoTime();
            step.run();
            wall.add((System.nanoTime() - t0) / 1_000_000);
            calls = stub.server().getAllServeEvents();
        }
        Map<String, Integer> kinds = new TreeMap<>();
        for (ServeEvent e : calls) {
            kinds.merge(kind(e), 1, Integer::sum);
        }
        StringBuilder by = new StringBuilder();
        kinds.forEach((k, v) -> by.append(by.length() == 0 ? "" : ", ").append(v).append(' ').append(k));
        System.out.printf("| %s | %s | %d | %s | %d | %,d |%n", what, size, calls.size(), by, runs, median(wall));
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static String kind(ServeEvent e) {
        String method = e.getRequest().getMethod().getName();
        String path = e.getRequest().getUrl().split("\\?")[0];
        if (path.endsWith("/search")) {
            return "search";
        }
        if (path.endsWith("/content")) {
            return method + " content";
        }
        if (path.endsWith("/children") || path.endsWith("/secondary-children")) {
            return method + (path.endsWith("/secondary-children") ? " secondary-children" : " children");
        }
        return method + " node";
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static void get(URI uri) throws Exception {
        HttpResponse<String> r = HTTP.send(org.swarchive.TestAccounts.as(org.swarchive.TestAccounts.HEAD, HttpRequest.newBuilder(uri)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() != 200) {
            throw new IllegalStateException(uri + " → " + r.statusCode());
        }
    }

    private static void post(URI uri) throws Exception {
        HttpResponse<String> r = HTTP.send(org.swarchive.TestAccounts.as(org.swarchive.TestAccounts.HEAD, HttpRequest.newBuilder(uri)).POST(HttpRequest.BodyPublishers.ofString("{}"))
                .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() != 200) {
            throw new IllegalStateException(uri + " → " + r.statusCode() + " " + r.body());
        }
    }

    /** The documents below the station, each folder made once (a cache spares the fake a walk per document). */
    private static void fill(FakeRepository repository, String stationId, List<StoreDocument> documents) {
        Map<String, String> folders = new HashMap<>();
        folders.put("", stationId);
        for (StoreDocument d : documents) {
            String parent = folder(repository, folders, d.folder());
            repository.document(parent, d.name(), d.type() == null ? "cm:content" : d.type(), d.properties(), new byte[] {1});
        }
    }

    private static String folder(FakeRepository repository, Map<String, String> folders, String path) {
        String known = folders.get(path);
        if (known != null) {
            return known;
        }
        int slash = path.lastIndexOf('/');
        String parent = folder(repository, folders, slash < 0 ? "" : path.substring(0, slash));
        String name = path.substring(slash + 1);
        String id = repository.children(parent).stream().filter(c -> c.get("name").asText().equals(name)).findFirst()
                .map(c -> c.get("id").asText())
                .orElseGet(() -> repository.folder(name, "cm:folder", parent).get("id").asText());
        folders.put(path, id);
        return id;
    }
}
