package org.swarchive.store.alfresco;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.swarchive.archive.ArchiveCode;
import org.swarchive.archive.RecordReader;
import org.swarchive.classify.Classifier;
import org.swarchive.classify.FilingFixture;
import org.swarchive.classify.InboxFiling;
import org.swarchive.classify.TikaExtractor;
import org.swarchive.SampleDocuments;
import org.swarchive.demo.DemoDocuments;
import org.swarchive.library.FrameworkLibrary;
import org.swarchive.library.FrameworkLoader;
import org.swarchive.library.PermissionPlanLoader;
import org.swarchive.store.ScanItem;
import org.swarchive.store.StationState;
import org.swarchive.store.ModelConstraints;

/**
 * A station provisioned in a repository that remembers ({@code swa station create} against the
 * fake), documents dropped in its inbox as Share uploads them (so the inbox rule marks them
 * pending filing), and the parts of a filing run against it.
 */
public final class AlfrescoFiling implements AutoCloseable {

    static final long MAX = TikaExtractor.DEFAULT_MAX_BYTES;
    static final String LIBRARY = "Sites/" + AlfrescoStub.SITE + "/documentLibrary";
    static final String STATION = LIBRARY + "/JN01";

    public final FakeRepository repository = new FakeRepository();
    public final AlfrescoStub alfresco = new AlfrescoStub(repository);
    final AlfrescoClient client = alfresco.client(AlfrescoCredentials.basic("archivist", "s3cret"));
    final DemoDocuments documents = new DemoDocuments();
    private final Path scratch;
    private final SampleDocuments samples;
    private final List<AlfrescoClient> others = new ArrayList<>();

    public AlfrescoFiling(Path scratch) {
        this.scratch = scratch;
        this.samples = new SampleDocuments(scratch);
        var framework = new FrameworkLibrary(new FrameworkLoader(FilingFixture.CATALOGUE)).resolve("station-star");
        new StationProvisioner(client, new PermissionPlanLoader().shipped())
                .provision(AlfrescoStub.SITE, new StationProvisioner.Station("JN01", "金牛区示范社工站", "JN01"), framework);
        alfresco.server().resetRequests();
    }

    AlfrescoStore store() {
        return store(client);
    }

    AlfrescoStore store(AlfrescoClient c) {
        return new AlfrescoStore(c, AlfrescoStub.SITE, new RecordReader(FilingFixture.CATALOGUE), ModelConstraints.shipped());
    }

    public StationState notes() {
        return new AlfrescoStationState(client, AlfrescoStub.SITE);
    }

    /** A client of its own, as another process or replica has. */
    AlfrescoClient otherClient() {
        AlfrescoClient c = alfresco.client(AlfrescoCredentials.basic("archivist", "s3cret"));
        others.add(c);
        return c;
    }

    AlfrescoFiler.Options options() {
        return AlfrescoFiler.Options.of(AlfrescoFiler.DEFAULT_INBOX, MAX);
    }

    AlfrescoFiler filer() {
        return filer(client, options());
    }

    AlfrescoFiler filer(AlfrescoClient c, AlfrescoFiler.Options options) {
        return new AlfrescoFiler(store(c), new AlfrescoStationState(c, AlfrescoStub.SITE), options);
    }

    InboxFiling run(AlfrescoFiler filer) {
        return new InboxFiling(filer, new TikaExtractor(MAX, FilingFixture.CLOCK.getZone()), new Classifier(FilingFixture.CATALOGUE),
                FilingFixture.CATALOGUE, "JN01", FilingFixture.CLOCK);
    }

    /** Files the inbox once with a fresh filer, as one {@code swa file} run. */
    InboxFiling.Summary fileAll() {
        try (AlfrescoFiler f = filer()) {
            return run(f).run(e -> { });
        }
    }

    ObjectNode inbox() {
        return repository.at(STATION + "/收件箱").orElseThrow();
    }

    /** Uploads a document into the inbox (or a folder below it) as Share does: the inbox rule marks it. */
    public String drop(String name, byte[] content) {
        return drop(null, name, content);
    }

    String drop(String folder, String name, byte[] content) {
        String json = client.upload(AlfrescoClient.Action.createChildren("收件箱"), inbox().get("id").asText(), folder, name,
                "application/octet-stream", content, Map.of()).orElseThrow();
        return client.node(json).getId();
    }

    /** A monthly report the rules file with confidence. */
    public byte[] monthly(int year, int month, String tag) {
        return samples.monthly(year, month, tag);
    }

    public byte[] document(DemoDocuments.Format format, DemoDocuments.Content content) {
        return samples.document(format, content);
    }

    public String dropMonthly(String name, int year, int month) {
        return drop(name, monthly(year, month, name));
    }

    /** Every filed record's item numbers by series key, from a scan of the station. */
    Map<String, List<Integer>> codes() {
        Map<String, List<Integer>> bySeries = new TreeMap<>();
        try (Stream<ScanItem> items = store().scan()) {
            items.filter(i -> i instanceof ScanItem.Filed).map(i -> ((ScanItem.Filed) i).record())
                    .forEach(r -> r.property("swa:archiveCode").flatMap(ArchiveCode::parse).ifPresent(c -> bySeries
                            .computeIfAbsent(org.swarchive.archive.ArchiveSeries.of(c).key(), k -> new ArrayList<>()).add(c.item())));
        }
        bySeries.values().forEach(l -> l.sort(null));
        return bySeries;
    }

    /** The names of the documents below the inbox, relative to it. */
    public List<String> inboxFiles() {
        String base = inbox().path("path").path("name").asText() + "/收件箱";
        return repository.descendants(inbox().get("id").asText()).stream().filter(n -> !n.get("isFolder").asBoolean())
                .map(n -> (n.path("path").path("name").asText() + "/" + n.get("name").asText()).substring(base.length() + 1))
                .sorted().toList();
    }

    public ObjectNode node(String id) {
        return repository.node(id);
    }

    static List<String> aspects(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.path("aspectNames").forEach(a -> out.add(a.asText()));
        return out;
    }

    /** Notes of the filer: their names in an area below {@code .swa}. */
    public List<String> notes(String area) {
        return notes().list(area);
    }

    static Clock later(Duration by) {
        return Clock.offset(Clock.systemUTC(), by);
    }

    @Override
    public void close() {
        others.forEach(AlfrescoClient::close);
        client.close();
        alfresco.close();
    }
}
