package org.swarchive.store.alfresco;

import java.time.Instant;
import java.util.Map;

/**
 * Not a test: what access control costs against the fake repository, for stations of the given
 * sizes — HTTP requests and wall time of {@code swa inspect open} (check, selection, one grant per
 * evidence record), a sweep with nothing due, the sweep that takes the window back, and
 * {@code swa access apply} on a first and a second run. Each command is a CLI run of its own (its
 * SDK client started included). Prints a Markdown table for docs/benchmarks.md.
 */
public final class AccessBenchmark {

    private static final Instant DURING = Instant.parse("2026-03-03T04:00:00Z");
    private static final Instant AFTER = Instant.parse("2026-03-08T04:00:00Z");

    private AccessBenchmark() {
    }

    public static void main(String[] args) {
        System.out.println("| records | nodes granted | step | HTTP requests | wall ms |");
        System.out.println("|---:|---:|---|---:|---:|");
        for (String arg : args.length == 0 ? new String[] {"300", "1000", "3000"} : args) {
            int n = Integer.parseInt(arg);
            try (AccessFixture fx = new AccessFixture()) {
                for (int i = 0; i < n; i++) {
                    // Half of them evidence (monthly reports), one in twenty sensitive, the rest not evidence.
                    boolean evidence = i % 2 == 0;
                    String month = String.format("2025-%02d", i % 12 + 1);
                    fx.record(evidence ? "文书档案" : "物资档案", "2025/定期10年", "记录-" + i + ".docx",
                            evidence ? "swa:documentRecord" : "swa:assetRecord", Map.of(
                                    "swa:docType", evidence ? "monthly-summary" : "issue-record", "swa:period", month,
                                    "swa:confidentiality", i % 20 == 1 ? "sensitive" : "internal",
                                    "swa:archiveCode", "JN01-WS·2025-D10-" + String.format("%04d", i + 10)));
                }
                String store = fx.store(AccessFixture.JN01);
                String[] id = new String[1];
                int records = n + fx.records.size() - 1;
                Measured open = measure(fx, "inspect open (check + grants)", () -> {
                    AccessFixture.Run r = fx.swa(DURING, "inspect", "open", "--store", store, "--evaluators", AccessFixture.ASSESSORS,
                            "--until", "2026-03-06", "--period", "2025", "--as-of", "2026-03-01", "--lang", "en");
                    id[0] = AccessFixture.windowId(r);
                    return r;
                });
                int granted = fx.holding(AlfrescoPermissions.group(AccessFixture.ASSESSORS)).size();
                print(records, granted, open);
                print(records, granted, measure(fx, "sweep, nothing due (inspect list)", () -> fx.swa(DURING, "inspect", "list", "--store", store)));
                print(records, granted, measure(fx, "sweep taking the window back", () -> fx.swa(AFTER, "inspect", "list", "--store", store)));
                print(records, granted, measure(fx, "access apply, first run (moves)", () -> fx.swa(AFTER, "access", "apply", "--store", store)));
                print(records, granted, measure(fx, "access apply, second run", () -> fx.swa(AFTER, "access", "apply", "--store", store)));
            }
        }
    }

    private record Measured(String step, int requests, long ms) {
    }

    private static Measured measure(AccessFixture fx, String step, java.util.function.Supplier<AccessFixture.Run> run) {
        fx.alfresco.server().resetRequests();
        long t = System.nanoTime();
        AccessFixture.Run r = run.get();
        long ms = (System.nanoTime() - t) / 1_000_000;
        if (r.exitCode() != 0) {
            throw new IllegalStateException(step + ": " + r.err());
        }
        return new Measured(step, fx.alfresco.server().getAllServeEvents().size(), ms);
    }

    private static void print(int records, int granted, Measured m) {
        System.out.printf("| %,d | %,d | %s | %,d | %,d |%n", records, granted, m.step(), m.requests(), m.ms());
    }
}
