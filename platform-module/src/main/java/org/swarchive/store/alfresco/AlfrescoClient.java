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

        /** A delete that bypasses the trash can: only the node's owner or an administrator may. */
        public static Action deletePermanently(String node) {
            return new Action(node, PERMANENT_DELETE);
        }
    }

    static final String PERMANENT_DELETE = "Delete (permanent)";

    private final AnnotationConfigApplicationContext sdk;
    private final String baseUrl;
    private final AlfrescoCredentials credentials;
    private final RetryPolicy retry;
    private final NodesApi nodes;
    private final SearchApi search;
    private final SitesApi sites;
    private final GroupsApi groups;
    private final java.net.http.HttpClient http;

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
        this.http = java.net.http.HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
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

        /**
         * OpenFeign's own converters are filled on first use without a lock: two threads making
         * their first requests at once (the dashboard's do) could see the list still empty. These
         * are the same converters, filled before any request; the clients' contexts take them.
         */
        @org.springframework.context.annotation.Bean
        org.springframework.cloud.openfeign.support.FeignHttpMessageConverters feignHttpMessageConverters(
                org.springframework.beans.factory.ObjectProvider<org.springframework.boot.http.converter.autoconfigure.ClientHttpMessageConvertersCustomizer> customizers,
                org.springframework.beans.factory.ObjectProvider<HttpMessageConverterCustomizer> cloudCustomizers) {
            var converters = new org.springframework.cloud.openfeign.support.FeignHttpMessageConverters(customizers, cloudCustomizers);
            converters.getConverters();
            return converters;
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

    /**
     * A write: the body of a successful request. A 404 means a node the caller read a moment ago
     * (or its parent) is gone — the repository changed under us, and only a fresh scan can say
     * what to do; a 409 on a write that is not a create is refused like any other 4xx.
     */
    public <T> T write(Action action, Supplier<ResponseEntity<T>> request) {
        Answer<T> a = attempt(action, request);
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
    public <T> T createNamed(Action action, String name, java.util.function.Function<String, Supplier<ResponseEntity<T>>> request) {
        for (int n = 1; n <= MAX_NAME_SUFFIX; n++) {
            String candidate = NameClash.candidate(name, n);
            Answer<T> a = attempt(action, request.apply(candidate));
            if (a.status() == 404) {
                throw changed(action);
            }
            if (a.status() != 409) {
                return a.body();
            }
        }
        throw new StoreException(LocalizedText.of(
                "“" + action.node() + "”中已有 " + MAX_NAME_SUFFIX + " 个与“" + name + "”同名的节点，请先整理",
                "'" + action.node() + "' already holds " + MAX_NAME_SUFFIX + " nodes named like '" + name + "': tidy it first"), null);
    }

    /** Enough for any honest clash; beyond it something is creating copies in a loop. */
    static final int MAX_NAME_SUFFIX = 20;

    /** The public core API's path, which {@link #raw} and the content calls are relative to. */
    public static final String CORE = "/alfresco/api/-default-/public/alfresco/versions/1";

    private static final String OCTETS = "application/octet-stream";

    /**
     * A call outside the SDK (the private v1 API, e.g. folder rules): JSON in and out, with the
     * same credentials, retries and error rules. A 404 is an empty answer, as with {@link #find}.
     */
    public Optional<String> raw(Action action, String method, String path, String json) {
        Answer<String> a = attempt(action, () -> send(method, path, json == null ? null : "application/json",
                json == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                        : java.net.http.HttpRequest.BodyPublishers.ofString(json, java.nio.charset.StandardCharsets.UTF_8),
                java.net.http.HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8)));
        return a.status() == 404 ? Optional.empty() : Optional.ofNullable(a.body());
    }

    /** A node from the JSON a raw call answered ({@code {"entry": {...}}}), read as the SDK reads it. */
    public org.alfresco.core.model.Node node(String json) {
        try {
            @SuppressWarnings("removal")
            ObjectMapper mapper = sdk.getBean("alfrescoJson", MappingJackson2HttpMessageConverter.class).getObjectMapper();
            return mapper.readValue(json, org.alfresco.core.model.NodeEntry.class).getEntry();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new StoreException(LocalizedText.of("Alfresco 的回答无法解读：" + e.getOriginalMessage(),
                    "cannot read Alfresco's answer: " + e.getOriginalMessage()), null);
        }
    }

    /** A node's content, whole (for notes and small documents); empty when the node is gone. */
    public Optional<byte[]> download(Action action, String nodeId) {
        Answer<byte[]> a = attempt(action, () -> send("GET", CORE + "/nodes/" + nodeId + "/content?attachment=false", OCTETS, null,
                java.net.http.HttpRequest.BodyPublishers.noBody(), java.net.http.HttpResponse.BodyHandlers.ofByteArray()));
        return a.status() == 404 ? Optional.empty() : Optional.ofNullable(a.body());
    }

    /**
     * A node's content as a stream, for documents a person opens: nothing is held in memory. The
     * caller closes it. A node gone is the repository changed under us.
     */
    public java.io.InputStream stream(Action action, String nodeId) {
        Answer<java.io.InputStream> a = attempt(action, () -> send("GET", CORE + "/nodes/" + nodeId + "/content?attachment=false",
                OCTETS, null, java.net.http.HttpRequest.BodyPublishers.noBody(), java.net.http.HttpResponse.BodyHandlers.ofInputStream()));
        if (a.status() == 404) {
            throw changed(action);
        }
        return a.body();
    }

    /**
     * Replaces a node's content (one request, so a reader sees the old content or the new); answers
     * the node as JSON. The specs take the body as octets; the repository keeps the node's mimetype
     * or guesses it from the name.
     */
    public String replaceContent(Action action, String nodeId, byte[] content) {
        Answer<String> a = attempt(action, () -> send("PUT", CORE + "/nodes/" + nodeId + "/content", OCTETS,
                java.net.http.HttpRequest.BodyPublishers.ofByteArray(content),
                java.net.http.HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8)));
        if (a.status() == 404) {
            throw changed(action);
        }
        if (a.status() == 409) {
            throw refused(action, 409);
        }
        return a.body();
    }

    /**
     * Creates a document with its content in one request (multipart upload), unversioned, so
     * nobody ever sees it empty. {@code relativePath} (may be null) names folders below the
     * parent, created as needed. Other {@code fields} become properties. A taken name (409) is
     * an empty answer; otherwise the created node as JSON.
     */
    public Optional<String> upload(Action action, String parentId, String relativePath, String name, String mimeType,
                                   byte[] content, Map<String, String> fields) {
        Multipart form = new Multipart();
        form.field("name", name);
        form.field("nodeType", fields.getOrDefault("nodeType", "cm:content"));
        form.field("autoRename", "false");
        if (relativePath != null && !relativePath.isEmpty()) {
            form.field("relativePath", relativePath);
        }
        fields.forEach((k, v) -> {
            if (!k.equals("nodeType")) {
                form.field(k, v);
            }
        });
        form.file("filedata", name, mimeType, content);
        byte[] body = form.finish();
        Answer<String> a = attempt(action, () -> send("POST", CORE + "/nodes/" + parentId + "/children?versioningEnabled=false",
                form.contentType(), java.net.http.HttpRequest.BodyPublishers.ofByteArray(body),
                java.net.http.HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8)));
        if (a.status() == 404) {
            throw changed(action);
        }
        return a.status() == 409 ? Optional.empty() : Optional.ofNullable(a.body());
    }

    /** Deletes a node; {@code permanent}: not to the trash can. A node already gone is no error. */
    public boolean delete(Action action, String nodeId, boolean permanent) {
        Answer<String> a = attempt(action, () -> send("DELETE", CORE + "/nodes/" + nodeId + (permanent ? "?permanent=true" : ""), null,
                java.net.http.HttpRequest.BodyPublishers.noBody(),
                java.net.http.HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8)));
        if (a.status() == 409) {
            throw refused(action, 409);
        }
        return a.status() != 404;
    }

    /** A multipart/form-data body, UTF-8 field values and file names. */
    private static final class Multipart {
        private final String boundary = "swa-" + java.util.UUID.randomUUID();
        private final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

        void field(String name, String value) {
            text("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n"
                    + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + value + "\r\n");
        }

        void file(String name, String fileName, String mimeType, byte[] content) {
            text("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                    + fileName.replace("\"", "_") + "\"\r\nContent-Type: " + mimeType + "\r\n\r\n");
            out.writeBytes(content);
            text("\r\n");
        }

        byte[] finish() {
            text("--" + boundary + "--\r\n");
            return out.toByteArray();
        }

        String contentType() {
            return "multipart/form-data; boundary=" + boundary;
        }

        private void text(String s) {
            out.writeBytes(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    /** One request with the credentials; a failure status becomes a {@link RawFailure}, carrying nothing of the request. */
    private <T> ResponseEntity<T> send(String method, String path, String contentType,
                                       java.net.http.HttpRequest.BodyPublisher body,
                                       java.net.http.HttpResponse.BodyHandler<T> handler) {
        return send(method, path, "application/json", contentType, body, handler);
    }

    private <T> ResponseEntity<T> send(String method, String path, String accept, String contentType,
                                       java.net.http.HttpRequest.BodyPublisher body,
                                       java.net.http.HttpResponse.BodyHandler<T> handler) {
        java.net.http.HttpRequest.Builder b = java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", credentials.authorization())
                .header("Accept", accept);
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        java.net.http.HttpResponse<T> response;
        try {
            response = http.send(b.method(method, body).build(), handler);
        } catch (java.io.IOException e) {
            throw new RawFailure(-1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RawFailure(-1);
        }
        if (response.statusCode() >= 400) {
            if (response.body() instanceof java.io.InputStream in) {
                try {
                    in.close();
                } catch (java.io.IOException ignored) {
                    // the failure status is what matters
                }
            }
            throw new RawFailure(response.statusCode());
        }
        return ResponseEntity.status(response.statusCode()).body(response.body());
    }

    /** A raw call's failure status (-1: no connection), carrying nothing of the request. */
    private static final class RawFailure extends RuntimeException {
        private final int status;

        RawFailure(int status) {
            super(null, null, false, false);
            this.status = status;
        }
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
            } catch (RawFailure e) {
                status = e.status;
                if (status == 404 || status == 409) {
                    return new Answer<>(status, null);
                }
                if (status > 0 && status < 500) {
                    throw refused(action, status);
                }
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
        if (status == 403 && PERMANENT_DELETE.equals(action.permission())) {
            return new Refused(status, LocalizedText.of(
                    "Alfresco 拒绝永久删除“" + action.node() + "”（HTTP 403）：只有节点的所有者或管理员才能永久删除（不经回收站），"
                            + "用户 " + credentials.principal() + " 不是；请以管理员账户运行",
                    "Alfresco refused to delete '" + action.node() + "' permanently (HTTP 403): only the node's owner or an "
                            + "administrator may delete without the trash can, and " + credentials.principal()
                            + " is neither; run as an administrator"));
        }
        return new Refused(status, switch (status) {
            case 401 -> LocalizedText.of(
                    "Alfresco 拒绝了登录凭据（" + credentials.principal() + "，" + baseUrl + "）：请检查环境变量 "
                            + AlfrescoCredentials.USER + "/" + AlfrescoCredentials.PASSWORD + " 或 " + AlfrescoCredentials.TOKEN,
                    "Alfresco rejected the credentials (" + credentials.principal() + ", " + baseUrl + "): check "
                            + AlfrescoCredentials.USER + "/" + AlfrescoCredentials.PASSWORD + " or " + AlfrescoCredentials.TOKEN);
            case 403 -> LocalizedText.of(
                    "无权操作“" + action.node() + "”：用户 " + credentials.principal() + " 缺少“" + action.permission() + "”权限",
                    "not allowed on '" + action.node() + "': " + credentials.principal() + " lacks the '"
                            + action.permission() + "' permission");
            default -> LocalizedText.of(
                    "Alfresco 拒绝了对“" + action.node() + "”的请求（HTTP " + status + "）",
                    "Alfresco refused the request on '" + action.node() + "' (HTTP " + status + ")");
        });
    }

    /** The node is gone since we looked: nothing was changed, and a fresh scan will see the new state. */
    static StoreException changed(Action action) {
        return new StoreException(LocalizedText.of(
                "“" + action.node() + "”在 Alfresco 中已不存在（仓库已被他人更改）：未作任何改动，请重新扫描后再试",
                "'" + action.node() + "' is no longer in Alfresco (the repository changed): nothing was changed; re-scan and try again"),
                null);
    }

    private StoreException unavailable(Action action, int status, int attempts) {
        String what = status < 0 ? "连接失败或超时" : "HTTP " + status;
        String whatEn = status < 0 ? "no connection or a timeout" : "HTTP " + status;
        return new org.swarchive.store.StoreUnavailableException(LocalizedText.of(
                "Alfresco（" + baseUrl + "）暂时无法处理“" + action.node() + "”（" + what + "），已尝试 " + attempts + " 次",
                "Alfresco (" + baseUrl + ") could not handle '" + action.node() + "' (" + whatEn + ") after "
                        + attempts + " attempts"));
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
    }

    @Override
    public void close() {
        sdk.close();
    }
}
