package org.swarchive.app;

import java.nio.file.Files;
import java.time.ZoneId;
import org.swarchive.archive.disposition.RetentionSchedule;
import org.swarchive.disposition.DispositionRepository;
import org.swarchive.inspect.InspectionWindowStore;
import org.swarchive.disposition.RetentionService;
import org.swarchive.i18n.InvalidInput;
import org.swarchive.i18n.Message;
import org.swarchive.i18n.Text;
import org.swarchive.library.ScheduleLoader;
import org.swarchive.store.StationRecords;
import org.swarchive.store.StoreException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.swarchive.archive.ArchiveRecord;
import org.swarchive.archive.DocTypeCatalogue;
import org.swarchive.archive.SubjectRoster;
import org.swarchive.store.ScanItem;
import java.util.stream.Stream;
import org.swarchive.archive.RecordReader;
import org.swarchive.check.StationCheck;
import org.swarchive.classify.Classifier;
import org.swarchive.classify.InboxFiling;
import org.swarchive.classify.TikaExtractor;
import org.swarchive.evidence.Framework;
import org.swarchive.evidence.ReadinessEngine;
import org.swarchive.library.CatalogueLoader;
import org.swarchive.library.FrameworkLibrary;
import org.swarchive.library.FrameworkLoader;
import org.swarchive.store.ArchiveStore;
import org.swarchive.store.Station;
import org.swarchive.store.StoreLocation;
import org.swarchive.store.folder.FolderEvidenceFiles;
import org.swarchive.store.folder.FolderRecords;
import org.swarchive.store.folder.FolderState;
import org.swarchive.store.folder.FolderFiler;
import org.swarchive.store.alfresco.AlfrescoClient;
import org.swarchive.store.alfresco.AlfrescoCredentials;
import org.swarchive.store.alfresco.AlfrescoEvidenceFiles;
import org.swarchive.store.alfresco.AlfrescoStationState;
import org.swarchive.store.alfresco.AlfrescoLocation;
import org.swarchive.store.alfresco.AlfrescoRecords;
import org.swarchive.store.alfresco.AlfrescoStore;
import org.swarchive.retry.Retries;
import org.swarchive.store.folder.FolderStore;
import org.swarchive.store.ModelConstraints;

/** Builds what a command needs from its options: the catalogue, frameworks, the store. */
final class Workbench {

    private final CatalogueLoader catalogueLoader;
    private final ReadinessEngine engine;
    private final Map<String, String> environment;
    private final Retries retry;
    private final String brokerUrl;
    private final Map<String, AlfrescoClient> clients = new java.util.concurrent.ConcurrentHashMap<>();

    Workbench(CatalogueLoader catalogueLoader, ReadinessEngine engine, Map<String, String> environment, Retries retry,
              String brokerUrl) {
        this.catalogueLoader = catalogueLoader;
        this.engine = engine;
        this.environment = Map.copyOf(environment);
        this.retry = retry;
        this.brokerUrl = brokerUrl == null ? "" : brokerUrl.trim();
    }

    /** The repository's ActiveMQ ({@code spring.activemq.broker-url}), if the service is given one. */
    java.util.Optional<String> brokerUrl() {
        return brokerUrl.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(brokerUrl);
    }

    /** The sender alerts name when one is configured ({@code SWA_ALERTS_FROM}, or {@code swa.alerts.from} in the config file). */
    java.util.Optional<String> alertsFrom() {
        return java.util.Optional.ofNullable(environment.get("SWA_ALERTS_FROM")).map(String::strip).filter(f -> !f.isEmpty());
    }

    DocTypeCatalogue catalogue(Path stationFile) {
        return stationFile == null ? catalogueLoader.shipped() : catalogueLoader.withStationFile(stationFile);
    }

    Framework framework(String idOrFile, DocTypeCatalogue catalogue) {
        return new FrameworkLibrary(new FrameworkLoader(catalogue)).resolve(idOrFile);
    }

    /**
     * A folder store with its index (.swa/index/); {@code -Dswa.index=false} reads every metadata
     * file each time instead, as before the index (for comparisons: docs/benchmarks.md, issue 16).
     */
    static FolderStore folderStore(java.nio.file.Path root, DocTypeCatalogue catalogue) {
        return Boolean.parseBoolean(System.getProperty("swa.index", "true"))
                ? FolderStore.indexed(root, new RecordReader(catalogue)) : new FolderStore(root, new RecordReader(catalogue));
    }

