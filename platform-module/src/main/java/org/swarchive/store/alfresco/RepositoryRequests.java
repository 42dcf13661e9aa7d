package org.swarchive.store.alfresco;

import feign.Contract;
import feign.Headers;
import feign.Param;
import feign.RequestLine;
import feign.Response;
import java.net.URI;
import java.util.Map;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;

/**
 * The few requests the SDK's generated clients cannot make, as a Feign client of the same context,
 * so it has the same connection, credentials, timeouts, encoders and error decoding as
 * {@code NodesApi} and the rest ({@link AlfrescoClient}). Declared in Feign's own annotations,
 * not Spring MVC's: the web stack stays out of everything but the dashboard.
 *
 * <ul>
 *   <li>a document created with its content in one request (multipart; the SDK's create takes
 *       JSON only): Feign's form encoder writes the parts;</li>
 *   <li>a node's content as a stream (the SDK's download decodes the whole body into memory);</li>
 *   <li>JSON to and from any path of the repository, for APIs the SDK has no client for (the
 *       private v1 API's folder rules) or where the SDK's models cannot say what is sent
 *       (properties set to null) or read what real repositories answer (an audit application
 *       wrapped in {@code entry}). The full URL is an argument: Feign sends it as given.</li>
 * </ul>
 */
@FeignClient(name = "swaRepository", url = "${content.service.url}", path = AlfrescoClient.CORE,
        configuration = RepositoryRequests.FeignAnnotations.class)
interface RepositoryRequests {

    /** Creates a child with its content: {@code form} holds the fields as strings and the file as {@code feign.form.FormData}. */
    @RequestLine("POST /nodes/{nodeId}/children?versioningEnabled={versioningEnabled}")
    @Headers({"Content-Type: multipart/form-data", "Accept: application/json"})
    ResponseEntity<byte[]> createWithContent(@Param("nodeId") String parentId,
                                             @Param("versioningEnabled") boolean versioningEnabled,
                                             Map<String, ?> form);

    /** The content, not read: the caller reads and closes the body (and checks the status: Feign leaves it to us here). */
    @RequestLine("GET /nodes/{nodeId}/content?attachment={attachment}")
    @Headers("Accept: application/octet-stream")
    Response content(@Param("nodeId") String nodeId, @Param("attachment") boolean attachment);

    @RequestLine("GET")
    @Headers("Accept: application/json")
    ResponseEntity<byte[]> get(URI url);

    @RequestLine("DELETE")
    @Headers("Accept: application/json")
    ResponseEntity<byte[]> delete(URI url);

    @RequestLine("POST")
    @Headers({"Content-Type: application/json", "Accept: application/json"})
    ResponseEntity<byte[]> post(URI url, byte[] json);

    @RequestLine("PUT")
    @Headers({"Content-Type: application/json", "Accept: application/json"})
    ResponseEntity<byte[]> put(URI url, byte[] json);

    /** This client's only difference from the SDK's: it reads Feign's annotations. */
    class FeignAnnotations {

        @Bean
        Contract feignContract() {
            return new Contract.Default();
        }
    }
}
