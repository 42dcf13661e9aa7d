package org.swarchive.store.alfresco;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.swarchive.retry.Retries;
import org.swarchive.app.SwaCli;
import org.swarchive.evidence.ReadinessEngine;
import org.swarchive.library.CatalogueLoader;
import org.swarchive.library.FrameworkLibrary;
import org.swarchive.library.FrameworkLoader;
import org.swarchive.library.PermissionPlanLoader;
import picocli.CommandLine;

/**
 * Two stations provisioned in a repository that remembers and enforces read permissions
 * ({@link AccessFake}), JN01 with records of every kind access control cares about, and the CLI
 * run as a user runs it: each {@link #swa} call is a new process, with its own clock.
 */
public final class AccessFixture implements AutoCloseable {

    public static final String PASSWORD = "s3cret-P@ss-7781";
    public static final String JN01 = "swa-jn01";
    public static final String JN02 = "swa-jn02";
    /** The evaluators of each station, and one person in each group. */
    public static final String ASSESSORS = "jn01-assessors";
    public static final String JN02_ASSESSORS = "jn02-assessors";
    public static final String EVALUATOR = "pinggu1";
    public static final String SOCIAL_WORKER = "shegong1";
    public static final String FINANCE_OFFICER = "caiwu1";

    public final FakeRepository repository = new FakeRepository();
    public final AccessFake access = new AccessFake();
    public final AlfrescoStub alfresco;
    /** Record nodes of JN01 by a short name. */
    public final Map<String, ObjectNode> records = new LinkedHashMap<>();

    public record Run(int exitCode, String out, String err) {
    }

    /** The window id an English {@code swa inspect open} printed. */
    public static String windowId(Run open) {
        return open.out().split("Inspection window opened: ")[1].split(" ")[0].trim();
    }

    public AccessFixture() {
        repository.route(access);
        alfresco = new AlfrescoStub(repository);
        access.member(AlfrescoPermissions.group(ASSESSORS), EVALUATOR).member(AlfrescoPermissions.group(JN02_ASSESSORS), "pinggu2")
                .member(StationProvisioner.group("JN01", org.swarchive.access.Role.SOCIAL_WORKER), SOCIAL_WORKER)
                .member(StationProvisioner.group("JN01", org.swarchive.access.Role.FINANCE_OFFICER), FINANCE_OFFICER);
        try (AlfrescoClient client = alfresco.client(AlfrescoCredentials.basic(AccessFake.SERVICE, PASSWORD))) {
            var framework = new FrameworkLibrary(new FrameworkLoader(new CatalogueLoader().shipped())).resolve("station-star");
            StationProvisioner provisioner = new StationProvisioner(client, new PermissionPlanLoader().shipped());
            provisioner.provision(JN01, new StationProvisioner.Station("JN01", "金牛区示范社工站", "JN01"), framework);
            provisioner.provision(JN02, new StationProvisioner.Station("JN02", "金牛区第二社工站", "JN02"), framework);
        }
        records.put("policy", record("文书档案", "2025/永久", "管理制度汇编.docx", "swa:documentRecord", Map.of("swa:docType", "policy",
                "swa:documentDate", "2025-01-10", "swa:archiveCode", "JN01-WS·2025-Y-0001", "swa:confidentiality", "internal")));
        records.put("monthly", record("文书档案", "2025/定期10年", "2025-03月度工作总结.docx", "swa:documentRecord", Map.of(
                "swa:docType", "monthly-summary", "swa:period", "2025-03", "swa:archiveCode", "JN01-WS·2025-D10-0001")));
        records.put("needs", record("服务档案", "2025/定期30年", "需求调研报告.docx", "swa:serviceRecord", Map.of(
                "swa:docType", "needs-assessment", "swa:period", "2025", "swa:confidentiality", "sensitive",
                "swa:archiveCode", "JN01-FW·2025-D30-0001")));
        records.put("staff", record("人事档案", "2025/定期30年", "员工档案-S01.docx", "swa:personnelRecord", Map.of(
                "swa:docType", "staff-profile", "swa:staffId", "S01", "swa:employedFrom", "2020-01-01",
                "swa:archiveCode", "JN01-RS·2025-D30-0001")));
        records.put("voucher", record("财务档案", "2025/定期30年", "记账凭证-2025-03.pdf", "swa:financeRecord", Map.of(
                "swa:docType", "voucher", "swa:period", "2025-03", "swa:archiveCode", "JN01-KJ·2025-D30-0001")));
        records.put("linked", record("物资档案", "2025/定期10年", "物资领用单-03.pdf", "swa:assetRecord", Map.of(
                "swa:docType", "issue-record", "swa:period", "2025-03", "swa:archiveCode", "JN01-WZ·2025-D10-0001")));
        records.put("other", record("物资档案", "2025/定期10年", "物资领用单-04.pdf", "swa:assetRecord", Map.of(
                "swa:docType", "issue-record", "swa:period", "2025-04", "swa:archiveCode", "JN01-WZ·2025-D10-0002")));
        // Linked by hand into an evidence folder (E1.1), as a person would in Share: evidence by the link alone.
        try (AlfrescoClient client = alfresco.client(AlfrescoCredentials.basic(AccessFake.SERVICE, PASSWORD))) {
            new AlfrescoNodes(client).link(evidenceFolder(JN01, "E1.1").get("id").asText(), "E1.1", List.of(id("linked")));
        }
        records.put("jn02", documentIn(JN02, "文书档案", "管理制度.docx", "swa:documentRecord", Map.of("swa:docType", "policy",
                "swa:documentDate", "2025-02-01")));
    }

