package org.swarchive.app;

import java.time.Clock;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;
import org.swarchive.store.alfresco.AlfrescoClient;
import org.swarchive.alert.SmtpChannel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.swarchive.evidence.ReadinessEngine;
import org.swarchive.library.CatalogueLoader;

/** The plain-Java parts the commands are built from. */
@Configuration(proxyBeanMethods = false)
class AppConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Bean
    CatalogueLoader catalogueLoader() {
        return new CatalogueLoader();
    }

    @Bean
    ReadinessEngine readinessEngine() {
        return new ReadinessEngine();
    }

    /**
     * Spring Boot configures the mail sender from {@code spring.mail.*} (environment or config
     * file) when a host is set; the CLI only asks for it when an alert is really sent.
     */
    @Bean
    SwaCli swaCli(CatalogueLoader catalogueLoader, ReadinessEngine engine, Clock clock,
                  @org.springframework.beans.factory.annotation.Value("${spring.activemq.broker-url:}") String brokerUrl,
                  ObjectProvider<JavaMailSender> mailSender, Environment env) {
        return new SwaCli(catalogueLoader, engine, clock, withAlertsFrom(System.getenv(), env), AlfrescoClient.STANDARD_RETRIES,
                brokerUrl, () -> Optional.ofNullable(mailSender.getIfAvailable())
                .map(sender -> new SmtpChannel(sender, env.getProperty("swa.alerts.from",
                        env.getProperty("spring.mail.username", "swa@localhost")))));
    }

    /** The environment, with the alerts' sender from the config file too (Spring reads both as swa.alerts.from). */
    static java.util.Map<String, String> withAlertsFrom(java.util.Map<String, String> environment, Environment env) {
        String from = env.getProperty("swa.alerts.from");
        if (from == null || from.isBlank()) {
            return environment;
        }
        java.util.Map<String, String> with = new java.util.HashMap<>(environment);
        with.put("SWA_ALERTS_FROM", from);
        return with;
    }
}
