package org.swarchive.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** The {@code swa} command and platform service: Spring wires it, picocli reads the command line. */
@SpringBootApplication
public class SwaApplication {

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(SwaApplication.class);
        // Options such as --store belong to picocli, not to Spring's environment.
        app.setAddCommandLineProperties(false);
        ConfigurableApplicationContext context = app.run(args);
        if (!context.isActive()) {
            return; // stopped by a signal (Ctrl-C on swa serve): the JVM is already shutting down
        }
        System.exit(SpringApplication.exit(context));
    }
}
