package org.swarchive.app;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.springframework.context.event.ContextClosedEvent;
import org.swarchive.archive.DocTypeCatalogue;
import org.swarchive.i18n.Language;
import org.swarchive.archive.Period;
import org.swarchive.check.ScoreHistory;
import org.swarchive.dashboard.Dashboard;
import org.swarchive.dashboard.DashboardServer;
import org.swarchive.dashboard.NodeChecks;
import org.swarchive.dashboard.ReadinessBoard;
import org.swarchive.evidence.Framework;
import org.swarchive.i18n.Message;
import org.swarchive.store.Station;

/** Starts the dashboard for {@code swa serve} and {@code swa demo}, and waits until it is stopped. */
final class DashboardLauncher {

    private final Workbench workbench;
    private final Clock clock;

    DashboardLauncher(Workbench workbench, Clock clock) {
        this.workbench = workbench;
        this.clock = clock;
    }

    /** Where and how long: the address to listen on, the port (0: any free one), how long a check is reused. */
    record Listen(String address, int port, Duration recheckAfter, java.util.Set<String> publicHosts) {
        Listen(String address, int port, Duration recheckAfter) {
            this(address, port, recheckAfter, java.util.Set.of());
        }
    }

    /** Whether an address is this computer only (127.0.0.0/8, ::1, localhost). */
    static boolean isLoopback(String address) {
        String a = address.strip().toLowerCase(java.util.Locale.ROOT);
        return a.equals("localhost") || a.startsWith("127.") || a.equals("::1") || a.equals("[::1]") || a.equals("0:0:0:0:0:0:0:1");
    }

    /** Whether any of the stations has a sign-in account ({@code swa users add}). */
    static boolean anyAccount(List<Station> stations) {
        return stations.stream().anyMatch(s -> !new org.swarchive.account.AccountStore(s.state()).isEmpty());
    }

    DashboardServer.Running start(List<Station> stations, Framework framework, Period period, DocTypeCatalogue catalogue,
                                  Listen listen, PrintWriter out, Language lang) {
        return start(board(stations, framework, period, catalogue, listen), catalogue, listen, out, lang, NodeChecks.none());
    }

    /** The served stations and their readiness, each check kept for {@code recheckAfter}. */
    ReadinessBoard board(List<Station> stations, Framework framework, Period period, DocTypeCatalogue catalogue, Listen listen) {
        return new ReadinessBoard(stations, framework, period, catalogue, workbench.stationCheck(), new ScoreHistory(), clock,
                listen.recheckAfter());
    }

    /** Checks every station once, then opens the server on the board, with Share's readiness check on repository nodes. */
    DashboardServer.Running start(ReadinessBoard board, DocTypeCatalogue catalogue, Listen listen, PrintWriter out, Language lang,
                                  NodeChecks nodes) {
        // Every station is checked once before the server opens, so no visitor waits for a cold scan.
        for (Station s : board.stations()) {
            out.println(Message.of("app.dashboard.checking", s.id()).in(lang));
            out.flush();
            board.current(s);
        }
        StationFeatures features = new StationFeatures(workbench, catalogue, clock, board.stations());
        DashboardServer.Running running = DashboardServer.start(signIn(new Dashboard(board, features)
                        .withFileNow(new FileNowService(workbench, catalogue, clock, board.stations())).withNodeChecks(nodes)
                        .withReads(new DashboardReads(clock)).withSearch(new DashboardSearch(clock.getZone()))
                        .withUpload(new GapUploadService(catalogue, clock))
                        .withSheets(new SubmittedSheets(workbench, catalogue, board.framework(), board.period(), clock))),
                listen.address(), listen.port(), org.swarchive.dashboard.HostNames.of(listen.address(), listen.publicHosts()));
        out.println(Message.of("app.dashboard.started", running.url()).in(lang));
        out.println("  " + Message.of("app.dashboard.ctrl-c").in(lang));
        out.flush();
        return running;
    }

    /**
     * Who may sign in. Stations in Alfresco: the repository checks the password and its groups give
     * the role ({@link AlfrescoAuthenticationProvider}); accounts kept in their notes do not sign in
     * (they would read with the service account, past the repository's permissions). Folder stores
     * served beside them keep their own accounts. Only folder stores: their accounts, as by default.
     */
    Dashboard signIn(Dashboard dashboard) {
        List<Station> stations = dashboard.board().stations();
        List<org.swarchive.store.alfresco.AlfrescoClient> repositories = stations.stream().map(Station::archive)
                .filter(org.swarchive.store.alfresco.AlfrescoStore.class::isInstance)
                .map(a -> ((org.swarchive.store.alfresco.AlfrescoStore) a).client()).toList();
        if (repositories.isEmpty()) {
            return dashboard;
        }
        List<org.springframework.security.authentication.AuthenticationProvider> providers = new java.util.ArrayList<>();
        // One repository's people: a district serves its stations from one Alfresco.
        providers.add(new AlfrescoAuthenticationProvider(
                new org.swarchive.store.alfresco.AlfrescoSignIn(repositories.get(0)), stations, dashboard.board()::now));
        List<Station> folders = stations.stream().filter(s -> !(s.archive() instanceof org.swarchive.store.alfresco.AlfrescoStore)).toList();
        if (!folders.isEmpty()) {
            providers.add(Dashboard.accountSignIn(folders, dashboard.board()::now));
        }
        if (providers.size() == 1) {
            return dashboard.withSignIn(providers.get(0));
        }
        var both = new org.springframework.security.authentication.ProviderManager(providers);
        return dashboard.withSignIn(new org.springframework.security.authentication.AuthenticationProvider() {
            @Override
            public org.springframework.security.core.Authentication authenticate(org.springframework.security.core.Authentication a) {
                return both.authenticate(a);
            }

            @Override
            public boolean supports(Class<?> type) {
                return org.springframework.security.authentication.UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
            }
        });
    }

    /** Blocks until the server's context closes (Ctrl-C closes it through Spring's shutdown hook). */
    static void awaitStop(DashboardServer.Running running) throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        running.context().addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        if (!running.context().isActive()) {
            return;
        }
        closed.await();
    }
}
