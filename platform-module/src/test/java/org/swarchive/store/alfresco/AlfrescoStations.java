package org.swarchive.store.alfresco;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.swarchive.retry.Retries;
import org.swarchive.evidence.Framework;
import org.swarchive.library.CatalogueLoader;
import org.swarchive.library.FrameworkLibrary;
import org.swarchive.library.FrameworkLoader;
import org.swarchive.library.PermissionPlanLoader;
import org.swarchive.store.folder.MetadataFile;

/**
 * Stations in a {@link FakeRepository} as {@code swa station create} makes them, with records
 * filed as an archivist (or a bulk import of a folder store) would: for tests of the commands
 * that serve, watch and alert on stations in Alfresco.
 */
public final class AlfrescoStations {

    private final FakeRepository repository;
    private final AlfrescoStub stub;

    public AlfrescoStations(FakeRepository repository, AlfrescoStub stub) {
        this.repository = repository;
        this.stub = stub;
    }

    /** Provisions site {@code swa-<code>} with the station-star evidence tree; returns the station folder's id. */
    public String provision(String code, String name) {
        Framework framework = new FrameworkLibrary(new FrameworkLoader(new CatalogueLoader().shipped())).resolve("station-star");
        try (AlfrescoClient client = stub.client(AlfrescoCredentials.basic("archivist", "s3cret"))) {
            return new StationProvisioner(client, new PermissionPlanLoader().shipped())
                    .provision(AlfrescoLocation.siteIdOf(code), new StationProvisioner.Station(code, name, code), framework).stationId();
        }
    }

    /**
     * Files every document of a folder store below the station folder, in the same folders, with
     * its type and {@code swa:} properties (what the Bulk Filesystem Import tool would do with it).
     */
    public void mirror(String stationId, Path folderStation) {
        try (Stream<Path> files = Files.walk(folderStation)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !MetadataFile.isMetadata(f)).toList()) {
                Path relative = folderStation.relativize(file);
                if (relative.toString().startsWith(".") || relative.getFileName().toString().startsWith(".")) {
                    continue;
                }
                Path metadata = MetadataFile.of(file);
                Map<String, String> entries = Files.isRegularFile(metadata) ? MetadataFile.read(metadata) : Map.of();
                file(stationId, relative.toString().replace('\\', '/'), entries.getOrDefault("type", "cm:content"),
                        swaProperties(entries), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sign-in account in the site's notes ({@code .swa/accounts/NAME}), as the dashboard reads them. */
    public void account(String site, String name, org.swarchive.access.AccountRole role, String group) {
        repository.documentAt(repository.library(site), ".swa/accounts/" + name, "cm:content", Map.of(),
                org.swarchive.TestAccounts.note(name, role, group));
        // The dashboard on a station in Alfresco signs people in with the repository: the same person there, in the station's group.
        java.util.List<String> groups = new java.util.ArrayList<>();
        groups.add(role.stationRole().map(r -> "GROUP_" + site + "-" + r.id()).orElse("GROUP_ALFRESCO_ADMINISTRATORS"));
        if (group != null && !group.isEmpty()) {
            groups.add("GROUP_" + group);
        }
        repository.person(name, org.swarchive.TestAccounts.PASSWORD, groups.toArray(String[]::new));
    }

    /** The station head {@code head} of the site. */
    public void head(String site) {
        account(site, org.swarchive.TestAccounts.HEAD, org.swarchive.access.AccountRole.STATION_HEAD, "");
    }

    /** One document at a path below the station folder, its folders made as needed. */
    public ObjectNode file(String stationId, String path, String type, Map<String, String> properties, byte[] content) {
        return repository.documentAt(stationId, path, type, properties, content);
    }

    private static Map<String, String> swaProperties(Map<String, String> entries) {
        Map<String, String> out = new LinkedHashMap<>();
        entries.forEach((k, v) -> {
            if (k.startsWith("swa:")) {
                out.put(k, v);
            }
        });
        return out;
    }

    /** What a command run printed and returned. */
    public record Run(int exitCode, String out, String err) {
    }

    /** Runs {@code swa ARGS} in-process against the stub, with the archivist's credentials in the environment. */
    public Run swa(java.time.Clock clock, String... args) {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        picocli.CommandLine cl = new org.swarchive.app.SwaCli(new CatalogueLoader(), new org.swarchive.evidence.ReadinessEngine(), clock,
                AlfrescoStub.basicEnvironment("s3cret"), new Retries(2, Duration.ofMillis(1), 2)).commandLine();
        cl.setOut(new java.io.PrintWriter(out, true));
        cl.setErr(new java.io.PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /** {@code alfresco:URL/sites/SITE} of a station in the stub, or {@code alfresco:URL} for the whole district (site null). */
    public String store(String site) {
        return "alfresco:" + stub.baseUrl() + (site == null ? "" : "/sites/" + site);
    }

    /** The station folder's descendants of a type, e.g. every swa:evidenceFolder. */
    public List<ObjectNode> ofType(String stationId, String type) {
        return repository.descendants(stationId).stream().filter(n -> n.get("nodeType").asText().equals(type)).toList();
    }
}
