package org.swarchive.store.alfresco;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.swarchive.filing.ArchiveFiler;
import org.swarchive.filing.FilingContract;
import org.swarchive.filing.FilingNotes;
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
        public void remove(String inboxPath) {
            f.repository.remove(f.repository.at(AlfrescoFiling.STATION + "/收件箱/" + inboxPath).orElseThrow().get("id").asText(), true);
        }

        @Override
        public List<String> steps() {
            return List.of("journal", "moved", "typed", "counted");
        }

        @Override
        public ArchiveFiler dying(String step, Runnable hook) {
            return f.filer(f.client, f.options().withCheckpoint(s -> {
                if (s.equals(step)) {
                    hook.run();
                }
            }));
        }

        /** A dead filer's claim is taken over once stale: the next run comes after that. */
        @Override
        public ArchiveFiler later() {
            AlfrescoFiler.Options o = f.options();
            return f.filer(f.client, o.withClock(AlfrescoFiling.later(o.staleClaim().plusMinutes(1))));
        }

        @Override
        public void expireClaims() {
            f.notes().delete(FilingNotes.AREA, FilingNotes.CLAIM);
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
