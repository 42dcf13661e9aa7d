package org.swarchive.store.alfresco;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.swarchive.archive.DocTypeCatalogue;
import org.swarchive.archive.Period;
import org.swarchive.archive.RecordReader;
import org.swarchive.check.StationCheck;
import org.swarchive.evidence.Framework;
import org.swarchive.evidence.ReadinessEngine;
import org.swarchive.library.CatalogueLoader;
import org.swarchive.library.FrameworkLibrary;
import org.swarchive.library.FrameworkLoader;
import org.swarchive.store.ScanItem;
import org.swarchive.store.StoreDocument;
import org.swarchive.store.ModelConstraints;

/**
 * Not a test: HTTP calls per check and the engine's time on top of HTTP, for stations of the
 * given sizes served by WireMock. Prints a Markdown table for docs/benchmarks.md.
 */
public final class AlfrescoStoreBenchmark {

    private AlfrescoStoreBenchmark() {
    }

    public static void main(String[] args) {
        DocTypeCatalogue catalogue = new CatalogueLoader().shipped();
        Framework framework = new FrameworkLibrary(new FrameworkLoader(catalogue)).resolve("station-star");
        System.out.println("| records | HTTP calls per check | ⌈N/1000⌉ + 1 | scan (HTTP + parsing) ms | check ms | engine ms per 1,000 records |");
        System.out.println("|---:|---:|---:|---:|---:|---:|");
        for (String arg : args.length == 0 ? new String[] {"1000", "10000", "100000"} : args) {
            int n = Integer.parseInt(arg);
            try (AlfrescoStub alfresco = new AlfrescoStub(); AlfrescoClient client = alfresco.client(AlfrescoCredentials.basic("bench", "bench"))) {
                alfresco.station().documents(documents(n));
                AlfrescoStore store = new AlfrescoStore(client, AlfrescoStub.SITE, new RecordReader(catalogue), ModelConstraints.shipped());
                drain(store); // warm-up: JIT, connections
                alfresco.server().resetRequests();
                long t0 = System.nanoTime();
                drain(store);
                long scan = System.nanoTime() - t0;
                int calls = alfresco.server().getAllServeEvents().size();
                long t1 = System.nanoTime();
                new StationCheck(new ReadinessEngine()).run(store, framework, Period.year(2025), LocalDate.of(2026, 3, 1));
                long check = System.nanoTime() - t1;
                double engine = (check - scan) / 1e6 / n * 1000;
                System.out.printf("| %,d | %d | %d | %,d | %,d | %.1f |%n", n, calls, (n + 999) / 1000 + 1,
                        scan / 1_000_000, check / 1_000_000, Math.max(0, engine));
            }
        }
    }

    private static void drain(AlfrescoStore store) {
        try (Stream<ScanItem> items = store.scan()) {
            items.forEach(i -> { });
        }
    }

    /** A station's year: monthly reports, training records per staff member, some loose scans. */
    static List<StoreDocument> documents(int n) {
        List<StoreDocument> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int month = i % 12 + 1;
            out.add(switch (i % 4) {
                case 0 -> new StoreDocument("文书档案/2025/定期10年/月报" + i + ".docx", "swa:documentRecord",
                        Map.of("swa:docType", "monthly-summary", "swa:period", String.format("2025-%02d", month), "swa:retention", "D10"));
                case 1 -> new StoreDocument("人事档案/2025/培训" + i + ".docx", "swa:personnelRecord",
                        Map.of("swa:docType", "training-record", "swa:staffId", "S" + (i % 9), "swa:hours", "8", "swa:period", "2025"));
                case 2 -> new StoreDocument("服务档案/2025/活动" + i + ".docx", "swa:serviceRecord",
                        Map.of("swa:docType", "community-activity", "swa:period", String.format("2025-%02d", month)));
                default -> StoreDocument.unclassified("收件箱/扫描" + i + ".pdf");
            });
        }
        return out;
    }
}
