package org.swarchive.store.alfresco;

import com.fasterxml.jackson.annotation.JsonInclude;
import feign.Client;
import feign.FeignException;
import feign.Request;
import feign.RequestInterceptor;
import feign.Response;
import feign.RetryableException;
import feign.Retryer;
import feign.form.FormData;
import feign.http2client.Http2Client;
import feign.slf4j.Slf4jLogger;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.alfresco.core.handler.GroupsApi;
import org.alfresco.core.handler.NodesApi;
import org.alfresco.core.handler.SitesApi;
import org.alfresco.core.model.Node;
import org.alfresco.core.model.NodeEntry;
import org.alfresco.rest.sdk.config.AlfrescoRestApiAutoConfiguration;
import org.alfresco.search.handler.SearchApi;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.ClientHttpMessageConvertersCustomizer;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.cloud.openfeign.FeignAutoConfiguration;
import org.springframework.cloud.openfeign.FeignLoggerFactory;
import org.springframework.cloud.openfeign.support.FeignHttpMessageConverters;
import org.springframework.cloud.openfeign.support.HttpMessageConverterCustomizer;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.Resource;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.swarchive.archive.LocalizedText;
import org.swarchive.i18n.Message;
import org.swarchive.retry.Pause;
import org.swarchive.retry.Retries;
import org.swarchive.store.StoreException;
import org.swarchive.store.StoreUnavailableException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The repository's v1 REST API through Alfresco's Java SDK (its generated Feign clients), with
 * the store's error rules in one place: 401, 403 naming node and permission, 404 and 409 left
 * to the caller, 5xx and timeouts tried again with backoff (Spring's {@link RetryTemplate}).
 *
 * <p>One HTTP stack: the few calls the SDK lacks ({@link RepositoryRequests}: a create with its
 * content, a content stream, the private API) are Feign clients of the same context, so every
 * request has the same connection (the JDK's {@link HttpClient}, which logs no header's value at
 * any logger level), credentials, timeouts and JSON (Jackson 3, the SDK's models read through their
 * Jackson annotations).
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

        /** A delete that bypasses the trash can: only the node's owner or an administrator may. */
        public static Action deletePermanently(String node) {
            return new Action(node, PERMANENT_DELETE);
        }
    }

    static final String PERMANENT_DELETE = "Delete (permanent)";

    /** Three tries, 0.5 s then 1 s apart: long enough for a repository restart's first seconds, short enough for a CLI. */
    public static final Retries STANDARD_RETRIES = new Retries(3, Duration.ofMillis(500), 2);

    /** How long to wait for a connection and for an answer. */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(60);

    private final AnnotationConfigApplicationContext sdk;
    private final String baseUrl;
    private final AlfrescoCredentials credentials;
    private final RetryTemplate retry;
    private final NodesApi nodes;
    private final SearchApi search;
    private final SitesApi sites;
    private final GroupsApi groups;
    private final org.alfresco.authentication.handler.AuthenticationApi authentication;
    private final RepositoryRequests requests;
    private final JsonMapper json;
    /** Who the request being made on this thread is made as: the clients of one context share it ({@link #as}). */
    private final ThreadLocal<AlfrescoCredentials> acting;
    /** Whether this client closes the context; a person's view of it ({@link #as}) does not. */
    private final boolean owner;

    private AlfrescoClient(AnnotationConfigApplicationContext sdk, String baseUrl, AlfrescoCredentials credentials,
                           RetryTemplate retry) {
        this(sdk, baseUrl, credentials, retry, new ThreadLocal<>(), true);
    }

    private AlfrescoClient(AnnotationConfigApplicationContext sdk, String baseUrl, AlfrescoCredentials credentials,
                           RetryTemplate retry, ThreadLocal<AlfrescoCredentials> acting, boolean owner) {
        this.acting = acting;
        this.owner = owner;
        this.sdk = sdk;
        this.baseUrl = baseUrl;
        this.credentials = credentials;
        this.retry = retry;
        this.nodes = sdk.getBean(NodesApi.class);
        this.search = sdk.getBean(SearchApi.class);
        this.sites = sdk.getBean(SitesApi.class);
        this.groups = sdk.getBean(GroupsApi.class);
        this.authentication = sdk.getBean(org.alfresco.authentication.handler.AuthenticationApi.class);
        this.requests = sdk.getBean(RepositoryRequests.class);
        this.json = sdk.getBean(JacksonJsonHttpMessageConverter.class).getMapper();
    }

    /**
     * A client for the repository at {@code baseUrl}. {@code retries} says how often and after which
     * pauses a request is tried again ({@link #STANDARD_RETRIES}); which failures are worth it is the
     * client's rule: HTTP 5xx and no answer (no connection, a timeout), never a 4xx.
     */
    public static AlfrescoClient connect(String baseUrl, AlfrescoCredentials credentials, Retries retries) {
        return connect(baseUrl, credentials, retries, Pause.real());
    }

    /** The same, waiting each pause through {@code pause} (a test records them instead). */
    public static AlfrescoClient connect(String baseUrl, AlfrescoCredentials credentials, Retries retries, Pause pause) {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("swa-alfresco", Map.of(
                "content.service.url", baseUrl,
                "search.service.url", baseUrl)));
        context.setEnvironment(environment);
        ThreadLocal<AlfrescoCredentials> acting = new ThreadLocal<>();
        context.registerBean("swaAuthorization", RequestInterceptor.class, () -> template -> template.header("Authorization",
                (acting.get() != null ? acting.get() : credentials).authorization()));
        context.register(SdkConfiguration.class);
        context.refresh();
        return new AlfrescoClient(context, baseUrl, credentials, retries.template(Passing.class::isInstance, pause), acting, true);
    }

    /**
     * The same repository, every request made as {@code person} (a signed-in person's ticket), so
     * the repository's permissions decide what they read. It shares this client's connection and
     * SDK context (a context per person would cost a second each); closing it closes nothing.
     */
    public AlfrescoClient as(AlfrescoCredentials person) {
        return new AlfrescoClient(sdk, baseUrl, person, retry, acting, false);
    }

    /** The SDK's own auto-configuration, the client for what it lacks, and the few beans they expect the application to give. */
    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({FeignAutoConfiguration.class, AlfrescoRestApiAutoConfiguration.class})
    @EnableFeignClients(clients = RepositoryRequests.class)
    static class SdkConfiguration {

        /**
         * Jackson 3 reads and writes the SDK's models (they carry only Jackson's annotations, which
         * both major versions read). Nulls are left out, so an update names only what it changes:
         * the specs allow no {@code null} for an unset field.
         */
        @Bean
        JacksonJsonHttpMessageConverter alfrescoJson() {
            return new JacksonJsonHttpMessageConverter(JsonMapper.builder()
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
                    .build());
        }

        /** Ours is the JSON converter, in the place Spring gives the JSON converter (after bytes, strings and resources). */
        @Bean
        ClientHttpMessageConvertersCustomizer alfrescoJsonConverter(JacksonJsonHttpMessageConverter alfrescoJson) {
            return converters -> converters.withJsonConverter(alfrescoJson);
        }

        /**
         * OpenFeign's own converters are filled on first use without a lock: two threads making
         * their first requests at once (the dashboard's do) could see the list still empty. These
         * are the same converters, filled before any request; the clients' contexts take them.
         */
        @Bean
        FeignHttpMessageConverters feignHttpMessageConverters(ObjectProvider<ClientHttpMessageConvertersCustomizer> customizers,
                                                              ObjectProvider<HttpMessageConverterCustomizer> cloudCustomizers) {
            FeignHttpMessageConverters converters = new FeignHttpMessageConverters(customizers, cloudCustomizers);
            converters.getConverters();
            return converters;
        }

        /**
         * The JDK's HTTP client: at no logger level does it write a header's value (its debug log
         * tells the connection's state; headers are shown only when the JVM is started with
         * {@code -Djdk.httpclient.HttpClient.log=headers}), so the credentials cannot end up in a log.
         * HTTP/1.1 as the repository speaks it; redirects are not followed, so the credentials go
         * nowhere but the repository.
         */
        @Bean
        Client feignClient() {
            return new Http2Client(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(CONNECT_TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build());
        }

        @Bean
        Request.Options feignOptions() {
            return new Request.Options(CONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS, READ_TIMEOUT.toMillis(),
                    TimeUnit.MILLISECONDS, false);
        }

        /** Feign's request log, whatever level it is set to, never shows the Authorization header. */
        @Bean
        FeignLoggerFactory feignLoggerFactory() {
            return type -> new Slf4jLogger(type) {
                @Override
                protected boolean shouldLogRequestHeader(String header) {
                    return !"Authorization".equalsIgnoreCase(header);
                }
            };
        }

        /** Retries are the client's own (Spring's, bounded, with backoff), not Feign's. */
        @Bean
        Retryer feignRetryer() {
            return Retryer.NEVER_RETRY;
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

    /** The authentication API: tickets (sign-in as a person, {@link AlfrescoSignIn}). */
    public org.alfresco.authentication.handler.AuthenticationApi authentication() {
        return authentication;
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

    /**
     * A write: the body of a successful request. A 404 means a node the caller read a moment ago
     * (or its parent) is gone — the repository changed under us, and only a fresh scan can say
     * what to do; a 409 on a write that is not a create is refused like any other 4xx.
     */
    public <T> T write(Action action, Supplier<ResponseEntity<T>> request) {
        return written(action, attempt(action, request));
    }

    private <T> T written(Action action, Answer<T> a) {
        if (a.status() == 404) {
            throw changed(action);
        }
        if (a.status() == 409) {
            throw refused(action, 409);
        }
        return a.body();
    }

    /**
     * Creates a child named {@code name}; when the name is taken (409) tries {@code name-2},
     * {@code name-3}, ... — the same names in the same order on every run, so a re-run finds
     * what an earlier run made instead of adding yet another copy.
     */
    public <T> T createNamed(Action action, String name, Function<String, Supplier<ResponseEntity<T>>> request) {
        for (int n = 1; n <= MAX_NAME_SUFFIX; n++) {
            Answer<T> a = attempt(action, request.apply(NameClash.candidate(name, n)));
            if (a.status() == 404) {
                throw changed(action);
            }
            if (a.status() != 409) {
                return a.body();
            }
        }
        throw new StoreException(reason(Message.of("alfresco.names-exhausted", action.node(), MAX_NAME_SUFFIX, name)), null);
    }

    /** Enough for any honest clash; beyond it something is creating copies in a loop. */
    static final int MAX_NAME_SUFFIX = 20;

    /** The public core API's path, which {@link #raw} and the content calls are relative to. */
    public static final String CORE = "/alfresco/api/-default-/public/alfresco/versions/1";

    /**
     * A call outside the SDK (the private v1 API, e.g. folder rules): JSON in and out, with the
     * same credentials, retries and error rules. A 404 is an empty answer, as with {@link #find};
     * so is a 409.
     */
    public Optional<String> raw(Action action, String method, String path, String json) {
        URI url = URI.create(baseUrl + path);
        byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
        Answer<byte[]> a = attempt(action, () -> switch (method) {
            case "GET" -> requests.get(url);
            case "DELETE" -> requests.delete(url);
            case "POST" -> requests.post(url, body);
            case "PUT" -> requests.put(url, body);
            default -> throw new IllegalArgumentException("not a method of the repository's API: " + method);
        });
        if (a.status() == 404 || a.status() == 409) {
            return Optional.empty();
        }
        return Optional.of(text(a.body()));
    }

    /** A node from the JSON a raw call answered ({@code {"entry": {...}}}), read as the SDK reads it. */
    public Node node(String answer) {
        try {
            return json.readValue(answer, NodeEntry.class).getEntry();
        } catch (JacksonException e) {
            throw new StoreException(reason(Message.of("alfresco.answer-unreadable", e.getOriginalMessage())), null);
        }
    }

    /** A node's content, whole (for notes and small documents); empty when the node is gone. */
    public Optional<byte[]> download(Action action, String nodeId) {
        Answer<Resource> a = attempt(action, () -> nodes.getNodeContent(nodeId, false, null, null));
        if (a.status() == 404) {
            return Optional.empty();
        }
        try {
            return Optional.of(a.body() == null ? new byte[0] : a.body().getContentAsByteArray());
        } catch (IOException e) {
            throw unavailable(action, -1, 1);
        }
    }

    /**
     * A node's content as a stream, for documents a person opens: nothing is held in memory. The
     * caller closes it. A node gone is the repository changed under us.
     */
    public InputStream stream(Action action, String nodeId) {
        return written(action, attempt(action, () -> unread(requests.content(nodeId, false))));
    }

    /** A response whose body is still to be read; a failure status as the SDK's clients report it. */
    private static ResponseEntity<InputStream> unread(Response response) {
        if (response.status() >= 300) {
            try (response) {
                throw FeignException.errorStatus("content", response);
            }
        }
        try {
            return ResponseEntity.status(response.status()).body(response.body() == null
                    ? InputStream.nullInputStream() : response.body().asInputStream());
        } catch (IOException e) {
            response.close();
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Replaces a node's content (one request, so a reader sees the old content or the new); answers
     * the node as JSON. The specs take the body as octets; the repository keeps the node's mimetype
     * or guesses it from the name.
     */
    public String replaceContent(Action action, String nodeId, byte[] content) {
        NodeEntry updated = write(action, () -> nodes.updateNodeContent(nodeId, content, null, null, null, null, null));
        return json.writeValueAsString(updated);
    }

    /**
     * Creates a document with its content in one request (multipart upload), unversioned, so
     * nobody ever sees it empty. {@code relativePath} (may be null) names folders below the
     * parent, created as needed. Other {@code fields} become properties; a list goes as the field
     * repeated, which the repository reads as the values of a multi-valued property. A taken name
     * (409) is an empty answer; otherwise the created node as JSON.
     */
    public Optional<String> upload(Action action, String parentId, String relativePath, String name, String mimeType,
                                   byte[] content, Map<String, ?> fields) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("name", name);
        Object type = fields.get("nodeType");
        form.put("nodeType", type == null ? "cm:content" : type);
        form.put("autoRename", "false");
        if (relativePath != null && !relativePath.isEmpty()) {
            form.put("relativePath", relativePath);
        }
        fields.forEach((k, v) -> form.putIfAbsent(k, v));
        form.put("filedata", FormData.builder().contentType(mimeType).fileName(name.replace("\"", "_")).data(content).build());
        Answer<byte[]> a = attempt(action, () -> requests.createWithContent(parentId, false, form));
        if (a.status() == 404) {
            throw changed(action);
        }
        return a.status() == 409 ? Optional.empty() : Optional.of(text(a.body()));
    }

    /** Deletes a node; {@code permanent}: not to the trash can. A node already gone is no error. */
    public boolean delete(Action action, String nodeId, boolean permanent) {
        Answer<Void> a = attempt(action, () -> nodes.deleteNode(nodeId, permanent ? Boolean.TRUE : null));
        if (a.status() == 409) {
            throw refused(action, 409);
        }
        return a.status() != 404;
    }

    private static String text(byte[] body) {
        return body == null ? "" : new String(body, StandardCharsets.UTF_8);
    }

    private record Answer<T>(int status, T body) {
    }

    /**
     * A failure that may pass: HTTP 5xx, or no answer at all ({@code status} -1: no connection, a
     * timeout). Carries nothing of the request (its headers hold the credentials).
     */
    private static final class Passing extends RuntimeException {
        private final int status;

        Passing(int status) {
            super(status < 0 ? "no answer" : "HTTP " + status, null, false, false);
            this.status = status;
        }
    }

    /** The request, tried again by Spring's retry while it fails for a passing reason. */
    private <T> Answer<T> attempt(Action action, Supplier<ResponseEntity<T>> request) {
        try {
            return retry.execute(() -> once(action, request));
        } catch (RetryException e) {
            Throwable last = e.getLastException();
            if (last instanceof Passing passing) {
                throw unavailable(action, passing.status, e.getExceptions().size());
            }
            if (last instanceof RuntimeException failure) {
                throw failure;
            }
            if (last instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(last);
        }
    }

    /** One try: an answer (404 and 409 are answers too), a refusal, or a failure that may pass. */
    private <T> Answer<T> once(Action action, Supplier<ResponseEntity<T>> request) {
        // The SDK's clients apply the interceptor on this thread, before the request leaves.
        AlfrescoCredentials before = acting.get();
        acting.set(credentials);
        try {
            ResponseEntity<T> response = request.get();
            return new Answer<>(response.getStatusCode().value(), response.getBody());
        } catch (RetryableException | UncheckedIOException noAnswer) {
            throw new Passing(-1);
        } catch (FeignException e) {
            int status = e.status();
            if (status == 404 || status == 409) {
                return new Answer<>(status, null);
            }
            if (status < 500) {
                throw refused(action, status);
            }
            throw new Passing(status);
        } finally {
            if (before == null) {
                acting.remove();
            } else {
                acting.set(before);
            }
        }
    }

    /** A failure the request itself caused: never carries the request (its headers hold the credentials). */
    private StoreException refused(Action action, int status) {
        if (status == 403 && PERMANENT_DELETE.equals(action.permission())) {
            return new Refused(status, reason(Message.of("alfresco.refused.delete-permanently", action.node(), credentials.who())));
        }
        return new Refused(status, reason(switch (status) {
            case 401 -> Message.of("alfresco.refused.credentials", credentials.who(), baseUrl,
                    AlfrescoCredentials.USER, AlfrescoCredentials.PASSWORD, AlfrescoCredentials.TOKEN);
            case 403 -> Message.of("alfresco.refused.permission", action.node(), credentials.who(), action.permission());
            default -> Message.of("alfresco.refused.status", action.node(), status);
        }));
    }

    /** The node is gone since we looked: nothing was changed, and a fresh scan will see the new state. */
    static StoreException changed(Action action) {
        return new StoreException(reason(Message.of("alfresco.changed", action.node())), null);
    }

    private StoreException unavailable(Action action, int status, int attempts) {
        Object what = status < 0 ? Message.of("alfresco.unavailable.no-connection") : "HTTP " + status;
        return new StoreUnavailableException(reason(Message.of("alfresco.unavailable", baseUrl, action.node(), what, attempts)));
    }

    /** A text of the store's bundle as the store's exceptions carry it. */
    static LocalizedText reason(Message message) {
        return LocalizedText.from(message);
    }

    /** The repository refused a request (401, 403, another 4xx): the HTTP status tells a caller what the account lacks. */
    public static final class Refused extends StoreException {
        private final int status;

        Refused(int status, LocalizedText reason) {
            super(reason, null);
            this.status = status;
        }

        public int status() {
            return status;
        }

        @Override
        public boolean permissionDenied() {
            return status == 403;
        }
    }

    @Override
    public void close() {
        if (owner) {
            sdk.close();
        }
    }
}
