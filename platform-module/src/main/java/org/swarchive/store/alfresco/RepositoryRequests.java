package org.swarchive.store.alfresco;

import feign.Response;
import java.net.URI;
import java.util.Map;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The few requests the SDK's generated clients cannot make, declared the way the SDK declares its
 * own: a Feign client in the same context, so it has the same connection, credentials, timeouts,
 * encoders and error decoding as {@code NodesApi} and the rest ({@link AlfrescoClient}).
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
@FeignClient(name = "swaRepository", url = "${content.service.url}", path = AlfrescoClient.CORE)
interface RepositoryRequests {

    /** Creates a child with its content: {@code form} holds the fields as strings and the file as {@code feign.form.FormData}. */
    @RequestMapping(method = RequestMethod.POST, value = "/nodes/{nodeId}/children",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> createWithContent(@PathVariable("nodeId") String parentId,
                                             @RequestParam("versioningEnabled") boolean versioningEnabled,
                                             Map<String, ?> form);

    /** The content, not read: the caller reads and closes the body (and checks the status: Feign leaves it to us here). */
    @RequestMapping(method = RequestMethod.GET, value = "/nodes/{nodeId}/content",
            produces = MediaType.APPLICATION_OCTET_STREAM_VALUE)
    Response content(@PathVariable("nodeId") String nodeId, @RequestParam("attachment") boolean attachment);

    @RequestMapping(method = RequestMethod.GET, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> get(URI url);

    @RequestMapping(method = RequestMethod.DELETE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> delete(URI url);

    @RequestMapping(method = RequestMethod.POST, consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> post(URI url, byte[] json);

    @RequestMapping(method = RequestMethod.PUT, consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> put(URI url, byte[] json);
}
