package org.swarchive.store.alfresco;

import org.swarchive.i18n.Language;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.swarchive.archive.LocalizedText;
import org.swarchive.archive.RecordReader;
import org.swarchive.archive.disposition.SignOffRole;
import org.swarchive.disposition.DisposalService;
import org.swarchive.disposition.DispositionRepository;
import org.swarchive.disposition.HoldService;
import org.swarchive.disposition.RegisterHtml;
import org.swarchive.disposition.RegisterWorkbook;
import org.swarchive.disposition.RetentionService;
import org.swarchive.guide.ProjectFiles;
import org.swarchive.library.ScheduleLoader;
import org.swarchive.library.CatalogueLoader;
import org.swarchive.store.ScanItem;
import org.swarchive.store.StoreDocument;
import org.swarchive.store.ModelConstraints;

/**
 * Every request the Alfresco store sends, and every stubbed answer, checked against Alfresco's
 * own OpenAPI specs (shared/reference/alfresco-rest-api beside the repository), so the stubs
 * cannot drift from the real API. Where the specs are not present it is skipped, saying so — and
 * fails instead when the environment variable {@code CI} is set, so CI can never pass without it.
 */
class AlfrescoSpecConformanceTest {

    private final AlfrescoStub alfresco = new AlfrescoStub();
    private AlfrescoClient client;
    private Path specs;