    ArchiveStore store(String location, DocTypeCatalogue catalogue) {
        StoreLocation parsed = StoreLocation.parse(location);
        if (parsed instanceof StoreLocation.Folder folder) {
            return folderStore(folder.path(), catalogue);
        }
        AlfrescoLocation alfresco = AlfrescoLocation.parse(((StoreLocation.Alfresco) parsed).url());
        return alfrescoStore(alfresco, catalogue, alfrescoClient(alfresco));
    }

    /** The {@code alfresco:URL} a command that only works on Alfresco was given; anything else is a usage error. */
    static AlfrescoLocation alfrescoOnly(String store, String command) {
        if (!(StoreLocation.parse(store) instanceof StoreLocation.Alfresco a)) {
            throw new InvalidInput(Message.of("app.store.alfresco-only", command));
        }
        return AlfrescoLocation.parse(a.url());
    }

    AlfrescoStore alfrescoStore(AlfrescoLocation location, DocTypeCatalogue catalogue, AlfrescoClient client) {
        return new AlfrescoStore(client, location.site(), new RecordReader(catalogue), ModelConstraints.shipped());
    }

    /** A client for the repository; credentials only from the environment (or the file it names). */
    AlfrescoClient alfrescoClient(AlfrescoLocation location) {
        return AlfrescoClient.connect(location.baseUrl(), AlfrescoCredentials.fromEnvironment(environment), retry);
    }

    /** The filing side of a store; only the folder store has one so far. */
    FolderFiler filer(String location, DocTypeCatalogue catalogue, String inbox, long maxFileBytes) {
        ArchiveStore store = store(location, catalogue);
        return new FolderFiler((FolderStore) store, inbox, maxFileBytes);
    }

    /**
     * The filing side of any store: the folder filer, or the Alfresco filer, which keeps its notes
     * (claim, counters, journal, review queue) in the station's site.
     */
    org.swarchive.filing.ArchiveFiler inboxFiler(String location, DocTypeCatalogue catalogue, String inbox, long maxFileBytes) {
        if (StoreLocation.parse(location) instanceof StoreLocation.Alfresco a) {
            AlfrescoLocation alfresco = AlfrescoLocation.parse(a.url());
            AlfrescoClient client = alfrescoClient(alfresco);
            return new org.swarchive.store.alfresco.AlfrescoFiler(alfrescoStore(alfresco, catalogue, client),
                    new AlfrescoStationState(client, alfresco.site()),
                    org.swarchive.store.alfresco.AlfrescoFiler.Options.of(inbox, maxFileBytes));
        }
        return filer(location, catalogue, inbox, maxFileBytes);
    }

    /** One filing run over a filer: Tika for reading, the catalogue's rules for deciding. */
    InboxFiling inboxFiling(org.swarchive.filing.ArchiveFiler filer, DocTypeCatalogue catalogue, long maxFileBytes, double minConfidence,
                            String fonds, Clock clock) {
        return new InboxFiling(filer, new TikaExtractor(maxFileBytes, clock.getZone()), new Classifier(catalogue, minConfidence),
                catalogue, fonds, clock);
    }

    /**
     * The same, with the station's registers (its staff profiles and case intakes, read from the store
     * when the run starts) to file a document that names a person under that person's id.
     */
    InboxFiling inboxFiling(org.swarchive.filing.ArchiveFiler filer, String location, DocTypeCatalogue catalogue, long maxFileBytes,
                            double minConfidence, String fonds, Clock clock) {
        return new InboxFiling(filer, new TikaExtractor(maxFileBytes, clock.getZone()), new Classifier(catalogue, minConfidence),
                catalogue, fonds, clock, Runtime.getRuntime().availableProcessors(), () -> registers(store(location, catalogue)));
    }

    /** The staff and case registers a store holds: its {@code staff-profile} and {@code case-intake} records. */
    static SubjectRoster registers(ArchiveStore store) {
        try (Stream<ScanItem> items = store.scan()) {
            // SubjectRoster.of keeps the register records only: the others stream past, never held in a list.
            Stream<ArchiveRecord> records = items.filter(ScanItem.Filed.class::isInstance).map(i -> ((ScanItem.Filed) i).record());
            return SubjectRoster.of(records::iterator);
        }
    }

