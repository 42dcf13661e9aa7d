package org.swarchive.store.alfresco;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * For tests of the commands on stations in Alfresco: a fresh fake repository behind a WireMock
 * stub for each test, and the fixture that provisions and fills its stations.
 */
public abstract class WithFakeRepository {

    protected final FakeRepository repository = new FakeRepository();
    protected AlfrescoStub alfresco;
    protected AlfrescoStations stations;

    @BeforeEach
    void startRepository() {
        alfresco = new AlfrescoStub(repository);
        stations = new AlfrescoStations(repository, alfresco);
    }

    @AfterEach
    void stopRepository() {
        alfresco.close();
    }

    /** Station {@code code} (site {@code swa-<code>}) with one record filed: its policy, with these properties too. */
    protected String stationWithPolicy(String code, Map<String, String> more) {
        String id = stations.provision(code, "金牛区社工站 " + code);
        Map<String, String> properties = new LinkedHashMap<>(Map.of("swa:docType", "policy", "swa:period", "2025", "swa:retention", "Y"));
        properties.putAll(more);
        stations.file(id, "文书档案/2025/永久/管理制度汇编.docx", "swa:documentRecord", properties, "制度".getBytes(StandardCharsets.UTF_8));
        return id;
    }
}
