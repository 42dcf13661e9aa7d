package org.swarchive.store.alfresco;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.swarchive.archive.RecordReader;
import org.swarchive.library.CatalogueLoader;
import org.swarchive.store.ModelConstraints;

/**
 * Property values as the live repository takes them (issue 13): a multi-valued property's values
 * go as a JSON list or a repeated form field; a single string is one value, never split at commas,
 * and a value the model's constraint refuses is a 422 "Invalid property value" — the fake answers
 * as the live repository did (docs/benchmarks.md, issue 13), and the product sends lists.
 */
class AlfrescoPropertyValuesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String LOG = "文书档案/2025/定期10年/制度.docx";

    private final RepositoryStation station = new RepositoryStation();
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        station.close();
    }

    private HttpResponse<String> send(String method, String path, String contentType, byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(station.stub().baseUrl() + AlfrescoClient.CORE + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> put(String id, String json) throws Exception {
        return send("PUT", "/nodes/" + id, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    /** A multipart upload into the station folder, each pair a form field (a name given twice: the field repeated). */
    private HttpResponse<String> upload(String name, List<Map.Entry<String, String>> fields) throws Exception {
        String boundary = "b0undary";
        StringBuilder b = new StringBuilder();
        List<Map.Entry<String, String>> all = new java.util.ArrayList<>(List.of(Map.entry("name", name)));
        all.addAll(fields);
        for (Map.Entry<String, String> f : all) {
            b.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(f.getKey())
                    .append("\"\r\n\r\n").append(f.getValue()).append("\r\n");
        }
        b.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"filedata\"; filename=\"").append(name)
                .append("\"\r\nContent-Type: text/plain\r\n\r\nx\r\n--").append(boundary).append("--\r\n");
        return send("POST", "/nodes/" + station.stationId() + "/children", "multipart/form-data; boundary=" + boundary,
                b.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String summary(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body()).path("error").path("briefSummary").asText();
    }

    @Test
    void should_refuse_a_comma_separated_string_for_a_multi_valued_property_when_it_is_sent_as_one_value() throws Exception {
        String id = station.file(LOG, "swa:documentRecord", Map.of("swa:docType", "policy", "swa:retention", "D10"));

        HttpResponse<String> one = put(id, "{\"properties\":{\"swa:indicators\":\"C1.1,C1.2\"}}");

        assertThat(one.statusCode()).isEqualTo(422);
        assertThat(summary(one)).contains("Found 1 integrity violations:", "Invalid property value:",
                "Property: {http://www.swarchive.org/model/swa/1.0}indicators",
                "Value 'C1.1,C1.2' does not match regular expression: ^[A-Za-z0-9.]+$");
        assertThat(station.properties(LOG)).doesNotContainKey("swa:indicators");
        HttpResponse<String> list = put(id, "{\"properties\":{\"swa:indicators\":[\"C1.1\",\"C1.2\"]}}");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(list.body()).at("/entry/properties/swa:indicators").toString()).isEqualTo("[\"C1.1\",\"C1.2\"]");
        // One value without a comma is that property's one value, as the repository keeps it: a list of one.
        assertThat(JSON.readTree(put(id, "{\"properties\":{\"swa:indicators\":\"C2.1\"}}").body()).at("/entry/properties/swa:indicators")
                .toString()).isEqualTo("[\"C2.1\"]");
    }

    @Test
    void should_refuse_an_upload_when_a_value_breaks_the_models_constraint_and_keep_repeated_fields_as_the_values() throws Exception {
        HttpResponse<String> period = upload("a.txt", List.of(Map.entry("nodeType", "swa:documentRecord"),
                Map.entry("swa:docType", "policy"), Map.entry("swa:retention", "D10"), Map.entry("swa:period", "2025-13")));
        HttpResponse<String> joined = upload("b.txt", List.of(Map.entry("nodeType", "swa:documentRecord"),
                Map.entry("swa:docType", "policy"), Map.entry("swa:retention", "D10"), Map.entry("swa:indicators", "C1.1,C1.2")));
        HttpResponse<String> repeated = upload("c.txt", List.of(Map.entry("nodeType", "swa:documentRecord"),
                Map.entry("swa:docType", "policy"), Map.entry("swa:retention", "D10"), Map.entry("swa:indicators", "C1.1"),
                Map.entry("swa:indicators", "C1.2")));

        assertThat(period.statusCode()).isEqualTo(422);
        assertThat(summary(period)).contains("Invalid property value:", "Name: a.txt",
                "Type: {http://www.swarchive.org/model/swa/1.0}documentRecord", "Property: {http://www.swarchive.org/model/swa/1.0}period",
                "Value '2025-13' does not match regular expression: ^[0-9]{4}(-Q[1-4]|-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$");
        assertThat(joined.statusCode()).isEqualTo(422);
        assertThat(summary(joined)).contains("Type: {http://www.swarchive.org/model/swa/1.0}evidenceLinked",
                "Value 'C1.1,C1.2' does not match regular expression");
        assertThat(station.at("a.txt")).isEmpty();
        assertThat(station.at("b.txt")).isEmpty();
        assertThat(repeated.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(repeated.body()).at("/entry/properties/swa:indicators").toString()).isEqualTo("[\"C1.1\",\"C1.2\"]");
    }

    @Test
    void should_send_a_multi_valued_property_as_a_list_when_a_record_is_filed_with_it_in_text_form() {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("type", "swa:documentRecord");
        metadata.put("swa:docType", "policy");
        metadata.put("swa:retention", "D10");
        metadata.put("swa:indicators", "C1.1,C1.2");
        try (AlfrescoClient client = station.client()) {
            AlfrescoRecords records = new AlfrescoRecords(new AlfrescoStore(client, RepositoryStation.SITE,
                    new RecordReader(new CatalogueLoader().shipped()), ModelConstraints.shipped()));

            String id = records.file("文书档案/2025/定期10年", "制度汇编.docx", new byte[] {1}, metadata);
            // Filed again over a run that stopped before noting it: the update path sends the list too.
            records.file("文书档案/2025/定期10年", "制度汇编.docx", new byte[] {2}, metadata);

            assertThat(station.at(id).orElseThrow().at("/properties/swa:indicators").toString()).isEqualTo("[\"C1.1\",\"C1.2\"]");
            assertThat(station.aspects(id)).contains("swa:evidenceLinked");
        }
    }
}
