package org.swarchive.app;

import picocli.CommandLine.Option;

/** What a readiness check is measured against: the framework and the evaluation period ({@code check}, {@code watch}). */
final class EvaluationOptions {

    @Option(names = "--framework", paramLabel = "ID|FILE", defaultValue = "station-star",
            description = "A shipped framework (station-star, project-performance) or a framework file. Default: ${DEFAULT-VALUE}.")
    String framework;

    @Option(names = "--period", paramLabel = "YYYY",
            description = "The evaluation period, e.g. 2025 (also YYYY-Qn, YYYY-MM). Default: last year.")
    String period;
}
