package org.swarchive.store.alfresco;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import feign.Client;
import feign.FeignException;
import feign.Request;
import feign.RequestInterceptor;
import feign.RetryableException;
import feign.Retryer;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.alfresco.core.handler.GroupsApi;
import org.alfresco.core.handler.NodesApi;
import org.alfresco.core.handler.SitesApi;
import org.alfresco.rest.sdk.config.AlfrescoRestApiAutoConfiguration;
import org.alfresco.search.handler.SearchApi;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.cloud.openfeign.FeignAutoConfiguration;
import org.springframework.cloud.openfeign.support.HttpMessageConverterCustomizer;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.swarchive.archive.LocalizedText;
import org.swarchive.store.StoreException;

/**
 * The repository's v1 REST API through Alfresco's Java SDK (its generated Feign clients), with
 * the store's error rules in one place: 401, 403 naming node and permission, 404 and 409 left
 * to the caller, 5xx and timeouts tried again with backoff.
 *
 * <p>The SDK wires its clients in a Spring context and reads the repository URL from a property
 * when the context starts; a command learns the URL from {@code --store} only after the
 * application has started, so each client gets a small context of its own, with nothing of
 * the application's configuration in it.
 */
public final class AlfrescoClient implements AutoCloseable {

    /** What a request is about, for messages: the node (a name or path) and the permission it needs. */
    public record Action(String node, String permission) {
        public static Action read(String node) {
            return new Action(node, "Read");
        }

        public static Action write(String node) {
            return new Action(node, "Write");
        }

        public static Action createChildren(String node) {
            return new Action(node, "CreateChildren");
        }

        public static Action changePermissions(String node) {
            return new Action(node, "ChangePermissions");
        }
    }

    private final AnnotationConfigApplicationContext sdk;
    private final String baseUrl;
    private final AlfrescoCredentials credentials;
    private final RetryPolicy retry;
    private final NodesApi nodes;
    private final SearchApi search;
    private final SitesApi sites;
    private final GroupsApi groups;

    private AlfrescoClient(AnnotationConfigApplicationContext sdk, String baseUrl, AlfrescoCredentials credentials,
                           RetryPolicy retry) {
        this.sdk = sdk;
        this.baseUrl = baseUrl;
        this.credentials = credentials;
        this.retry = retry;
        this.nodes = sdk.getBean(NodesApi.class);
        this.search = sdk.getBean(SearchApi.class);
        this.sites = sdk.getBean(SitesApi.class);
        this.groups = sdk.getBean(GroupsApi.class);
    }