    @BeforeEach
    void findSpecs() {
        specs = specDirectory();
        if (specs == null) {
            String missing = "Alfresco's OpenAPI specs are not beside the repository: no "
                    + ProjectFiles.sharedPath(SPECS + "/alfresco-core.yaml");
            if (ProjectFiles.onCi()) {
                fail(missing + ". CI is set, so the conformance check must run: put the shared folder (with reference/"
                        + "alfresco-rest-api) beside the clone");
            }
            assumeTrue(false, missing + ": the conformance check is skipped (with CI set it fails instead)");
        }
        client = alfresco.client(AlfrescoCredentials.basic("archivist", "s3cret"));
    }

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        alfresco.close();
    }

    /** Where Alfresco's specs lie, in the shared folder beside the repository. */
    static final String SPECS = "reference/alfresco-rest-api";

    /** The specs' folder, or null when they are not there. */
    static Path specDirectory() {
        return ProjectFiles.shared(SPECS).filter(dir -> Files.isRegularFile(dir.resolve("alfresco-core.yaml"))).orElse(null);
    }

    @Test
    void should_send_and_stub_only_what_the_specs_allow_when_a_station_is_scanned() {
        List<StoreDocument> documents = IntStream.range(0, 1_500).mapToObj(i -> i % 3 == 0
                ? StoreDocument.unclassified("收件箱/扫描" + i + ".pdf")
                : new StoreDocument("人事档案/2025/培训" + i + ".docx", "swa:personnelRecord", Map.of("swa:docType", "training-record",
                        "swa:staffId", "S0" + i % 7, "swa:hours", "12", "swa:documentDate", "2025-03-0" + (i % 9 + 1),
                        "swa:indicators", "B1.1,B1.2"))).toList();
        alfresco.station().documents(documents);
        AlfrescoStore store = new AlfrescoStore(client, AlfrescoStub.SITE, new RecordReader(new CatalogueLoader().shipped()),
                ModelConstraints.shipped());
        try (Stream<ScanItem> items = store.scan()) {
            assertThat(items.count()).isEqualTo(1_500);
        }
        assertConforms(alfresco.server().getAllServeEvents(), 3);
    }

    @Test
    void should_send_and_stub_only_what_the_specs_allow_when_results_are_written_back() {
        StoreDocument policy = new StoreDocument("文书档案/2025/制度.docx", "swa:documentRecord",
                Map.of("swa:docType", "policy", "swa:period", "2025", "swa:indicators", "C1.1"));
        alfresco.station().documents(List.of(policy)).evidenceFolders("station-star", List.of("C1.1", "C1"))
                .linkedRecords(List.of(policy)).updatesAccepted().secondaryChildren(AlfrescoStub.evidenceFolderId("C1.1"), List.of())
                .permissions("folder", List.of(new AlfrescoNodes.Ace("GROUP_district-auditors", "Consumer")));
        String children = AlfrescoStub.CORE + "/nodes/parent/children";
        alfresco.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(
                        com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo(children))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath("$.name",
                        com.github.tomakehurst.wiremock.client.WireMock.equalTo("收件箱")))
                .willReturn(AlfrescoStub.conflict()));
        alfresco.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(
                        com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo(children))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath("$.name",
                        com.github.tomakehurst.wiremock.client.WireMock.equalTo("收件箱-2")))
                .willReturn(AlfrescoStub.json(201, AlfrescoStub.entry(AlfrescoStub.node("new", "收件箱-2", "cm:folder", true,
                        AlfrescoStub.LIBRARY_PATH + "/JN01")))));
        var catalogue = new CatalogueLoader().shipped();
        AlfrescoStore store = new AlfrescoStore(client, AlfrescoStub.SITE, new RecordReader(catalogue), ModelConstraints.shipped());
        var framework = new org.swarchive.library.FrameworkLibrary(new org.swarchive.library.FrameworkLoader(catalogue)).resolve("station-star");
        var result = new org.swarchive.check.StationCheck(new org.swarchive.evidence.ReadinessEngine())
                .run(store, framework, org.swarchive.archive.Period.year(2025), java.time.LocalDate.of(2026, 3, 1));
        store.writeBack(result.assessment(), java.time.Instant.parse("2026-03-01T00:00:00Z"));
        AlfrescoNodes nodes = new AlfrescoNodes(client);
        nodes.create("parent", "JN01", "收件箱", "cm:folder", Map.of("cm:title", "收件箱"), List.of("cm:titled"));
        nodes.grant("folder", "文书档案", List.of(new AlfrescoNodes.Ace("GROUP_swa-jn01-archivist", "Coordinator")));
        // station + scan (the station folder's listing), station + the database probe + evidence folders + 2 updates
        // + linked records (the listing again) + secondary children + 1 link, two creates (409, then the suffix),
        // permissions read back + written
        assertConforms(alfresco.server().getAllServeEvents(), 14);
    }

    @Test
    void should_send_and_stub_only_what_the_specs_allow_when_a_station_is_provisioned() {
        FakeRepository repository = new FakeRepository();
        try (AlfrescoStub fake = new AlfrescoStub(repository);
             AlfrescoClient c = fake.client(AlfrescoCredentials.basic("archivist", "s3cret"))) {
            var framework = new org.swarchive.library.FrameworkLibrary(new org.swarchive.library.FrameworkLoader(
                    new CatalogueLoader().shipped())).resolve("station-star");
            StationProvisioner provisioner = new StationProvisioner(c, new org.swarchive.library.PermissionPlanLoader().shipped());
            StationProvisioner.Station station = new StationProvisioner.Station("JN01", "金牛区示范社工站", "JN01");
            provisioner.provision("swa-jn01", station, framework);
            provisioner.provision("swa-jn01", station, framework);
            List<ServeEvent> events = fake.server().getAllServeEvents();
            // The Rules API is private (not in the public specs): only its two calls are left out.
            List<ServeEvent> inSpecs = events.stream().filter(e -> !e.getRequest().getUrl().contains("/private/")).toList();
            assertThat(events.size() - inSpecs.size()).isEqualTo(3);
            assertConforms(inSpecs, inSpecs.size());
        }
    }

    @Test
    void should_send_and_stub_only_what_the_specs_allow_when_notes_are_kept() {
        FakeRepository repository = new FakeRepository();
        try (AlfrescoStub fake = new AlfrescoStub(repository);
             AlfrescoClient c = fake.client(AlfrescoCredentials.basic("archivist", "s3cret"))) {
            repository.folder("JN01", "swa:station", repository.site(AlfrescoStub.SITE));
            AlfrescoStationState state = new AlfrescoStationState(c, AlfrescoStub.SITE);
            state.write("alerts", "state.json", "{}");
            state.write("alerts", "state.json", "{\"a\":1}");
            state.create("alerts", "lease", "me");
            state.read("alerts", "state.json");
            state.list("alerts");
            state.areas("alerts");
            state.delete("alerts", "lease");
            List<ServeEvent> events = fake.server().getAllServeEvents();
            assertConforms(events, events.size());
        }
    }

    @Test
    void should_send_and_stub_only_what_the_specs_allow_when_records_are_held_proposed_withdrawn_and_destroyed() {
        try (RepositoryStation station = new RepositoryStation(); AlfrescoClient c = station.client()) {
            for (int m = 3; m <= 5; m++) {
                station.file("文书档案/2014/定期10年/2014-0" + m + "-工作日志.txt", "swa:documentRecord", Map.of("swa:docType", "work-log",
                        "swa:period", "2014-0" + m, "swa:retention", "D10", "swa:archiveCode", "JN01-WS·2014-D10-000" + (m - 2)));
            }
            String statement = "财务档案/2014/定期10年/2014-06-银行对账单.xlsx";
            station.file(statement, "swa:financeRecord", Map.of("swa:docType", "bank-statement", "swa:period", "2014-06",
                    "swa:archiveCode", "JN01-KJ·2014-D10-0001", "swa:dispositionDate", "2024-01-01"));
            // A policy is kept for good: the date someone once gave it is taken away (a JSON null in the update).
            station.file("文书档案/2014/永久/管理制度.txt", "swa:documentRecord", Map.of("swa:docType", "policy", "swa:retention", "Y",
                    "swa:dispositionDate", "2024-01-01"));
            var catalogue = new CatalogueLoader().shipped();
            // The station keeps bank statements' metadata after destruction (a schedule of its own, read from the notes).
            String swa = station.repository().folder(".swa", "cm:folder", station.repository().library(RepositoryStation.SITE)).get("id").asText();
            station.repository().document(swa, "retention-schedule.yaml", "cm:content", Map.of(),
                    "schedule: jn01\nrules:\n  - {docType: bank-statement, retention: D10, keepMetadata: true}\n".getBytes(StandardCharsets.UTF_8));
            java.util.function.Supplier<RetentionService> retention = () -> {
                AlfrescoRecords records = new AlfrescoRecords(new AlfrescoStore(c, RepositoryStation.SITE, new RecordReader(catalogue),
                        ModelConstraints.shipped()));
                var setting = records.setting("retention-schedule.yaml").orElseThrow();
                return new RetentionService(records, new DispositionRepository(new AlfrescoStationState(c, RepositoryStation.SITE)),
                        new ScheduleLoader(catalogue).read(new ByteArrayInputStream(setting.content()), setting.location()));
            };
            java.util.function.Supplier<DisposalService> disposal = () -> new DisposalService(retention.get(), new RegisterWorkbook(),
                    new RegisterHtml());
            LocalDateTime at = LocalDateTime.of(2026, 3, 2, 9, 0);
            retention.get().apply(at.toLocalDate());
            new HoldService(retention.get()).add("JN01-WS·2014-D10-0003", "审计进行中", "王站长", at);
            String first = disposal.get().propose("李档案", at.toLocalDate(), at, List.of(), List.of(), null).proposal().id();
            disposal.get().withdraw(first, "李档案", "鉴定有误", at.plusHours(1));
            new HoldService(retention.get()).release("JN01-WS·2014-D10-0003", "审计结束", "王站长", at.plusHours(2));
            String id = disposal.get().propose("李档案", at.toLocalDate(), at.plusHours(3), List.of(), List.of(), null).proposal().id();
            for (SignOffRole role : SignOffRole.values()) {
                disposal.get().approve(id, role, "签字人" + role.ordinal(), at.plusDays(1), null);
            }
            var executed = disposal.get().execute(id, List.of("赵监销", "钱监销"), at.plusDays(2), Language.ZH);
            assertThat(executed.register().quantity()).isEqualTo(4);
            assertThat(station.properties("文书档案/2014/永久/管理制度.txt")).containsEntry("swa:dispositionStatus", "permanent")
                    .doesNotContainKey("swa:dispositionDate");
            assertThat(new DispositionRepository(new AlfrescoStationState(c, RepositoryStation.SITE)).keptMetadata(id, statement))
                    .hasValueSatisfying(xml -> assertThat(xml).contains("JN01-KJ·2014-D10-0001").contains("destroyed"));
            List<ServeEvent> events = station.stub().server().getAllServeEvents();
            assertThat(events).anyMatch(e -> e.getRequest().getMethod().getName().equals("DELETE")
                    && e.getRequest().getUrl().contains("permanent=true") && e.getResponse().getStatus() == 204);
            assertConforms(events, events.size());
        }
    }

    @Test
    void should_send_and_stub_only_what_the_specs_allow_when_an_inbox_is_filed(@org.junit.jupiter.api.io.TempDir Path tmp)
            throws Exception {
        try (AlfrescoFiling f = new AlfrescoFiling(tmp)) {
            f.dropMonthly("三月.docx", 2025, 3);
            f.drop("说明.docx", f.document(org.swarchive.demo.DemoDocuments.Format.DOCX, new org.swarchive.demo.DemoDocuments.Content(
                    "说明", List.of("请大家按时到岗。"), java.util.Optional.empty(), java.util.Optional.empty())));
            java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
            try (var out = new org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream(zip)) {
                out.putArchiveEntry(new org.apache.commons.compress.archivers.zip.ZipArchiveEntry("五月/2025年5月会议记录.txt"));
                out.write("2025年5月会议记录\n参会人员：全体社工".getBytes(StandardCharsets.UTF_8));
                out.closeArchiveEntry();
            }
            f.drop("五月.zip", zip.toByteArray());
            f.fileAll();
            try (AlfrescoFiler filer = f.filer()) {
                filer.setFonds("JN02");
                filer.pruneQueue();
            }
            List<ServeEvent> events = f.alfresco.server().getAllServeEvents();
            assertThat(events).anyMatch(e -> e.getRequest().getUrl().split("\\?")[0].endsWith("/move"))
                    .anyMatch(e -> e.getRequest().getUrl().contains("/search/"));
            assertConforms(events, events.size());
        }
    }

    @Test
    void should_send_and_stub_only_what_the_specs_allow_when_a_district_is_served_reported_on_and_mailed() {
        FakeRepository repository = new FakeRepository().route(new MailActionRoute());
        try (AlfrescoStub fake = new AlfrescoStub(repository);
             AlfrescoClient c = fake.client(AlfrescoCredentials.basic("archivist", "s3cret"))) {
            String stationId = repository.folder("JN01", "swa:station", repository.site(AlfrescoStub.SITE)).get("id").asText();
            repository.document(stationId, "制度.docx", "swa:documentRecord", Map.of("swa:docType", "policy", "swa:period", "2025"),
                    new byte[] {1});
            var catalogue = new CatalogueLoader().shipped();
            var framework = new org.swarchive.library.FrameworkLibrary(new org.swarchive.library.FrameworkLoader(catalogue)).resolve("station-star");
            AlfrescoStore store = new AlfrescoStore(c, AlfrescoStub.SITE, new RecordReader(catalogue), ModelConstraints.shipped());
            var assessment = new org.swarchive.check.StationCheck(new org.swarchive.evidence.ReadinessEngine())
                    .run(store, framework, org.swarchive.archive.Period.year(2025), java.time.LocalDate.of(2026, 3, 1)).assessment();
            ReadinessReportDocument report = new ReadinessReportDocument(c);
            java.time.Instant at = java.time.Instant.parse("2026-03-01T00:00:00Z");
            report.write(stationId, assessment, "<!DOCTYPE html><html lang=\"zh-CN\"><body>一</body></html>", at);
            report.write(stationId, assessment, "<!DOCTYPE html><html lang=\"zh-CN\"><body>二</body></html>", at);
            assertThat(StationFolders.visible(c).stations()).singleElement().extracting(StationFolders.SiteStation::site)
                    .isEqualTo(AlfrescoStub.SITE);
            assertThat(StationFolders.siteHolding(c, stationId)).contains(AlfrescoStub.SITE);
            new RepositoryMail(c).send(store.station(), List.of("zhanzhang@jn01.example"), "周报", "<!DOCTYPE html><html></html>",
                    java.util.Optional.of("swa@district.example"));
            List<ServeEvent> events = fake.server().getAllServeEvents();
            assertThat(events).anyMatch(e -> e.getRequest().getUrl().endsWith("/action-executions"))
                    .anyMatch(e -> e.getRequest().getUrl().contains("/content"))
                    .anyMatch(e -> e.getRequest().isMultipart());
            assertConforms(events, events.size());
        }
    }

    void assertConforms(List<ServeEvent> events, int expectedRequests) {
        OpenApiInteractionValidator core = validator("alfresco-core.yaml");
        OpenApiInteractionValidator search = validator("alfresco-search.yaml");
        assertThat(events).hasSize(expectedRequests);
        List<String> problems = new ArrayList<>();
        for (ServeEvent e : events) {
            LoggedRequest r = e.getRequest();
            String path = r.getUrl().split("\\?")[0];
            OpenApiInteractionValidator v = path.startsWith("/alfresco/api/-default-/public/search/") ? search : core;
            ValidationReport report = v.validate(request(r), response(e.getResponse()));
            report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                    // The specs type every node property as a string; a multi-valued property (d:text
                    // multiple, as swa:gaps) is a JSON array on the real repository and can be nothing else.
                    .filter(m -> !(m.getMessage().contains("Instance type (array)") && m.getMessage().contains("'/properties/swa:gaps'")))
                    // Likewise a property taken away without its aspect: the API reads a null value as "no value",
                    // and an update has no other way to say it.
                    .filter(m -> !(r.getMethod().getName().equals("PUT") && m.getMessage().contains("Instance type (null)")
                            && m.getMessage().contains("'/properties/swa:")))
                    .forEach(m -> problems.add(r.getMethod() + " " + r.getUrl() + ": " + m));
        }
        assertThat(problems).isEmpty();
    }

    private OpenApiInteractionValidator validator(String file) {
        return OpenApiInteractionValidator.createForSpecificationUrl(specs.resolve(file).toUri().toString())
                // Alfresco writes offsets as +0000, which the JSON-schema date-time format (RFC 3339) does not accept;
                // the real repository answers that way, so the stubs do too.
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.response.body.schema.format.date-time", ValidationReport.Level.IGNORE)
                        // A node's "properties" is a free-form object in the specs (the content model decides its
                        // keys); the validator would otherwise treat every object without listed keys as closed.
                        .withLevel("validation.response.body.schema.additionalProperties", ValidationReport.Level.IGNORE)
                        .withLevel("validation.request.body.schema.additionalProperties", ValidationReport.Level.IGNORE)
                        .build())
                // Node (required fields) and its extensions (ResultNode, NodeChildAssociation) are allOf
                // compositions: checked as one schema, not each part against the whole object.
                .withResolveCombinators(true)
                .build();
    }

    private static Request request(LoggedRequest r) {
        String[] parts = r.getUrl().split("\\?", 2);
        SimpleRequest.Builder b = new SimpleRequest.Builder(r.getMethod().getName(), parts[0]);
        if (parts.length > 1) {
            for (String pair : parts[1].split("&")) {
                String[] kv = pair.split("=", 2);
                b.withQueryParam(decode(kv[0]), kv.length > 1 ? decode(kv[1]) : "");
            }
        }
        r.getHeaders().all().forEach(h -> b.withHeader(h.key(), h.values()));
        if (r.getBody() != null && r.getBody().length > 0) {
            b.withBody(r.getBodyAsString());
        }
        return b.build();
    }

    private static SimpleResponse response(LoggedResponse r) {
        SimpleResponse.Builder b = new SimpleResponse.Builder(r.getStatus());
        if (r.getHeaders() != null) {
            r.getHeaders().all().forEach(h -> b.withHeader(h.key(), h.values()));
        }
        if (r.getBodyAsString() != null && !r.getBodyAsString().isEmpty()) {
            b.withBody(r.getBodyAsString());
        }
        return b.build();
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
