package org.swarchive.dashboard;

import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.servlet.autoconfigure.HttpEncodingAutoConfiguration;
import org.springframework.boot.servlet.autoconfigure.MultipartAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.thymeleaf.autoconfigure.ThymeleafAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.context.MessageSource;
import org.swarchive.access.AccessPolicy;
import org.swarchive.library.PermissionPlanLoader;

/**
 * The dashboard's own Spring context. The CLI's context is not a web application (it must start
 * fast for {@code swa check}); {@code swa serve} starts this servlet context beside it, with its
 * own settings ({@code swa-dashboard.properties}) and the {@link Dashboard} it is given. It imports
 * only the auto-configuration a server-rendered web application needs, by name: whatever else the
 * jar carries (the Alfresco SDK's clients) stays out of it. Spring Security's filter chain is
 * its own ({@link DashboardSecurity}): no generated user, no default chain.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@ImportAutoConfiguration({
        PropertyPlaceholderAutoConfiguration.class, ConfigurationPropertiesAutoConfiguration.class,
        TomcatServletWebServerAutoConfiguration.class,
        DispatcherServletAutoConfiguration.class, WebMvcAutoConfiguration.class, ErrorMvcAutoConfiguration.class,
        HttpEncodingAutoConfiguration.class, MultipartAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class, JacksonAutoConfiguration.class,
        ThymeleafAutoConfiguration.class, SecurityFilterAutoConfiguration.class})
@ComponentScan(basePackageClasses = DashboardServer.class)
public class DashboardServer {

    @Bean
    LocaleResolver localeResolver() {
        return new PageLanguage.FromParameter();
    }

    /** The pages' words: the product's message bundles, in the page's language. */
    @Bean
    MessageSource messageSource() {
        return new BundleMessages();
    }

    /** The one access policy, with the shipped permission plan: every page, file and JSON answer asks it. */
    @Bean
    AccessPolicy accessPolicy() {
        return new AccessPolicy(new PermissionPlanLoader().shipped());
    }

    /** Before every other filter (Spring Security's too): a request that cannot be decoded is one 400 and one log line. */
    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<MalformedRequests> malformedRequests() {
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(new MalformedRequests());
        registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    DashboardViews dashboardViews(Dashboard dashboard) {
        return new DashboardViews(dashboard.board().catalogue());
    }

    /** Starts the server on the address and port (0: any free port); the caller closes the context to stop it. */
    public static Running start(Dashboard dashboard, String address, int port) {
        return start(dashboard, address, port, HostNames.of(address, java.util.Set.of()));
    }

    /** The same, answering only requests whose {@code Host} is one of these names. */
    public static Running start(Dashboard dashboard, String address, int port, HostNames hosts) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(DashboardServer.class)
                .web(WebApplicationType.SERVLET)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .addCommandLineProperties(false)
                .properties(Map.of("spring.config.name", "swa-dashboard",
                        "server.address", address,
                        "server.port", String.valueOf(port)))
                .initializers(ctx -> {
                    ((GenericApplicationContext) ctx).registerBean(Dashboard.class, () -> dashboard);
                    ((GenericApplicationContext) ctx).registerBean(HostNames.class, () -> hosts);
                })
                .run();
        int actual = ((WebServerApplicationContext) context).getWebServer().getPort();
        return new Running(context, address, actual);
    }

    /** A started server: where it listens; close it to stop. */
    public record Running(ConfigurableApplicationContext context, String address, int port) implements AutoCloseable {

        public String url() {
            String host = address.contains(":") ? "[" + address + "]" : address;
            return "http://" + (address.equals("0.0.0.0") ? "localhost" : host) + ":" + port + "/";
        }

        @Override
        public void close() {
            context.close();
        }
    }
}