    public static AlfrescoClient connect(String baseUrl, AlfrescoCredentials credentials, RetryPolicy retry) {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("swa-alfresco", Map.of(
                "content.service.url", baseUrl,
                "search.service.url", baseUrl)));
        context.setEnvironment(environment);
        context.registerBean("swaAuthorization", RequestInterceptor.class,
                () -> template -> template.header("Authorization", credentials.authorization()));
        context.register(SdkConfiguration.class);
        context.refresh();
        return new AlfrescoClient(context, baseUrl, credentials, retry);
    }

    /** The SDK's own auto-configuration and the few beans it expects the application to give. */
    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({FeignAutoConfiguration.class, AlfrescoRestApiAutoConfiguration.class})
    static class SdkConfiguration {

        /** The SDK's models are Jackson 2 classes; nulls are left out, so an update only names what it changes. */
        @org.springframework.context.annotation.Bean
        HttpMessageConverter<Object> alfrescoJson() {
            ObjectMapper mapper = new ObjectMapper()
                    .registerModule(new JavaTimeModule())
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .setSerializationInclusion(JsonInclude.Include.NON_NULL);
            @SuppressWarnings("removal")
            MappingJackson2HttpMessageConverter converter = new MappingJackson2HttpMessageConverter(mapper);
            return converter;
        }

        /**
         * Feign would otherwise serialise with the first JSON converter it finds, which writes every
         * unset field of the SDK's request models as {@code null}: the specs do not allow that.
         */
        @org.springframework.context.annotation.Bean
        HttpMessageConverterCustomizer alfrescoJsonFirst(HttpMessageConverter<Object> alfrescoJson) {
            return converters -> {
                converters.removeIf(c -> c != alfrescoJson && c.getSupportedMediaTypes().stream()
                        .anyMatch(t -> t.isCompatibleWith(org.springframework.http.MediaType.APPLICATION_JSON)));
                converters.add(0, alfrescoJson);
            };
        }

        /** The JDK's HTTP connection: it keeps no wire log, so no header can end up in a log. */
        @org.springframework.context.annotation.Bean
        Client feignClient() {
            return new Client.Default(null, null);
        }

        /** Retries are the client's own (bounded, with backoff), not Feign's. */
        @org.springframework.context.annotation.Bean
        Retryer feignRetryer() {
            return Retryer.NEVER_RETRY;
        }

        @org.springframework.context.annotation.Bean
        Request.Options feignOptions() {
            return new Request.Options(5, TimeUnit.SECONDS, 60, TimeUnit.SECONDS, true);
        }
    }

    public NodesApi nodes() {
        return nodes;
    }

    public SearchApi search() {
        return search;
    }

    public SitesApi sites() {
        return sites;
    }

    public GroupsApi groups() {
        return groups;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** The body of a successful request; any failure becomes a {@link StoreException}. */
    public <T> T call(Action action, Supplier<ResponseEntity<T>> request) {
        return attempt(action, request).body();
    }

    /** Like {@link #call}, but a 404 (the node is not there, or no longer) is an empty answer. */
    public <T> Optional<T> find(Action action, Supplier<ResponseEntity<T>> request) {
        Answer<T> a = attempt(action, request);
        return a.status() == 404 ? Optional.empty() : Optional.ofNullable(a.body());
    }

    /** Like {@link #call}, but a 409 (a node of that name exists) is an empty answer. */
    public <T> Optional<T> create(Action action, Supplier<ResponseEntity<T>> request) {
        Answer<T> a = attempt(action, request);
        return a.status() == 409 ? Optional.empty() : Optional.ofNullable(a.body());
    }

    private record Answer<T>(int status, T body) {
    }

    private <T> Answer<T> attempt(Action action, Supplier<ResponseEntity<T>> request) {
        int status = 0;
        for (int attempt = 1; ; attempt++) {
            try {
                ResponseEntity<T> response = request.get();
                return new Answer<>(response.getStatusCode().value(), response.getBody());
            } catch (RetryableException e) {
                status = -1;
            } catch (FeignException e) {
                status = e.status();
                if (status == 404 || status == 409) {
                    return new Answer<>(status, null);
                }
                if (status < 500) {
                    throw refused(action, status);
                }
            }
            if (attempt >= retry.attempts()) {
                throw unavailable(action, status, attempt);
            }
            try {
                retry.sleeper().sleep(retry.pauseBefore(attempt + 1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw unavailable(action, status, attempt);
            }
        }
    }

    /** A failure the request itself caused: never carries the request (its headers hold the credentials). */
    private StoreException refused(Action action, int status) {
        return switch (status) {
            case 401 -> new StoreException(LocalizedText.of(
                    "Alfresco 拒绝了登录凭据（" + credentials.principal() + "，" + baseUrl + "）：请检查环境变量 "
                            + AlfrescoCredentials.USER + "/" + AlfrescoCredentials.PASSWORD + " 或 " + AlfrescoCredentials.TOKEN,
                    "Alfresco rejected the credentials (" + credentials.principal() + ", " + baseUrl + "): check "
                            + AlfrescoCredentials.USER + "/" + AlfrescoCredentials.PASSWORD + " or " + AlfrescoCredentials.TOKEN), null);
            case 403 -> new StoreException(LocalizedText.of(
                    "无权操作“" + action.node() + "”：用户 " + credentials.principal() + " 缺少“" + action.permission() + "”权限",
                    "not allowed on '" + action.node() + "': " + credentials.principal() + " lacks the '"
                            + action.permission() + "' permission"), null);
            default -> new StoreException(LocalizedText.of(
                    "Alfresco 拒绝了对“" + action.node() + "”的请求（HTTP " + status + "）",
                    "Alfresco refused the request on '" + action.node() + "' (HTTP " + status + ")"), null);
        };
    }

    private StoreException unavailable(Action action, int status, int attempts) {
        String what = status < 0 ? "连接失败或超时" : "HTTP " + status;
        String whatEn = status < 0 ? "no connection or a timeout" : "HTTP " + status;
        return new StoreException(LocalizedText.of(
                "Alfresco（" + baseUrl + "）暂时无法处理“" + action.node() + "”（" + what + "），已尝试 " + attempts + " 次",
                "Alfresco (" + baseUrl + ") could not handle '" + action.node() + "' (" + whatEn + ") after "
                        + attempts + " attempts"), null);
    }

    @Override
    public void close() {
        sdk.close();
    }
}
