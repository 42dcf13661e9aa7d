package org.swarchive.store.alfresco;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.swarchive.store.ArchiveFiler;
import org.swarchive.filing.FilingContract;
import org.swarchive.filing.FilingStation;
import org.swarchive.store.StationRecords;
import org.swarchive.store.StationState;

/** The filing contract on a station in Alfresco: the fake repository behind WireMock, provisioned as swa station create does. */
class AlfrescoFilingContractTest extends FilingContract {

    @Override
    protected FilingStation station(Path scratch) {
        return new Repository(new AlfrescoFiling(scratch));
    }

    /** A station provisioned in the fake repository. */
    static final class Repository implements FilingStation {

        final AlfrescoFiling f;

        Repository(AlfrescoFiling f) {
            this.f = f;
        }

        @Override
        public AlfrescoStore store() {
            return f.store();
        }

        @Override
        public StationRecords records() {
            return new AlfrescoRecords(f.store());
        }

        @Override
        public StationState notes() {
            return f.notes();
        }

        @Override
        public ArchiveFiler filer() {
            return f.filer();
        }

        @Override
        public void drop(String folder, String name, byte[] content) {
            f.drop(folder, name, content);
        }

        @Override
        public void put(String path, Map<String, String> metadata, byte[] content) {
            Map<String, String> properties = new LinkedHashMap<>(metadata);
            String type = properties.remove("type");
            properties.remove("aspects");
            String station = f.repository.at(AlfrescoFiling.STATION).orElseThrow().get("id").asText();
            f.repository.documentAt(station, path, type, properties, content);
        }

        @Override
        public List<String> inboxFiles() {
            return f.inboxFiles();
        }

        @Override
        public void close() {
            f.close();
        }
    }
}