    /** A record filed in JN01, in a category folder's sub-folders. */
    public ObjectNode record(String category, String folders, String name, String type, Map<String, String> properties) {
        ObjectNode n = repository.documentAt(categoryFolder(JN01, category).get("id").asText(), folders + "/" + name, type, properties,
                ("内容：" + name).getBytes(StandardCharsets.UTF_8));
        ((ObjectNode) n.get("properties")).put("cm:title", name.substring(0, name.lastIndexOf('.')));
        return n;
    }

    private ObjectNode documentIn(String site, String category, String name, String type, Map<String, String> properties) {
        return repository.document(categoryFolder(site, category).get("id").asText(), name, type, properties,
                name.getBytes(StandardCharsets.UTF_8));
    }

    public String id(String record) {
        return records.get(record).get("id").asText();
    }

    public ObjectNode station(String site) {
        return repository.children(repository.library(site)).stream().filter(n -> n.get("nodeType").asText().equals("swa:station"))
                .findFirst().orElseThrow();
    }

    public ObjectNode categoryFolder(String site, String name) {
        return child(station(site).get("id").asText(), name);
    }

    public ObjectNode evidenceTree(String site) {
        return child(station(site).get("id").asText(), StationProvisioner.EVIDENCE);
    }

    public ObjectNode evidenceFolder(String site, String code) {
        String tree = child(evidenceTree(site).get("id").asText(), "station-star").get("id").asText();
        return repository.children(tree).stream().filter(n -> code.equals(n.path("properties").path("swa:indicatorCode").asText()))
                .findFirst().orElseThrow();
    }

    public ObjectNode child(String parentId, String name) {
        return repository.children(parentId).stream().filter(n -> n.get("name").asText().equals(name)).findFirst().orElseThrow();
    }

    /** The node as the repository holds it now (after moves and permission changes). */
    public ObjectNode now(String nodeId) {
        return repository.node(nodeId);
    }

    /** The node's locally set ACEs as "authority=role". */
    public List<String> aces(String nodeId) {
        return repository.node(nodeId).get("permissions").get("locallySet").valueStream()
                .map(a -> a.get("authorityId").asText() + "=" + a.get("name").asText()).toList();
    }

    public boolean mayRead(String user, String nodeId) {
        return access.mayRead(user, repository.node(nodeId), repository);
    }

    /** Every node holding an ACE for this authority, anywhere in the repository. */
    public List<String> holding(String authority) {
        return repository.descendants(repository.at("Sites").orElseThrow().get("id").asText()).stream()
                .filter(n -> n.path("permissions").path("locallySet").valueStream()
                        .anyMatch(a -> a.path("authorityId").asText().equals(authority)))
                .map(n -> n.get("name").asText()).toList();
    }

    public String store(String site) {
        return "alfresco:" + alfresco.baseUrl() + "/sites/" + site;
    }

    public Map<String, String> environment() {
        return Map.of(AlfrescoCredentials.USER, AccessFake.SERVICE, AlfrescoCredentials.PASSWORD, PASSWORD);
    }

    /** {@code swa ARGS…} as a new process started at {@code at}, with the service's credentials in the environment. */
    public Run swa(Instant at, String... args) {
        return swa(environment(), at, args);
    }

    public Run swa(Map<String, String> env, Instant at, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new SwaCli(new CatalogueLoader(), new ReadinessEngine(), Clock.fixed(at, ZoneId.of("Asia/Shanghai")), env,
                new Retries(2, Duration.ofMillis(1), 2)).commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /** A client acting as a person, e.g. an evaluator opening a record in the repository. */
    public AlfrescoClient clientAs(String user) {
        return alfresco.client(AlfrescoCredentials.basic(user, "pw-" + user));
    }

    @Override
    public void close() {
        alfresco.close();
    }
}
