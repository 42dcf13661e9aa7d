package org.swarchive.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.swarchive.DemoStations;
import org.swarchive.i18n.Language;
import org.swarchive.archive.RecordReader;
import org.swarchive.store.Station;
import org.swarchive.store.alfresco.AccessFixture;
import org.swarchive.store.alfresco.AccessFixtureTest;
import org.swarchive.store.alfresco.AlfrescoClient;
import org.swarchive.store.alfresco.AlfrescoCredentials;
import org.swarchive.store.alfresco.AlfrescoEvidenceFiles;
import org.swarchive.store.alfresco.AlfrescoPermissions;
import org.swarchive.store.alfresco.AlfrescoStationState;
import org.swarchive.store.alfresco.AlfrescoStore;
import org.swarchive.store.ModelConstraints;

/** The sweep {@code swa watch} and {@code swa serve} run: it is what ends a window's access when no command is run. */
class AccessSweepsTest extends AccessFixtureTest {

    private static final Instant DURING = Instant.parse("2026-03-03T04:00:00Z");
    private static final Instant AFTER = Instant.parse("2026-03-08T04:00:00Z");
    private static final String GROUP = AlfrescoPermissions.group(AccessFixture.ASSESSORS);



    private void open() {
        AccessFixture.Run r = fx.swa(DURING, "inspect", "open", "--store", fx.store(AccessFixture.JN01), "--evaluators", AccessFixture.ASSESSORS,
                "--until", "2026-03-06", "--period", "2025");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(fx.holding(GROUP)).isNotEmpty();
    }

    @Test
    void should_take_an_ended_window_back_when_swa_watch_polls_once() {
        open();
        AccessFixture.Run watch = fx.swa(AFTER, "watch", "--store", fx.store(AccessFixture.JN01), "--once", "--period", "2025", "--lang", "en");
        assertThat(watch.exitCode()).as(watch.err()).isZero();
        assertThat(watch.out()).contains("access taken back");
        assertThat(fx.holding(GROUP)).isEmpty();
    }

    @Test
    void should_keep_sweeping_the_served_stations_in_alfresco_and_leave_folder_stations_alone_when_serving() throws Exception {
        open();
        DemoStations library = new DemoStations();
        Station folder = library.station(library.make(tmp.resolve("示范站")), "示范站");
        AtomicReference<Instant> now = new AtomicReference<>(DURING);
        Clock clock = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try (AlfrescoClient client = fx.alfresco.client(AlfrescoCredentials.basic("archivist", AccessFixture.PASSWORD))) {
            Station inAlfresco = new Station(AccessFixture.JN01, new AlfrescoStore(client, AccessFixture.JN01,
                    new RecordReader(library.catalogue), ModelConstraints.shipped()), new AlfrescoEvidenceFiles(client, AccessFixture.JN01),
                    new AlfrescoStationState(client, AccessFixture.JN01));
            try (AccessSweeps sweeps = AccessSweeps.start(List.of(folder, inAlfresco), Duration.ofMillis(50), clock,
                    new PrintWriter(out, true), new PrintWriter(err, true), Language.EN)) {
                assertThat(fx.holding(GROUP)).as("the window is still open").isNotEmpty();
                // The window ends while the service runs: a later round takes the access back by itself.
                now.set(AFTER);
                // Taken back, and said so (the sweep reports once its round is done).
                await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                        .until(() -> fx.holding(GROUP).isEmpty() && out.toString().contains("access taken back"));
            }
        }
        assertThat(fx.holding(GROUP)).isEmpty();
        assertThat(out.toString()).contains(AccessFixture.JN01 + "：inspection window").contains("access taken back");
        assertThat(err.toString()).isEmpty();
    }
}
