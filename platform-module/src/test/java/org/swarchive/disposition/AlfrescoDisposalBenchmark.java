package org.swarchive.disposition;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.swarchive.i18n.Language;
import org.swarchive.archive.RecordReader;
import org.swarchive.archive.disposition.RetentionSchedule;
import org.swarchive.archive.disposition.SignOffRole;
import org.swarchive.store.alfresco.AlfrescoClient;
import org.swarchive.store.alfresco.AlfrescoRecords;
import org.swarchive.store.alfresco.AlfrescoStationState;
import org.swarchive.store.alfresco.AlfrescoStore;
import org.swarchive.store.alfresco.RepositoryStation;
import org.swarchive.store.ModelConstraints;

/**
 * Not a test: HTTP requests and wall time of propose, approve and execute on a station in
 * Alfresco (WireMock with the remembering fake repository), for batches of the given sizes.
 * Prints a Markdown table for docs/benchmarks.md.
 */
public final class AlfrescoDisposalBenchmark {

    private AlfrescoDisposalBenchmark() {
    }

    public static void main(String[] args) {
        System.out.println("| records due | propose requests | approve requests | execute requests | per record destroyed | execute ms | ms per record |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|");
        for (String arg : args.length == 0 ? new String[] {"10", "100", "500"} : args) {
            int n = Integer.parseInt(arg);
            try (RepositoryStation station = new RepositoryStation(); AlfrescoClient client = station.client()) {
                for (int i = 1; i <= n; i++) {
                    station.file(String.format("文书档案/2014/定期10年/2014-工作日志-%04d.txt", i), "swa:documentRecord",
                            Map.of("swa:docType", "work-log", "swa:period", "2014-" + String.format("%02d", i % 12 + 1),
                                    "swa:retention", "D10", "swa:archiveCode", String.format("JN01-WS·2014-D10-%04d", i)));
                }
                Supplier<DisposalService> disposal = () -> {
                    AlfrescoStore store = new AlfrescoStore(client, RepositoryStation.SITE, new RecordReader(TestStation.CATALOGUE),
                            ModelConstraints.shipped());
                    return new DisposalService(new RetentionService(new AlfrescoRecords(store),
                            new DispositionRepository(new AlfrescoStationState(client, RepositoryStation.SITE)),
                            RetentionSchedule.national(TestStation.CATALOGUE)), new RegisterWorkbook(), new RegisterHtml());
                };
                var server = station.stub().server();
                LocalDateTime at = LocalDateTime.of(2026, 3, 2, 9, 0);
                server.resetRequests();
                String id = disposal.get().propose("李档案", LocalDate.of(2026, 3, 1), at, List.of(), List.of(), null).proposal().id();
                int propose = server.getAllServeEvents().size();
                server.resetRequests();
                disposal.get().approve(id, SignOffRole.STATION_HEAD, "王站长", at.plusDays(1), null);
                int approve = server.getAllServeEvents().size();
                server.resetRequests();
                long t0 = System.nanoTime();
                var executed = disposal.get().execute(id, List.of("赵监销", "钱监销"), at.plusDays(2), Language.ZH);
                long ms = (System.nanoTime() - t0) / 1_000_000;
                int execute = server.getAllServeEvents().size();
                if (executed.register().quantity() != n) {
                    throw new IllegalStateException("destroyed " + executed.register().quantity() + " of " + n);
                }
                System.out.printf("| %,d | %,d | %,d | %,d | %.1f | %,d | %.1f |%n", n, propose, approve, execute, (double) execute / n, ms,
                        (double) ms / n);
            }
        }
    }
}
