package org.swarchive.store.alfresco;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.swarchive.classify.InboxFiling;

/**
 * {@code swa file} into Alfresco, measured against the fake repository over HTTP (WireMock): the
 * requests a filed document costs, by kind, and documents filed per second, Tika included. Not a
 * test; it asserts nothing. Arguments: documents per run (default 200), runs (default 3).
 */
public final class AlfrescoFilingBenchmark {

    private AlfrescoFilingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        System.out.println("| run | documents | filed | requests | requests per document | seconds | documents/s |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|");
        Map<String, Long> kinds = new TreeMap<>();
        long rerun = 0;
        for (int run = 0; run <= runs; run++) {
            Path scratch = Files.createTempDirectory("swa-filing-bench");
            try (AlfrescoFiling f = new AlfrescoFiling(scratch)) {
                for (int i = 0; i < n; i++) {
                    // Monthly reports over ten years: ten series, each numbered from 1.
                    f.drop("报告" + i + ".docx", f.monthly(2016 + i % 10, 1 + (i / 10) % 12, "bench-" + i));
                }
                f.alfresco.server().resetRequests();
                long t0 = System.nanoTime();
                InboxFiling.Summary s = f.fileAll();
                double seconds = (System.nanoTime() - t0) / 1e9;
                List<ServeEvent> events = f.alfresco.server().getAllServeEvents();
                if (run == 0) {
                    continue; // warm-up: JIT, Tika's parsers, the SDK's first requests
                }
                System.out.printf("| %d | %d | %d | %d | %.1f | %.1f | %.1f |%n", run, n, s.filed(), events.size(),
                        events.size() / (double) s.filed(), seconds, s.filed() / seconds);
                if (run == runs) {
                    events.forEach(e -> kinds.merge(kind(e), 1L, Long::sum));
                    f.alfresco.server().resetRequests();
                    f.fileAll();
                    rerun = f.alfresco.server().getAllServeEvents().size();
                }
            }
        }
        System.out.println();
        System.out.println("| request (last run) | per filed document |");
        System.out.println("|---|---:|");
        kinds.forEach((k, v) -> System.out.printf("| %s | %.2f |%n", k, v / (double) n));
        System.out.println();
        System.out.println("A second run over the filed station (nothing left to file): " + rerun + " requests.");
        System.exit(0);
    }

    /** A request by what it does: method and endpoint, multipart creates apart from JSON ones. */
    static String kind(ServeEvent e) {
        String method = e.getRequest().getMethod().getName();
        String path = e.getRequest().getUrl().split("\\?")[0];
        if (path.equals(AlfrescoStub.SEARCH)) {
            return "`POST search` (highest code in the series)";
        }
        String tail = path.replaceAll(".*/nodes/[^/]+", "");
        String what = switch (tail) {
            case "" -> "/nodes/{id}";
            case "/children" -> e.getRequest().isMultipart() ? "/nodes/{id}/children (multipart: a new note)" : "/nodes/{id}/children";
            default -> "/nodes/{id}" + tail;
        };
        return "`" + method + " " + what + "`";
    }
}
