package org.swarchive.app;

import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/** Runs the command line once the context is up and hands picocli's exit code to Spring Boot. */
@Component
class SwaRunner implements CommandLineRunner, ExitCodeGenerator {

    private final SwaCli cli;
    private int exitCode;

    SwaRunner(SwaCli cli) {
        this.cli = cli;
    }

    @Override
    public void run(String... args) {
        exitCode = cli.execute(args);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
