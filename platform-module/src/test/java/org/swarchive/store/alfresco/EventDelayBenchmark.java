package org.swarchive.store.alfresco;

import jakarta.jms.Connection;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.activemq.ActiveMQConnectionFactory;
import org.swarchive.archive.DocTypeCatalogue;
import org.swarchive.archive.Period;
import org.swarchive.archive.RecordReader;
import org.swarchive.check.CheckResult;
import org.swarchive.check.StationCheck;
import org.swarchive.evidence.Framework;
import org.swarchive.evidence.ReadinessEngine;
import org.swarchive.library.CatalogueLoader;
import org.swarchive.library.FrameworkLibrary;
import org.swarchive.library.FrameworkLoader;
import org.swarchive.store.ModelConstraints;

/**
 * Not a test: the delay from a node event published on alfresco.repo.event2 (embedded ActiveMQ
 * Classic, vm://) to the readiness written back on the evidence folders, for a station of N
 * records served by WireMock, with the given debounce. Prints a Markdown table row.
 */
public final class EventDelayBenchmark {

    private EventDelayBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Duration debounce = args.length > 1 ? Duration.parse(args[1]) : Duration.ofSeconds(2);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        DocTypeCatalogue catalogue = new CatalogueLoader().shipped();
        Framework framework = new FrameworkLibrary(new FrameworkLoader(catalogue)).resolve("station-star");
        List<String> codes = framework.allIndicators().map(i -> i.code()).toList();
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory("vm://swa-bench?broker.persistent=false&broker.useJmx=false");
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
        BlockingQueue<Long> done = new LinkedBlockingQueue<>();
        try (AlfrescoStub alfresco = new AlfrescoStub(); AlfrescoClient client = alfresco.client(AlfrescoCredentials.basic("bench", "bench"));
             Connection publisher = factory.createConnection()) {
            var documents = AlfrescoStoreBenchmark.documents(n);
            alfresco.station().documents(documents).evidenceFolders("station-star", codes).linkedRecords(List.of()).updatesAccepted();
            AlfrescoStore store = new AlfrescoStore(client, AlfrescoStub.SITE, new RecordReader(catalogue), ModelConstraints.shipped());
            ChangePoller poller = new ChangePoller(client, Clock.systemUTC());
            StationCheck check = new StationCheck(new ReadinessEngine());
            ChangePoller.Recheck recheck = () -> {
                CheckResult r = check.run(store, framework, Period.year(2025), LocalDate.of(2026, 3, 1));
                store.writeBack(r.assessment(), java.time.Instant.now());
            };
            recheck.run(); // warm-up: JIT, connections
            Debouncer debouncer = new Debouncer(Debouncer.on(executor), debounce, key -> {
                poller.recheck(key, recheck);
                done.add(System.nanoTime());
            });
            List<Long> delays = new ArrayList<>();
            try (RepositoryEventListener listener = RepositoryEventListener.start(factory, Map.of(AlfrescoStub.STATION_ID, AlfrescoStub.SITE),
                    debouncer); Session s = publisher.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
                MessageProducer producer = s.createProducer(s.createTopic(RepositoryEventListener.TOPIC));
                for (int i = 0; i < rounds; i++) {
                    long t0 = System.nanoTime();
                    producer.send(s.createTextMessage(RepositoryEventTest.event("org.alfresco.event.node.Updated", "doc" + i,
                            "category", AlfrescoStub.STATION_ID)));
                    Long t1 = done.poll(120, TimeUnit.SECONDS);
                    delays.add((t1 - t0) / 1_000_000);
                }
            }
            delays.sort(null);
            System.out.printf("| %,d | %d ms | %d | %,d | %,d | %,d |%n", n, debounce.toMillis(), rounds, delays.get(0),
                    delays.get(delays.size() / 2), delays.get(delays.size() - 1));
        } finally {
            executor.shutdownNow();
        }
    }
}
