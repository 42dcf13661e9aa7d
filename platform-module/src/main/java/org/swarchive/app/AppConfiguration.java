package org.swarchive.app;

import java.time.Clock;
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

    @Bean
    SwaCli swaCli(CatalogueLoader catalogueLoader, ReadinessEngine engine, Clock clock,
                  @org.springframework.beans.factory.annotation.Value("${spring.activemq.broker-url:}") String brokerUrl) {
        return new SwaCli(catalogueLoader, engine, clock, System.getenv(),
                org.swarchive.store.alfresco.RetryPolicy.standard(), brokerUrl);
    }
}