    /**
     * Retention and disposal on a station, in a folder or in Alfresco: the schedule file given,
     * else the station's own ({@code .swa/retention-schedule.yaml} beside its archive), else the
     * national one. Proposals and journals live in the station's notes.
     */
    RetentionService retention(Station station, DocTypeCatalogue catalogue, Path scheduleFile, ZoneId zone) {
        StationRecords records = records(station);
        ScheduleLoader loader = new ScheduleLoader(catalogue);
        RetentionSchedule schedule = scheduleFile != null ? loader.load(scheduleFile)
                : records.setting(STATION_SCHEDULE).map(s -> loader.read(new java.io.ByteArrayInputStream(s.content()), s.location()))
                        .orElseGet(() -> RetentionSchedule.national(catalogue));
        return new RetentionService(records, new DispositionRepository(station.state()), schedule,
                new InspectionWindowStore(station.state()).all(), zone);
    }

    /** The station's own retention schedule, a settings file beside its archive. */
    static final String STATION_SCHEDULE = "retention-schedule.yaml";

    /** Disposition's record operations on the station's store. */
    static StationRecords records(Station station) {
        if (station.archive() instanceof FolderStore folder) {
            if (!Files.isDirectory(folder.root())) {
                throw new StoreException(Message.of("app.store.no-folder", folder.root()), null);
            }
            return new FolderRecords(folder);
        }
        if (station.archive() instanceof AlfrescoStore alfresco) {
            return new AlfrescoRecords(alfresco);
        }
        throw new StoreException(Message.of("app.store.no-disposition", station.archive().describe()), null);
    }

    /**
     * A station by its {@code --store} location; its id is the given code, else the folder's name
     * (the site's id for a station in Alfresco). In Alfresco the service's notes are kept in the
     * site beside the station folder and evidence files are read through the repository.
     */
    Station station(String location, String code, DocTypeCatalogue catalogue) {
        StoreLocation parsed = StoreLocation.parse(location);
        if (parsed instanceof StoreLocation.Folder folderLocation) {
            FolderStore folder = folderStore(folderLocation.path(), catalogue);
            String id = code != null && !code.isBlank() ? code : folder.root().getFileName().toString();
            return new Station(id, folder, new FolderEvidenceFiles(folder.root()), new FolderState(folder.root()));
        }
        AlfrescoLocation alfresco = AlfrescoLocation.parse(((StoreLocation.Alfresco) parsed).url());
        return alfrescoStation(alfresco, code, catalogue, sharedClient(alfresco));
    }

    /** A station in Alfresco through this client: its id is the code given, else the site's id. */
    Station alfrescoStation(AlfrescoLocation alfresco, String code, DocTypeCatalogue catalogue, AlfrescoClient client) {
        String site = alfresco.site();
        String id = code != null && !code.isBlank() ? code : site;
        return new Station(id, alfrescoStore(alfresco, catalogue, client), new AlfrescoEvidenceFiles(client, site),
                new AlfrescoStationState(client, site));
    }

    /**
     * The stations a {@code --store} names: one, or — for {@code alfresco:URL} without a site — every
     * station the account can see in that repository (district mode), each by its site's id.
     */
    java.util.List<Station> stations(String location, String code, DocTypeCatalogue catalogue) {
        if (!(StoreLocation.parse(location) instanceof StoreLocation.Alfresco a) || AlfrescoLocation.parse(a.url()).siteId().isPresent()) {
            return java.util.List.of(station(location, code, catalogue));
        }
        AlfrescoLocation district = AlfrescoLocation.parse(a.url());
        if (code != null && !code.isBlank()) {
            throw new InvalidInput(Message.of("app.store.district-station", code, district.baseUrl()));
        }
        org.swarchive.store.alfresco.StationFolders.District found = org.swarchive.store.alfresco.StationFolders.visible(sharedClient(district));
        if (found.stations().isEmpty()) {
            Text who = AlfrescoCredentials.fromEnvironment(environment).who();
            Message none = found.leftOut().isEmpty() ? Message.of("app.store.district-empty", who, district.baseUrl())
                    : Message.of("app.store.district-empty-left-out", who, district.baseUrl(), Text.list(found.leftOut()));
            throw new StoreException(none, null);
        }
        return found.stations().stream().map(f -> station(district.withSite(f.site()).describe(), null, catalogue)).toList();
    }

    /** One client per repository for the stations a long-running command serves: its connections are shared. */
    private AlfrescoClient sharedClient(AlfrescoLocation location) {
        return clients.computeIfAbsent(location.baseUrl(), url -> alfrescoClient(location));
    }

    StationCheck stationCheck() {
        return new StationCheck(engine);
    }
}
